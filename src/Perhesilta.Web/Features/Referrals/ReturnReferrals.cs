using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Referrals;

/// <summary>
/// The round that keeps a family from falling between two services: a referral the service has not accepted within
/// <see cref="ReferralOptions.AcceptWithinWorkingDays"/> working days returns to the guides' queue, and the guide and
/// the area's managers are told — once, even with several instances running the round at the same moment.
/// </summary>
public sealed class ReturnReferrals(PerhesiltaDbContext db, ReferralMail mail, FinnishCalendar calendar, IOptions<ReferralOptions> options, TimeProvider clock)
{
    /// <summary>Returns what is due; answers how many referrals this instance returned.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));

        // Sent on a day whose acceptance window has passed: the window counts working days after the day of sending.
        var candidates = await db.Set<Referral>().AsNoTracking()
            .Where(r => (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received) && r.ReturnedToQueueAt == null && r.ReturnReason == null)
            .Select(r => new { r.Id, r.SentAt })
            .ToListAsync(cancellationToken);
        var due = candidates.Where(r => calendar.AddWorkingDays(DateOnly.FromDateTime(HelsinkiTime.ToLocal(r.SentAt)), options.Value.AcceptWithinWorkingDays) < today).Select(r => r.Id).ToList();
        var returned = 0;
        foreach (var id in due)
        {
            returned += await ReturnOneAsync(id, now, cancellationToken) ? 1 : 0;
        }

        return returned;
    }

    private async Task<bool> ReturnOneAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The claim: of the instances that try at once, the one whose update matches the row sends the mail.
        var claimed = await db.Set<Referral>()
            .Where(r => r.Id == id && r.ReturnedToQueueAt == null && r.ReturnReason == null
                && (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.ReturnedToQueueAt, now)
                .SetProperty(r => r.ReturnReason, ReferralReturn.NotAcceptedInTime)
                .SetProperty(r => r.UpdatedAt, now)
                .SetProperty(r => r.Version, Guid.NewGuid()), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var referral = await db.Set<Referral>().AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
        var contact = await db.Set<HelpRequests.Contact>().SingleAsync(c => c.Id == referral.ContactId, cancellationToken);
        ReferralMail.Reopen(contact, now);
        await mail.EnqueueAsync(db, referral, contact.ReferenceCode, ReferralReturn.NotAcceptedInTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

/// <summary>Runs <see cref="ReturnReferrals"/> every <c>Deadlines:RoundIntervalSeconds</c>.</summary>
internal sealed class ReferralRound(IServiceScopeFactory scopes, DatabaseState database, IOptions<Deadlines.DeadlineOptions> options, TimeProvider time, ILogger<ReferralRound> logger)
    : DatabaseRound<ReturnReferrals>(scopes, database, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.RoundIntervalSeconds));

    protected override string Done => "Referrals not accepted in time returned to the guides' queue";

    protected override Task<int> RunAsync(ReturnReferrals work, CancellationToken cancellationToken) => work.RunAsync(cancellationToken);
}
