using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Referrals;

/// <summary>
/// One referral of a contact for the guides of its area: what was shared, on what basis, the consents (each can be
/// withdrawn), its history, and the revoking and "dealt with" of a returned referral. Each view is access-logged.
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Referral", "referralId")]
public sealed class ContactReferralModel(ShowContactReferrals show, ShowSharedReferral shared, PerhesiltaDbContext db) : ReferralPageModel
{
    /// <summary>What the receiving service sees of the contact.</summary>
    public SharedView Shared { get; private set; } = null!;

    public ReferralDetails Details { get; private set; } = null!;

    public Referral Referral => Details.Referral;

    /// <summary>What the guide typed, kept when it could not be saved.</summary>
    public string? Typed { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid referralId, CancellationToken cancellationToken) =>
        await ShowAsync(id, referralId, cancellationToken);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid referralId, Guid consentId, Guid version, string? note, [FromServices] WithdrawConsent withdraw, CancellationToken cancellationToken)
    {
        Typed = note;
        return await AfterAsync(id, referralId, await withdraw.HandleAsync(referralId, consentId, version, note, UserId, cancellationToken), "Withdraw.Notice", cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid referralId, Guid version, string? reason, [FromServices] RevokeReferral revoke, CancellationToken cancellationToken)
    {
        Typed = reason;
        return await AfterAsync(id, referralId, await revoke.HandleAsync(referralId, version, reason, UserId, cancellationToken), "Revoke.Notice", cancellationToken);
    }

    public async Task<IActionResult> OnPostDealtWithAsync(Guid id, Guid referralId, Guid version, [FromServices] MarkReturnDealtWith mark, CancellationToken cancellationToken) =>
        await AfterAsync(id, referralId, await mark.HandleAsync(referralId, version, UserId, cancellationToken), "Returned.Notice", cancellationToken);

    private async Task<IActionResult> AfterAsync(Guid id, Guid referralId, ReferralChangeResult result, string notice, CancellationToken cancellationToken)
    {
        if (Settle(result, $"/desk/contacts/{id}/referrals/{referralId}", notice) is { } answer)
        {
            return answer;
        }

        return await ShowAsync(id, referralId, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Guid referralId, CancellationToken cancellationToken)
    {
        if (await show.DetailsAsync(id, referralId, cancellationToken) is not { } details)
        {
            return NotFound();
        }

        if (!await ReferralAccess.GuideServesAsync(db, id, UserId, cancellationToken))
        {
            return Forbid();
        }

        Details = details;
        Shared = await shared.SharedAsync(id, details.Referral.Shared, cancellationToken);
        return Page();
    }
}
