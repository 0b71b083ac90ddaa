using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Reference;

/// <summary>Where a contact from a municipality goes: its area, and the unit that receives notifications there.</summary>
public sealed record MunicipalityRoute(string Code, int AreaId, string? NotificationReceivingUnit);

/// <summary>The municipality routes and topic codes as they were read at one moment.</summary>
public sealed class ReferenceSnapshot(IReadOnlyDictionary<string, MunicipalityRoute> municipalities, IReadOnlySet<string> topicCodes)
{
    public MunicipalityRoute? Municipality(string code) => municipalities.GetValueOrDefault(code);

    public bool IsTopic(string code) => topicCodes.Contains(code);
}

/// <summary>
/// The municipality → area routing and the topic codes, which every submission needs and administrators change a
/// few times a year. Saves through this process's DbContext drop the copy at once (<see cref="ReferenceCacheInvalidation"/>);
/// a change made by another instance of the application is seen after at most <see cref="TimeToLive"/>, a delay
/// no different from the submission having been sent a moment before the change.
/// </summary>
public sealed class ReferenceCache(TimeProvider clock)
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    private long _version;
    private Entry? _current;

    public async ValueTask<ReferenceSnapshot> GetAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        // The version is read before the database: a change saved while loading makes this copy stale at once.
        var version = Interlocked.Read(ref _version);
        var current = Volatile.Read(ref _current);
        var now = clock.GetUtcNow();
        if (current is not null && current.Version == version && now - current.LoadedAt is var age && age < TimeToLive && age >= TimeSpan.Zero)
        {
            return current.Snapshot;
        }

        var routes = await db.Set<Municipality>().AsNoTracking()
            .Select(m => new MunicipalityRoute(m.Code, m.AreaId, m.Area!.NotificationReceivingUnit))
            .ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, cancellationToken);
        var topics = await db.Set<Topic>().AsNoTracking().Select(t => t.Code).ToListAsync(cancellationToken);
        var loaded = new Entry(new ReferenceSnapshot(routes, topics.ToHashSet(StringComparer.Ordinal)), version, now);
        Volatile.Write(ref _current, loaded);
        return loaded.Snapshot;
    }

    public void Invalidate() => Interlocked.Increment(ref _version);

    private sealed record Entry(ReferenceSnapshot Snapshot, long Version, DateTimeOffset LoadedAt);
}

/// <summary>
/// Drops the <see cref="ReferenceCache"/> whenever this process saves an area, a municipality or a topic. Contexts that
/// track these are rare (administration, seeding).
/// </summary>
internal sealed class ReferenceCacheInvalidation(ReferenceCache cache)
    : CacheInvalidation(entity => entity is Area or Municipality or Topic, cache.Invalidate);
