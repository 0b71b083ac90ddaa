using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Perhesilta.Platform.Data;

/// <summary>
/// Drops an in-memory copy of some data whenever this process saves an entity it was made from — from the pages, the
/// seeders or anywhere else — and again when an explicit transaction in which one was saved commits, because only then
/// do other connections see the change.
/// </summary>
/// <param name="counts">Whether a tracked entity is one the copy was made from.</param>
/// <param name="invalidate">Drops the copy.</param>
internal abstract class CacheInvalidation(Func<object, bool> counts, Action invalidate) : ISaveChangesInterceptor, IDbTransactionInterceptor
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
            invalidate();
        }
    }

    // Before the save (so that a copy loaded during it is not kept) and after it (so that one loaded before the commit
    // is not). Any tracked entity that counts, changed or not, drops the copy: finding out which changed would cost
    // every save a second scan of its entities.
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
            if (tracker.Entries().Any(e => counts(e.Entity)))
            {
                invalidate();
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
