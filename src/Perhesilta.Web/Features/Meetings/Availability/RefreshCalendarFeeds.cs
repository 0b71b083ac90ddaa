using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Availability;

public enum RefreshOutcome
{
    Refreshed,
    Failed,

    /// <summary>Another instance (or a click a moment earlier) is refreshing the feed.</summary>
    Busy,
    NotFound,
}

/// <summary>
/// Refreshes imported calendars: a subscription is fetched again, an uploaded file re-read from its last good copy so
/// that its recurring busy times reach the moving horizon. Each feed is claimed first, so any number of instances may
/// run this against one database.
/// </summary>
public sealed class RefreshCalendarFeeds(PerhesiltaDbContext db, CalendarFeeds feeds, CalendarFetcher fetcher)
{
    /// <summary>The feeds due by now, each refreshed by whichever instance claims it; answers how many this one refreshed.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = feeds.Now;
        var due = await db.Set<CalendarFeed>().AsNoTracking()
            .Where(f => f.NextRefreshAt == null || f.NextRefreshAt <= now)
            .OrderBy(f => f.NextRefreshAt)
            .Select(f => f.Id)
            .Take(100)
            .ToListAsync(cancellationToken);
        var refreshed = 0;
        foreach (var id in due)
        {
            refreshed += await RefreshAsync(id, userId: null, onlyWhenDue: true, cancellationToken) == RefreshOutcome.Refreshed ? 1 : 0;
        }

        return refreshed;
    }

    /// <summary>"Refresh now": the person's own feed, whenever it is next due.</summary>
    public Task<RefreshOutcome> RefreshNowAsync(string userId, CancellationToken cancellationToken) =>
        RefreshAsync(null, userId, onlyWhenDue: false, cancellationToken);

    private async Task<RefreshOutcome> RefreshAsync(Guid? feedId, string? userId, bool onlyWhenDue, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var feed = await db.Set<CalendarFeed>().SingleOrDefaultAsync(f => feedId != null ? f.Id == feedId : f.UserId == userId, cancellationToken);
        if (feed is null)
        {
            return RefreshOutcome.NotFound;
        }

        if ((onlyWhenDue && feed.NextRefreshAt > feeds.Now) || !await feeds.ClaimAsync(feed.Id, feed.NextRefreshAt, feed.Kind, cancellationToken))
        {
            return RefreshOutcome.Busy;
        }

        await db.Entry(feed).ReloadAsync(cancellationToken);
        string? text;
        string? error;
        if (feed.Kind == CalendarFeedKind.Subscription && CalendarFetcher.Normalize(feed.Url) is { } url)
        {
            var fetched = await fetcher.FetchAsync(url, cancellationToken);
            (text, error) = fetched.Content is null ? (null, fetched.Error) : CalendarReader.Decode(fetched.Content);
        }
        else
        {
            (text, error) = (feed.LastGoodContent, feed.LastGoodContent is null ? CalendarErrors.NotICalendar : null);
        }

        var reading = text is null ? null : feeds.Read(text);
        error ??= reading?.Error;
        if (error is not null || text is null || reading is null)
        {
            await feeds.SaveFailureAsync(feed.Id, error ?? CalendarErrors.NotICalendar, cancellationToken);
            return RefreshOutcome.Failed;
        }

        // An uploaded file read again is still the copy uploaded then: its age stays the age of the upload.
        var copiedAt = feed.Kind == CalendarFeedKind.File ? feed.LastGoodAt : null;
        await feeds.SaveGoodAsync(feed, text, reading.Busy, isNew: false, cancellationToken, copiedAt);
        return RefreshOutcome.Refreshed;
    }
}

/// <summary>Removes a person's imported calendar and the busy times it gave.</summary>
public sealed class RemoveCalendarFeed(PerhesiltaDbContext db)
{
    public async Task<bool> HandleAsync(string userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var feedIds = await db.Set<CalendarFeed>().Where(f => f.UserId == userId).Select(f => f.Id).ToListAsync(cancellationToken);
        if (feedIds.Count == 0)
        {
            return false;
        }

        await db.Set<StaffBusyTime>().Where(b => b.FeedId != null && feedIds.Contains(b.FeedId.Value)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CalendarFeed>().Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
