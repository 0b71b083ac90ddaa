using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Calendar;

/// <summary>
/// Saves a change of the county's closure days together with the clocks it moves: a closure day inside a clock's
/// counting period (after its start, up to its due date) moves a working-day due date, so the stored due dates and
/// states are derived again from the clocks' events with the closures as they will be. One save: both or neither.
/// </summary>
internal static class ClosureChanges
{
    private const int Attempts = 3;

    /// <summary>The Finnish date today: closures are planned by the county's calendar, not UTC's.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    /// <summary>
    /// Stages the change with <paramref name="stage"/> (which answers the closure as it will be, or nothing when it is
    /// gone), recalculates the clocks it moves and saves. A clock changed by someone else meanwhile starts it over.
    /// </summary>
    /// <returns>How many clocks were recalculated; nothing when <paramref name="stage"/> found nothing to change.</returns>
    public static async Task<int?> SaveAsync(
        PerhesiltaDbContext db,
        FinnishCalendar calendar,
        DeadlineOptions options,
        DateOnly date,
        Func<CancellationToken, Task<bool>> stage,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (!await stage(cancellationToken))
            {
                return null;
            }

            var closures = db.ChangeTracker.Entries<CountyClosure>().ToList();
            var days = await db.Set<CountyClosure>().AsNoTracking().ToDictionaryAsync(c => c.Date, c => c.Reason, cancellationToken);
            foreach (var entry in closures)
            {
                if (entry.State == EntityState.Deleted)
                {
                    days.Remove(entry.Entity.Date);
                }
                else
                {
                    days[entry.Entity.Date] = entry.Entity.Reason;
                }
            }

            var changed = calendar.WithClosures(days);
            var clocks = await db.Set<DeadlineClock>()
                .Include(c => c.Events)
                .Where(c => c.StartDate < date && c.DueOn >= date)
                .ToListAsync(cancellationToken);
            foreach (var clock in clocks)
            {
                ClockDerivation.Apply(clock, changed, options);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return clocks.Count;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
