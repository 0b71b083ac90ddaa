using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Perhesilta.Platform.Data;

/// <summary>
/// Saves the frequent writes of this process into SQLite one after another on one thread of its own. SQLite allows
/// one writer at a time anyway, and Microsoft.Data.Sqlite answers a busy database by putting the thread to sleep for
/// 150 ms before trying again: under load, every collision cost a request 150 ms. Queued here, a write waits only for
/// the ones before it, and the writer goes from one to the next without waiting for a thread-pool thread. On
/// PostgreSQL, and inside an explicit transaction (whose locks the caller may already hold), the caller saves itself.
/// </summary>
public sealed class SqliteWriter : IDisposable
{
    private readonly Channel<Job> _jobs = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _starting = new();
    private Thread? _thread;

    /// <summary>The same as <c>db.SaveChangesAsync</c>; the caller must not touch <paramref name="db"/> until it completes.</summary>
    public Task<int> SaveChangesAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null)
        {
            return db.SaveChangesAsync(cancellationToken);
        }

        EnsureStarted();
        var job = new Job(db, cancellationToken);
        ObjectDisposedException.ThrowIf(!_jobs.Writer.TryWrite(job), this);

        return job.Completion.Task;
    }

    public void Dispose() => _jobs.Writer.TryComplete();

    private void EnsureStarted()
    {
        if (Volatile.Read(ref _thread) is not null)
        {
            return;
        }

        lock (_starting)
        {
            if (_thread is null)
            {
                var thread = new Thread(Run) { IsBackground = true, Name = "SQLite writer" };
                thread.Start();
                Volatile.Write(ref _thread, thread);
            }
        }
    }

    private void Run()
    {
        var reader = _jobs.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var job))
            {
                job.Execute();
            }
        }
    }

    private sealed class Job(DbContext db, CancellationToken cancellationToken)
    {
        // The caller continues on the thread pool, never on the writer's thread.
        public TaskCompletionSource<int> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Execute()
        {
            if (cancellationToken.IsCancellationRequested)
            {
                Completion.TrySetCanceled(cancellationToken);
                return;
            }

            try
            {
                Completion.TrySetResult(db.SaveChanges());
            }
            catch (Exception ex)
            {
                Completion.TrySetException(ex);
            }
        }
    }
}
