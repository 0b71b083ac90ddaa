using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>An import given to the background: its file until it runs, its progress while it runs, its result after.</summary>
public sealed class HsdsImportJob(Guid id, string fileName, string? userId, byte[] data, DateTime queuedAt)
{
    public Guid Id { get; } = id;

    public string FileName { get; } = fileName;

    public string? UserId { get; } = userId;

    public DateTime QueuedAt { get; } = queuedAt;

    public HsdsImportProgress Progress { get; } = new();

    public HsdsImportResult? Result { get; internal set; }

    /// <summary>The import stopped on something other than the data (e.g. the database went away); nothing was saved.</summary>
    public bool Failed { get; internal set; }

    public bool Finished => Result is not null || Failed;

    internal byte[]? Data { get; set; } = data;
}

/// <summary>
/// Runs imports one at a time in the background, so a large one neither holds a request open nor runs beside another
/// (two at once could both create the same record). Jobs are kept in this process for a day, so the status page
/// shows progress and the result across reloads; a restart forgets them, and an import cut short by it saved nothing.
/// </summary>
public sealed class HsdsImportJobs(IServiceScopeFactory scopes, TimeProvider clock, ILogger<HsdsImportJobs> logger) : BackgroundService
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    private readonly Channel<HsdsImportJob> _queue = Channel.CreateUnbounded<HsdsImportJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, HsdsImportJob> _jobs = new();

    public HsdsImportJob Enqueue(string fileName, string? userId, byte[] data)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var old in _jobs.Values.Where(j => j.Finished && now - j.QueuedAt > KeepFor))
        {
            _jobs.TryRemove(old.Id, out _);
        }

        var job = new HsdsImportJob(Guid.NewGuid(), fileName, userId, data, now);
        _jobs[job.Id] = job;
        _queue.Writer.TryWrite(job);
        return job;
    }

    public HsdsImportJob? Find(Guid id) => _jobs.GetValueOrDefault(id);

    /// <summary>The jobs of the last day, newest first.</summary>
    public IReadOnlyList<HsdsImportJob> Recent() => [.. _jobs.Values.OrderByDescending(j => j.QueuedAt)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var import = scope.ServiceProvider.GetRequiredService<ImportHsds>();
                using var data = new MemoryStream(job.Data!);
                job.Result = await import.HandleAsync(data, job.UserId, job.Progress, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "The HSDS import {JobId} failed", job.Id);
                job.Failed = true;
            }
            finally
            {
                job.Data = null;
                job.Progress.Start(HsdsImportStage.Done, job.Progress.Total);
            }
        }
    }
}
