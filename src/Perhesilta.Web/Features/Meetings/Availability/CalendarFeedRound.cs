using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>
/// Refreshes the imported calendars that are due, every minute: each feed keeps its own time
/// (<c>Meetings:FeedRefreshMinutes</c>), and the round only looks for those due. Each feed is claimed by a conditional
/// update before it is fetched (<see cref="CalendarFeeds.ClaimAsync"/>).
/// </summary>
internal sealed class CalendarFeedRound(IServiceScopeFactory scopes, DatabaseState database, TimeProvider time, ILogger<CalendarFeedRound> logger)
    : DatabaseRound<RefreshCalendarFeeds>(scopes, database, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override string Done => "Imported calendars refreshed";

    protected override Task<int> RunAsync(RefreshCalendarFeeds work, CancellationToken cancellationToken) => work.RunDueAsync(cancellationToken);
}
