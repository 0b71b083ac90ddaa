using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Calendar;

/// <summary>The county's closure days as the calendar sees them.</summary>
public interface ICountyClosures
{
    /// <summary>The county's reason when <paramref name="day"/> is a closure day; otherwise nothing.</summary>
    string? ReasonFor(DateOnly day);
}

/// <summary>A fixed set of closure days.</summary>
public sealed class CountyClosures(IReadOnlyDictionary<DateOnly, string> days) : ICountyClosures
{
    public static readonly CountyClosures None = new(new Dictionary<DateOnly, string>());

    public string? ReasonFor(DateOnly day) => days.GetValueOrDefault(day);
}

/// <summary>
/// The closure days saved in the database, held in memory because the calendar asks about every day it counts. A save
/// of a closure through this process drops the copy at once (<see cref="CountyClosureInvalidation"/>); one saved by
/// another instance is seen within <see cref="TimeToLive"/>. The calendar's arithmetic is synchronous, so the (small)
/// table is read synchronously too, once per expiry, on a connection of its own.
/// </summary>
public sealed class CountyClosureCache(IServiceScopeFactory scopes, TimeProvider clock) : ICountyClosures
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    private readonly Lock _loading = new();
    private long _version;
    private Entry? _current;

    public string? ReasonFor(DateOnly day) => Days().GetValueOrDefault(day);

    /// <summary>Drops the copy; the next question reads the table again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _version);

    private IReadOnlyDictionary<DateOnly, string> Days()
    {
        var seen = Volatile.Read(ref _current);
        if (IsFresh(seen))
        {
            return seen!.Days;
        }

        lock (_loading)
        {
            seen = Volatile.Read(ref _current);
            if (IsFresh(seen))
            {
                return seen!.Days;
            }

            // The version is read before the table: a closure saved while reading makes this copy stale at once.
            var version = Interlocked.Read(ref _version);
            var checkedAt = clock.GetUtcNow();
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
            var days = db.Set<CountyClosure>().AsNoTracking().ToDictionary(c => c.Date, c => c.Reason);
            Volatile.Write(ref _current, new Entry(days, version, checkedAt));
            return days;
        }
    }

    private bool IsFresh(Entry? entry) =>
        entry is not null
        && entry.Version == Interlocked.Read(ref _version)
        && clock.GetUtcNow() - entry.CheckedAt is var age && age >= TimeSpan.Zero && age < TimeToLive;

    private sealed record Entry(IReadOnlyDictionary<DateOnly, string> Days, long Version, DateTimeOffset CheckedAt);
}

/// <summary>Drops the closure days held in memory whenever this process saves one.</summary>
internal sealed class CountyClosureInvalidation(CountyClosureCache cache) : CacheInvalidation(entity => entity is CountyClosure, cache.Invalidate);
