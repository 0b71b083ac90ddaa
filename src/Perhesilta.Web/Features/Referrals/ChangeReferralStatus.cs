using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Referrals;

/// <summary>The answer form of the receiving service as typed.</summary>
public sealed class StatusInput
{
    public string? Status { get; set; }

    /// <summary>The reason (declined, on hold, failed) or the outcome (completed).</summary>
    public string? Reason { get; set; }

    /// <summary>The first appointment (accepted) or the day help started (in progress), yyyy-MM-dd.</summary>
    public string? Date { get; set; }

    /// <summary>Why the service answers after the promised time; asked only then.</summary>
    public string? LateReason { get; set; }

    public Guid Version { get; set; }
}

/// <summary>
/// A professional of the receiving service moves a referral on: received → accepted (first appointment) or declined
/// (reason), on hold, in progress (help started), completed (outcome) or failed (reason). Accepting or declining is
/// the service's answer and completes its reply clock; a declined or failed referral returns to the guides at once.
/// </summary>
public sealed class ChangeReferralStatus(ReferralChanges changes, PerhesiltaDbContext db, DeadlineClocks clocks, ReferralMail mail)
{
    /// <summary>What a professional may move a referral to; revoking is the guide's, forwarding has its own form.</summary>
    public static readonly IReadOnlyList<ReferralStatus> ByProfessional =
        [ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.OnHold, ReferralStatus.InProgress, ReferralStatus.Completed, ReferralStatus.Failed];

    public async Task<ReferralChangeResult> HandleAsync(Guid id, StatusInput input, string userId, CancellationToken cancellationToken = default) =>
        await changes.ApplyAsync(id, input.Version, userId, ReferralSide.Professional, async (referral, now) =>
        {
            if (!Enum.TryParse<ReferralStatus>(input.Status, out var status) || !ByProfessional.Contains(status) || !ReferralStatuses.Next(referral.Status).Contains(status))
            {
                return ReferralChangeResult.Refuse("Respond.Error.NotAllowed");
            }

            var reason = Clean(input.Reason);
            if (ReferralStatuses.NeedsReason(status) && reason is null)
            {
                return ReferralChangeResult.Refuse("Respond.Error.ReasonRequired", "reason-" + status);
            }

            if (reason?.Length > ReferralLimits.Reason)
            {
                return ReferralChangeResult.Refuse("Respond.Error.ReasonTooLong", "reason-" + status);
            }

            var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));
            var sentOn = DateOnly.FromDateTime(HelsinkiTime.ToLocal(referral.SentAt));
            DateOnly? date = null;
            if (status is ReferralStatus.Accepted or ReferralStatus.InProgress)
            {
                if (!DateOnly.TryParseExact(input.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return ReferralChangeResult.Refuse(string.IsNullOrWhiteSpace(input.Date) ? "Respond.Error.DateRequired" : "Respond.Error.DateInvalid", "date-" + status);
                }

                if (parsed < sentOn)
                {
                    return ReferralChangeResult.Refuse("Respond.Error.DateBeforeSent", "date-" + status);
                }

                if (status == ReferralStatus.InProgress && parsed > today)
                {
                    return ReferralChangeResult.Refuse("Respond.Error.StartInFuture", "date-" + status);
                }

                date = parsed;
            }

            if (status is ReferralStatus.Accepted or ReferralStatus.Declined && await CompleteClockAsync(referral, now, Clean(input.LateReason), userId, cancellationToken) is { } clockRefusal)
            {
                return ReferralChangeResult.Refuse(clockRefusal, "late-reason-" + status);
            }

            changes.Move(referral, status, ReferralStatuses.NeedsReason(status) ? reason : null, userId, now);
            referral.ReceivedAt ??= now;
            switch (status)
            {
                case ReferralStatus.Accepted:
                    referral.AcceptedAt ??= now;
                    referral.FirstAppointmentOn = date;
                    break;
                case ReferralStatus.InProgress:
                    referral.HelpStartedOn = date;
                    break;
                case ReferralStatus.Declined:
                    await mail.ReturnAsync(db, referral, ReferralReturn.Declined, now, cancellationToken);
                    break;
                case ReferralStatus.Failed:
                    await mail.ReturnAsync(db, referral, ReferralReturn.Failed, now, cancellationToken);
                    break;
            }

            return null;
        }, cancellationToken);

    /// <summary>Whether the service's answer is late, so that the form asks why; false when there is no running clock.</summary>
    public async Task<bool> AnswerIsLateAsync(Guid referralId, DateTime now, CancellationToken cancellationToken)
    {
        var clock = await ReplyClockAsync(referralId, cancellationToken);
        return clock is not null && clocks.Check(clock, ClockEventKind.Completed, now, null) == ClockEventError.ReasonRequired;
    }

    /// <summary>Completes the running reply clock; a <see cref="ReferralText"/> key when it cannot be.</summary>
    internal async Task<string?> CompleteClockAsync(Referral referral, DateTime now, string? lateReason, string userId, CancellationToken cancellationToken)
    {
        if (await ReplyClockAsync(referral.Id, cancellationToken) is not { } clock)
        {
            return null;
        }

        switch (clocks.Check(clock, ClockEventKind.Completed, now, lateReason))
        {
            case null:
                clocks.Record(clock, ClockEventKind.Completed, now, lateReason, userId);
                return null;
            case ClockEventError.ReasonRequired:
                return "Respond.Error.LateReasonRequired";
            default:
                return null;
        }
    }

    private async Task<DeadlineClock?> ReplyClockAsync(Guid referralId, CancellationToken cancellationToken) =>
        await db.Set<DeadlineClock>().Include(c => c.Events)
            .Where(c => c.ReferralId == referralId && c.Rule == ClockRule.ReplyToReferral && c.State == ClockState.Running)
            .FirstOrDefaultAsync(cancellationToken);

    internal static string? Clean(string? text)
    {
        var cleaned = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
