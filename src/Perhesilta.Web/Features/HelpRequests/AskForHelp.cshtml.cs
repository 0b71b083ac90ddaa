using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.HelpRequests;

/// <summary>"Pyydä apua": a parent, a young person or a close adult asks for help, or for anonymous advice.</summary>
[AllowAnonymous]
[NoClientData]
[HelpRequestBodyLimit]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(HelpRequestsFeature.RateLimitPolicy)]
public sealed class AskForHelpModel(PerhesiltaDbContext db, SubmitHelpRequest submit, IAntiforgery antiforgery, IStringLocalizer<HelpRequestText> text)
    : HelpRequestPageModel(db, submit, antiforgery, text)
{
    protected override ContactChannel Channel => ContactChannel.WebForm;

    protected override IReadOnlySet<ContactKind> Kinds => HelpRequestValidation.FamilyKinds;

    /// <param name="kunta">The municipality preselected by an embedded button.</param>
    /// <param name="lahde">The host of the municipality site the button is on.</param>
    public async Task OnGetAsync(string? kunta, string? lahde, CancellationToken cancellationToken)
    {
        await ShowFormAsync(kunta, cancellationToken);
        Input.SourceSite = FieldRules.IsHost(lahde) ? lahde!.Trim().ToLowerInvariant() : null;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SendAsync(result => Redirect(HelpRequestLinks.Confirmation(result.StatusToken!)), cancellationToken);
}

public static class HelpRequestLinks
{
    public static string Confirmation(string statusToken) => "/pyyda-apua/kiitos/" + statusToken;

    public static string Status(string statusToken) => "/tila/" + statusToken;
}
