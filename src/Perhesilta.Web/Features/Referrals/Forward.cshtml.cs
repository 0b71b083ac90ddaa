using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Referrals;

/// <summary>A professional finds the service that fits the family better and forwards the referral there, with the reason.</summary>
[Authorize(Policy = AuthPolicies.Professional)]
[ClientData("Referral")]
public sealed class ForwardModel(ShowSharedReferral show, SearchServices search, ForwardReferral forward) : ReferralPageModel
{
    public InboxReferralView View { get; private set; } = null!;

    public string? Query { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Results { get; private set; } = [];

    public Guid? Chosen { get; private set; }

    public string? Reason { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(Guid id, string? q, CancellationToken cancellationToken) => await ShowAsync(id, q, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, Guid version, Guid? serviceId, string? reason, string? q, CancellationToken cancellationToken)
    {
        var (result, _) = await forward.HandleAsync(id, version, serviceId ?? Guid.Empty, reason, UserId, cancellationToken);
        if (Settle(result, $"/inbox/referrals/{id}", "Forward.Notice") is { } answer)
        {
            return answer;
        }

        (Chosen, Reason) = (serviceId, reason);
        return await ShowAsync(id, q, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, string? q, CancellationToken cancellationToken)
    {
        var (view, exists) = await show.HandleAsync(id, UserId, false, cancellationToken);
        if (view is null)
        {
            return exists ? Forbid() : NotFound();
        }

        View = view;
        Query = q;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var found = await search.HandleAsync(new SearchServicesInput { Text = q, Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, Limit = "10" }, cancellationToken);
            Results = [.. found.Hits.Where(h => h.ServiceId != view.Referral.ServiceId).Select(h => (h.ServiceId, h.Name))];
        }

        return Page();
    }
}
