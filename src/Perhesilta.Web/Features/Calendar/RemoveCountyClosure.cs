using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Features.Deadlines;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Calendar;

public enum RemoveClosureOutcome
{
    Removed,
    NotFound,

    /// <summary>A past closure stays: the deadlines counted over it were counted with it.</summary>
    InPast,
}

/// <summary>An administrator opens a closure day again; the clocks it fell within are recalculated in the same save.</summary>
public sealed class RemoveCountyClosure(PerhesiltaDbContext db, FinnishCalendar calendar, IOptions<DeadlineOptions> options, TimeProvider clock)
{
    public async Task<(RemoveClosureOutcome Outcome, DateOnly? Date)> HandleAsync(string? date, CancellationToken cancellationToken = default)
    {
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (RemoveClosureOutcome.NotFound, null);
        }

        if (day < ClosureChanges.Today(clock))
        {
            return (RemoveClosureOutcome.InPast, day);
        }

        var removed = await ClosureChanges.SaveAsync(db, calendar, options.Value, day, async ct =>
        {
            var closure = await db.Set<CountyClosure>().SingleOrDefaultAsync(c => c.Date == day, ct);
            if (closure is null)
            {
                return false;
            }

            db.Remove(closure);
            return true;
        }, cancellationToken);
        return (removed is null ? RemoveClosureOutcome.NotFound : RemoveClosureOutcome.Removed, day);
    }
}
