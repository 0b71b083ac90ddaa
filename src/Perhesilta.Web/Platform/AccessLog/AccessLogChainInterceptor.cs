using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Perhesilta.Platform.AccessLog;

/// <summary>
/// Every save of every PerhesiltaDbContext passes here. It refuses, before anything reaches the database, to save a
/// changed or removed entry; and it gives staged entries their place in the chain (sequence, previous hash, HMAC)
/// inside the save's own transaction, under a lock that serialises appends across application instances, so that an
/// entry is stored exactly when the change it records is, and no entry can be stored without its place.
/// </summary>
/// <remarks>
/// The lock: on PostgreSQL a transaction-scoped advisory lock, held to the commit; on SQLite the write transaction
/// itself (Microsoft.Data.Sqlite begins it IMMEDIATE, so no other writer comes between reading the tip and writing).
/// When the caller has no transaction, this opens one around the save and commits it after; when the caller has one,
/// the entries are chained in it and the caller's commit or rollback decides for both.
/// </remarks>
internal sealed class AccessLogChainInterceptor(AccessLogKey key) : SaveChangesInterceptor
{
    /// <summary>Any fixed number: the advisory lock every instance takes to append to the chain.</summary>
    internal const long PostgresLockId = 0x5045_5248_4C4F_4701;

    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _opened = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        var db = eventData.Context!;
        var staged = Prepare(db);
        if (staged.Count == 0)
        {
            return result;
        }

        var opened = db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
        try
        {
            if (db.Database.IsNpgsql())
            {
                db.Database.ExecuteSql($"SELECT pg_advisory_xact_lock({PostgresLockId})");
            }

            Chain(staged, TipQuery(db).FirstOrDefault());
        }
        catch
        {
            Undo(staged, opened);
            throw;
        }

        Remember(db, opened);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var db = eventData.Context!;
        var staged = Prepare(db);
        if (staged.Count == 0)
        {
            return result;
        }

        var opened = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockId})", cancellationToken);
            }

            Chain(staged, await TipQuery(db).FirstOrDefaultAsync(cancellationToken));
        }
        catch
        {
            Undo(staged, opened);
            throw;
        }

        Remember(db, opened);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Forget(eventData.Context!) is { } opened)
        {
            opened.Commit();
            opened.Dispose();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Forget(eventData.Context!) is { } opened)
        {
            // Not cancelled: the rows are written, and the change and its entry must now be committed together.
            await opened.CommitAsync(CancellationToken.None);
            await opened.DisposeAsync();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Failed(eventData.Context!);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Context!);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Failed(eventData.Context!);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Context!);
        return Task.CompletedTask;
    }

    /// <summary>Refuses changed and removed entries; answers the staged ones in the order they were staged.</summary>
    private static List<AccessLogEntry> Prepare(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var staged = new List<AccessLogEntry>();
        foreach (var entry in db.ChangeTracker.Entries<AccessLogEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new AccessLogAppendOnlyException(
                    $"The access log is append-only: entry {entry.Entity.Sequence} cannot be {(entry.State == EntityState.Deleted ? "deleted" : "changed")}.");
            }

            if (entry.State == EntityState.Added)
            {
                if (entry.Entity.IsChained || entry.Entity.Version != AccessLogEntry.KeyedVersion)
                {
                    // Only entries staged through AccessLogEntry.Stage are saved: a row made up elsewhere gets no place.
                    throw new AccessLogAppendOnlyException("The access log takes only staged entries; the chain gives them their place when they are saved.");
                }

                staged.Add(entry.Entity);
            }
        }

        staged.Sort((a, b) => a.StagedOrder.CompareTo(b.StagedOrder));
        return staged;
    }

    private static IQueryable<Tip> TipQuery(DbContext db) =>
        db.Set<AccessLogEntry>().AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new Tip(e.Sequence, e.Hash));

    private void Chain(List<AccessLogEntry> staged, Tip? tip)
    {
        var sequence = tip?.Sequence ?? 0;
        var previous = tip?.Hash ?? AccessLogEntry.GenesisHash;
        foreach (var entry in staged)
        {
            entry.Chain(++sequence, previous, key);
            previous = entry.Hash;
        }
    }

    private void Remember(DbContext db, IDbContextTransaction? opened)
    {
        if (opened is not null)
        {
            _opened.AddOrUpdate(db, opened);

            // EF tells interceptors of most failed saves, but of an optimistic-concurrency failure only through this
            // event: without it, a stale change would leave the transaction open on a pooled context.
            db.SaveChangesFailed += OnSaveChangesFailed;
        }
    }

    /// <summary>The transaction this interceptor opened for the save now ending, if it is still the context's.</summary>
    private IDbContextTransaction? Forget(DbContext db)
    {
        if (!_opened.TryGetValue(db, out var opened) || !_opened.Remove(db))
        {
            return null;
        }

        db.SaveChangesFailed -= OnSaveChangesFailed;
        if (ReferenceEquals(db.Database.CurrentTransaction, opened))
        {
            return opened;
        }

        opened.Dispose();
        return null;
    }

    private void OnSaveChangesFailed(object? sender, SaveChangesFailedEventArgs e)
    {
        if (sender is DbContext db)
        {
            Failed(db);
        }
    }

    /// <summary>The save failed: nothing of it is kept, and its entries wait for a place again if it is tried again.</summary>
    private void Failed(DbContext db)
    {
        var staged = db.ChangeTracker.Entries<AccessLogEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        Undo(staged, Forget(db));
    }

    private static void Undo(List<AccessLogEntry> staged, IDbContextTransaction? opened)
    {
        staged.ForEach(e => e.Unchain());
        if (opened is not null)
        {
            try
            {
                opened.Rollback();
            }
            finally
            {
                opened.Dispose();
            }
        }
    }

    private sealed record Tip(long Sequence, string Hash);
}
