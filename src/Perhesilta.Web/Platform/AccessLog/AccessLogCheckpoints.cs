using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.AccessLog;

/// <summary>WriteAccessLogCheckpoint: when the chain's head has moved since the newest checkpoint, signs it into a new one.</summary>
public sealed class WriteAccessLogCheckpoint(PerhesiltaDbContext db, AccessLogKey key, AccessLogCheckpointFolder folder, TimeProvider clock)
{
    /// <summary>The checkpoint written, or null when the head is where the newest checkpoint says.</summary>
    public async Task<AccessLogCheckpoint?> HandleAsync(CancellationToken cancellationToken)
    {
        var head = await db.Set<AccessLogEntry>().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken) ?? new { Sequence = 0L, Hash = AccessLogEntry.GenesisHash };
        var newest = folder.ReadAll().Select(f => f.Checkpoint).OfType<AccessLogCheckpoint>().Where(c => c.IsSignedWith(key)).MaxBy(c => c.Number);
        if (newest is not null && newest.Sequence == head.Sequence && newest.HeadHash == head.Hash)
        {
            return null;
        }

        // The first checkpoint is written even for an empty chain: it records from which entry on the chain is keyed,
        // so that a chain rewritten whole as unkeyed entries does not pass for one written before the key existed.

        var keyedFrom = await db.Set<AccessLogEntry>().Where(e => e.Version == AccessLogEntry.KeyedVersion)
            .MinAsync(e => (long?)e.Sequence, cancellationToken) ?? head.Sequence + 1;
        return folder.Write(key, head.Sequence, head.Hash, keyedFrom, clock.GetUtcNow().UtcDateTime);
    }
}

/// <summary>
/// Writes a checkpoint at start-up, every <c>AccessLog:CheckpointIntervalSeconds</c> when the head has moved, and a
/// last one when the application stops gracefully. Several instances may write into one folder; each checkpoint is valid.
/// </summary>
internal sealed class AccessLogCheckpointRound(
    IServiceScopeFactory scopes,
    DatabaseState database,
    TimeProvider time,
    IOptions<AccessLogOptions> options,
    ILogger<AccessLogCheckpointRound> logger)
    : DatabaseRound<WriteAccessLogCheckpoint>(scopes, database, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.CheckpointIntervalSeconds));

    protected override string Done => "Access-log checkpoints written";

    protected override async Task<int> RunAsync(WriteAccessLogCheckpoint work, CancellationToken cancellationToken) =>
        await work.HandleAsync(cancellationToken) is null ? 0 : 1;

    /// <summary>
    /// A checkpoint as soon as the application starts (after the database was brought up, which the hosted services
    /// registered before this one do), so that a new or upgraded installation has one from its first minute.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RunOnceAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>A last checkpoint when the application stops gracefully, so that the head at shutdown is on record.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await RunOnceAsync(cancellationToken);
    }
}
