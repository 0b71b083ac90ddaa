using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
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
/// Drops the <see cref="ReferenceCache"/> whenever this process saves an area, a municipality or a topic — from the
/// administrators' pages, the seeders or anywhere else — and again when an explicit transaction in which one was
/// saved commits, because only then do other connections see the change.
/// </summary>
internal sealed class ReferenceCacheInvalidation(ReferenceCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, object> _changedIn = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Check(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    private void Committed(DbTransaction transaction)
    {
        if (_changedIn.Remove(transaction))
        {
            cache.Invalidate();
        }
    }

    // Before the save (so that a copy loaded during it is not kept) and after it (so that one loaded before the commit
    // is not). Any tracked area, municipality or topic counts, changed or not: finding out which changed would cost
    // every save a second scan of its entities, while contexts that track these are rare (administration, seeding).
    private void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            if (tracker.Entries().Any(e => e.Entity is Area or Municipality or Topic))
            {
                cache.Invalidate();
                if (context.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
                {
                    _changedIn.AddOrUpdate(transaction, transaction);
                }
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
