using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Referrals;

/// <summary>The administrator links a professional to the directory services they work in, and unlinks them.</summary>
[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class ProfessionalServicesModel(UserManager<StaffUser> users, LinkProfessionalService link, SearchServices search) : PageModel
{
    public StaffUser Account { get; private set; } = null!;

    public bool IsProfessional { get; private set; }

    public IReadOnlyList<LinkedService> Linked { get; private set; } = [];

    public string? Query { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Results { get; private set; } = [];

    public string? ErrorKey { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, string? q, CancellationToken cancellationToken) => await ShowAsync(id, q, cancellationToken);

    public async Task<IActionResult> OnPostLinkAsync(string id, Guid serviceId, string? q, CancellationToken cancellationToken) =>
        await AfterAsync(id, q, await users.FindByIdAsync(id) is null ? null : await link.LinkAsync(id, serviceId, cancellationToken), "Professionals.Notice.Linked", cancellationToken);

    public async Task<IActionResult> OnPostUnlinkAsync(string id, Guid serviceId, CancellationToken cancellationToken) =>
        await AfterAsync(id, null, await users.FindByIdAsync(id) is null ? null : await link.UnlinkAsync(id, serviceId, cancellationToken), "Professionals.Notice.Unlinked", cancellationToken);

    private async Task<IActionResult> AfterAsync(string id, string? q, string? error, string notice, CancellationToken cancellationToken)
    {
        if (error is null && await users.FindByIdAsync(id) is not null)
        {
            Notice = notice;
            return Redirect($"/admin/staff/{Uri.EscapeDataString(id)}/services");
        }

        ErrorKey = error;
        return await ShowAsync(id, q, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string id, string? q, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        IsProfessional = await link.IsProfessionalAsync(id, cancellationToken);
        Linked = await link.LinkedAsync(id, cancellationToken);
        Query = q;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var found = await search.HandleAsync(new SearchServicesInput { Text = q, Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, Limit = "20" }, cancellationToken);
            Results = [.. found.Hits.Where(h => Linked.All(l => l.Id != h.ServiceId)).Select(h => (h.ServiceId, h.Name))];
        }

        return Page();
    }
}
