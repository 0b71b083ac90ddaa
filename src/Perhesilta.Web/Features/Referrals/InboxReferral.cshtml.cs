using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Referrals;

/// <summary>
/// One referral as a professional of the receiving service sees it — only the shared fields, and only while sharing is
/// in force — with the service's answers. Each view is access-logged; a referral of another service is 403.
/// </summary>
[Authorize(Policy = AuthPolicies.Professional)]
[ClientData("Referral")]
public sealed class InboxReferralModel(ShowSharedReferral show, ChangeReferralStatus change, TimeProvider clock) : ReferralPageModel
{
    [BindProperty]
    public StatusInput Input { get; set; } = new();

    public InboxReferralView View { get; private set; } = null!;

    public Referral Referral => View.Referral;

    /// <summary>The answers the professional may give now, in the order of the referral's life.</summary>
    public IReadOnlyList<ReferralStatus> Answers =>
        [.. ChangeReferralStatus.ByProfessional.Where(s => ReferralStatuses.Next(Referral.Status).Contains(s))];

    public bool CanForward => Referral.Status is ReferralStatus.Sent or ReferralStatus.Received or ReferralStatus.OnHold;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>What the professional typed into the form of <paramref name="status"/>, kept when it could not be saved.</summary>
    public StatusInput TypedFor(ReferralStatus status) => Input.Status == status.ToString() ? Input : new StatusInput();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await change.HandleAsync(id, Input, UserId, cancellationToken);
        if (Settle(result, $"/inbox/referrals/{id}", "Respond.Notice." + Input.Status) is { } answer)
        {
            return answer;
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var late = await change.AnswerIsLateAsync(id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var (view, exists) = await show.HandleAsync(id, UserId, late, cancellationToken);
        if (view is null)
        {
            return exists ? Forbid() : NotFound();
        }

        View = view;
        return Page();
    }
}
