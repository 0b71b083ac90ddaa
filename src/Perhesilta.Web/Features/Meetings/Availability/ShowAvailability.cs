using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Availability;

public sealed record WorkingDayView(DayOfWeek Day, bool Works, TimeOnly Start, TimeOnly End);

public sealed record BusyTimeView(Guid Id, DateTime StartsAt, DateTime EndsAt, string? Note);

public sealed record FeedView(CalendarFeedKind Kind, string? Url, string? FileName, DateTime? LastGoodAt, int BusyCount, DateTime? LastAttemptAt, string? LastError, DateTime? NextRefreshAt);

/// <param name="OwnHours">False when the person has given no hours and the county's default hours apply.</param>
public sealed record AvailabilityView(string UserId, string DisplayName, bool OwnHours, IReadOnlyList<WorkingDayView> Week, IReadOnlyList<BusyTimeView> Busy, FeedView? Feed, DateTime Now);

/// <summary>A staff member's working hours, their coming busy times typed by hand and their imported calendar's state.</summary>
public sealed class ShowAvailability(PerhesiltaDbContext db, IOptions<MeetingOptions> options, TimeProvider clock)
{
    /// <summary>Busy times typed by hand, shown this many at most (the coming ones, earliest first).</summary>
    public const int BusyShown = 100;

    public async Task<AvailabilityView?> HandleAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var rows = await db.Set<StaffWorkingHours>().AsNoTracking().Where(h => h.UserId == userId).ToListAsync(cancellationToken);
        var defaults = options.Value;
        var week = WorkingHoursInput.Week.Select(day =>
        {
            if (rows.Count == 0)
            {
                var weekday = day is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
                return new WorkingDayView(day, weekday, defaults.DefaultWorkStart, defaults.DefaultWorkEnd);
            }

            var row = rows.Where(r => r.Day == day && r.End > r.Start).OrderBy(r => r.Start).FirstOrDefault();
            return row is null ? new WorkingDayView(day, false, defaults.DefaultWorkStart, defaults.DefaultWorkEnd) : new WorkingDayView(day, true, row.Start, row.End);
        }).ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        var busy = await db.Set<StaffBusyTime>().AsNoTracking()
            .Where(b => b.UserId == userId && b.Source == BusySource.Manual && b.EndsAt > now)
            .OrderBy(b => b.StartsAt).Take(BusyShown)
            .Select(b => new BusyTimeView(b.Id, b.StartsAt, b.EndsAt, b.Note))
            .ToListAsync(cancellationToken);
        var feed = await db.Set<CalendarFeed>().AsNoTracking().Where(f => f.UserId == userId)
            .Select(f => new FeedView(f.Kind, f.Url, f.FileName, f.LastGoodAt, f.BusyCount, f.LastAttemptAt, f.LastError, f.NextRefreshAt))
            .SingleOrDefaultAsync(cancellationToken);
        return new AvailabilityView(user.Id, user.DisplayName, rows.Count > 0, week, busy, feed, now);
    }
}
