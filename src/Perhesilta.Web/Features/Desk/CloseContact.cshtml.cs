using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>The guide closes a contact with its outcome.</summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Contact")]
public sealed class CloseContactModel(ShowContact show, PerhesiltaDbContext db, IStringLocalizer<DeskText> text, CloseContact close, IOptions<DeskOptions> options, SuggestServices suggest)
    : WorkFormPageModel(show, db, text)
{
    [BindProperty]
    public CloseInput Input { get; set; } = new();

    public int AttemptsRequired => options.Value.ReachAttemptsBeforeNotReached;

    /// <summary>The services of the directory guided to in this contact, most recent first: the likely outcome service.</summary>
    public IReadOnlyList<string> GuidedServices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        GuidedServices = [.. (await suggest.GuidedInAsync(id, cancellationToken)).Select(s => s.Name)];
        Input.Service = GuidedServices.Count > 0 ? GuidedServices[0] : null;
        ShowClosed();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var answer = await AfterSaveAsync(id, Input.Version, await close.HandleAsync(id, Input, UserId, cancellationToken), "Close.Notice.Closed", cancellationToken);
        if (answer is PageResult)
        {
            GuidedServices = [.. (await suggest.GuidedInAsync(id, cancellationToken)).Select(s => s.Name)];
            ShowClosed();
        }

        return answer;
    }
}
