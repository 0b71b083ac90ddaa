using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>
/// Keeps an imported calendar's busy times in step with its last good copy: a good reading replaces the feed's busy
/// times and its copy in one transaction; a failed one only records the attempt and its error, so the busy times of
/// the last good copy stay.
/// </summary>
public sealed class CalendarFeeds(PerhesiltaDbContext db, IOptions<MeetingOptions> options, TimeProvider clock)
{
    /// <summary>How often an uploaded file is read again, so that its recurring busy times follow the moving horizon.</summary>
    public static readonly TimeSpan FileRereadInterval = TimeSpan.FromDays(1);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Reads the calendar over the window the slot finder needs: a week back, the horizon ahead.</summary>
    public CalendarReading Read(string text) =>
        CalendarReader.Read(text, Now.AddDays(-7), Now.AddDays(Math.Max(1, options.Value.FeedHorizonDays)));

    public DateTime NextRefresh(CalendarFeedKind kind) =>
        kind == CalendarFeedKind.Subscription ? Now.AddMinutes(Math.Max(1, options.Value.FeedRefreshMinutes)) : Now + FileRereadInterval;

    /// <summary>
    /// Makes <paramref name="content"/> the person's imported calendar when it can be read (replacing any earlier one,
    /// file or subscription); else changes nothing.
    /// </summary>
    /// <param name="describe">Sets the kind and source (file name or address) of the feed.</param>
    /// <returns>Null when saved, else a <see cref="CalendarErrors"/> code.</returns>
    public async Task<string?> ReplaceAsync(string userId, byte[] content, Action<CalendarFeed> describe, CancellationToken cancellationToken)
    {
        var (text, decodeError) = CalendarReader.Decode(content);
        if (text is null)
        {
            return decodeError;
        }

        var reading = Read(text);
        if (reading.Error is not null)
        {
            return reading.Error;
        }

        var feed = await db.Set<CalendarFeed>().SingleOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        var isNew = feed is null;
        feed ??= new CalendarFeed { UserId = userId };
        describe(feed);
        await SaveGoodAsync(feed, text, reading.Busy, isNew, cancellationToken);
        return null;
    }

    /// <summary>Saves a good reading as the feed's last good copy (creating the feed when it is new).</summary>
    /// <param name="copiedAt">When the copy was fetched or uploaded: now, unless an uploaded file is only read again.</param>
    public async Task SaveGoodAsync(CalendarFeed feed, string content, IReadOnlyList<BusyInterval> busy, bool isNew, CancellationToken cancellationToken, DateTime? copiedAt = null)
    {
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (isNew)
        {
            feed.CreatedAt = now;
            db.Add(feed);
        }
        else
        {
            await db.Set<StaffBusyTime>().Where(b => b.FeedId == feed.Id).ExecuteDeleteAsync(cancellationToken);
        }

        feed.LastGoodContent = content;
        feed.LastGoodAt = copiedAt ?? now;
        feed.BusyCount = busy.Count;
        feed.LastAttemptAt = now;
        feed.LastError = null;
        feed.NextRefreshAt = NextRefresh(feed.Kind);
        feed.UpdatedAt = now;
        feed.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);

        db.Set<StaffBusyTime>().AddRange(busy.Select(b => new StaffBusyTime
        {
            UserId = feed.UserId,
            StartsAt = b.StartsAt,
            EndsAt = b.EndsAt,
            Source = BusySource.Imported,
            FeedId = feed.Id,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Records a failed attempt; the busy times and copy of the last good attempt are left as they are.</summary>
    public async Task SaveFailureAsync(Guid feedId, string error, CancellationToken cancellationToken)
    {
        var now = Now;
        await db.Set<CalendarFeed>().Where(f => f.Id == feedId).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.LastAttemptAt, now)
            .SetProperty(f => f.LastError, error)
            .SetProperty(f => f.UpdatedAt, now)
            .SetProperty(f => f.Version, Guid.NewGuid()), cancellationToken);
    }

    /// <summary>
    /// Claims a feed for one refresh: the conditional update of <see cref="CalendarFeed.NextRefreshAt"/> matches for one
    /// instance only, so two instances never refresh the same feed at once. The claim holds until the next refresh time.
    /// </summary>
    public async Task<bool> ClaimAsync(Guid feedId, DateTime? observedNextRefresh, CalendarFeedKind kind, CancellationToken cancellationToken)
    {
        var next = NextRefresh(kind);
        var claimed = await db.Set<CalendarFeed>()
            .Where(f => f.Id == feedId && f.NextRefreshAt == observedNextRefresh)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.NextRefreshAt, next), cancellationToken);
        return claimed == 1;
    }
}
