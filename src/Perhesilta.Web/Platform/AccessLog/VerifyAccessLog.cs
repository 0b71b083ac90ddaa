using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Operations;

namespace Perhesilta.Platform.AccessLog;

/// <summary>Why the chain breaks at an entry.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChainBreak>))]
public enum ChainBreak
{
    /// <summary>The entry's hash does not match its fields and the key: the entry was changed or forged.</summary>
    HashMismatch,

    /// <summary>The sequence skips a number: an entry was removed.</summary>
    Gap,

    /// <summary>The entry does not point to the hash of the entry before it: entries were removed, reordered or rewritten.</summary>
    PreviousHashMismatch,

    /// <summary>An unkeyed (version 1) entry where only keyed ones can be: after a keyed one, or from where a checkpoint says the key was in use.</summary>
    UnkeyedEntry,

    /// <summary>A checkpoint file that cannot be read or whose signature fails: it was changed or made without the key.</summary>
    CheckpointInvalid,

    /// <summary>The entry at a checkpoint's sequence has another hash than the checkpoint recorded: the chain was rewritten.</summary>
    CheckpointMismatch,

    /// <summary>The chain ends before a checkpoint's sequence, and no restore explains it: the newest entries were removed.</summary>
    Truncated,

    /// <summary>A restore entry names a checkpoint that does not exist or that the chain before it does not reach.</summary>
    RestoreInvalid,
}

/// <summary>
/// The outcome of walking the chain; when it is broken, the first broken sequence and why, and the checkpoint
/// concerned (for <see cref="ChainBreak.Truncated"/>: the newest checkpoint the chain no longer reaches).
/// </summary>
public sealed record AccessLogVerification(
    bool Ok,
    long EntriesChecked,
    long? FirstBrokenSequence,
    ChainBreak? Reason,
    long? Checkpoint = null,
    int CheckpointsChecked = 0);

/// <summary>
/// Checks entries one at a time, in sequence order, so that any number of them can be streamed through it; with the
/// key, and against every checkpoint. A checkpoint newer than the one a restore went back to is set aside only if it
/// was written before that restore; every other checkpoint must match the chain.
/// </summary>
public sealed class ChainChecker
{
    private readonly AccessLogKey _key;
    private readonly List<AccessLogCheckpoint> _checkpoints = [];
    private readonly Dictionary<long, List<AccessLogCheckpoint>> _bySequence = [];
    private readonly List<(long Checkpoint, DateTime At)> _restores = [];
    private readonly long _keyedFrom = long.MaxValue;
    private long _expectedSequence = 1;
    private string _previousHash = AccessLogEntry.GenesisHash;
    private bool _sawKeyed;
    private bool _finished;

    public ChainChecker(AccessLogKey key, IReadOnlyList<CheckpointFile>? checkpoints = null)
    {
        _key = key;
        foreach (var file in checkpoints ?? [])
        {
            if (file.Checkpoint is not { } checkpoint || !checkpoint.IsSignedWith(key) || _checkpoints.Exists(c => c.Number == checkpoint.Number))
            {
                Break(null, ChainBreak.CheckpointInvalid, file.Checkpoint?.Number ?? NumberOf(file.Name));
                return;
            }

            _checkpoints.Add(checkpoint);
            _keyedFrom = Math.Min(_keyedFrom, checkpoint.KeyedFrom);
            if (!_bySequence.TryGetValue(checkpoint.Sequence, out var atSequence))
            {
                _bySequence[checkpoint.Sequence] = atSequence = [];
            }

            atSequence.Add(checkpoint);
        }
    }

    public long EntriesChecked { get; private set; }

    public long? FirstBrokenSequence { get; private set; }

    public ChainBreak? Reason { get; private set; }

    public long? Checkpoint { get; private set; }

    public bool IsBroken => Reason is not null;

    /// <summary>Checks the next entry; returns false (and stops checking) at the first break.</summary>
    public bool Check(AccessLogEntry entry)
    {
        if (IsBroken)
        {
            return false;
        }

        if (entry.Sequence != _expectedSequence)
        {
            return Break(_expectedSequence, ChainBreak.Gap);
        }

        EntriesChecked++;
        if (entry.Version == AccessLogEntry.UnkeyedVersion && (_sawKeyed || entry.Sequence >= _keyedFrom || entry.Action == AccessAction.Restore))
        {
            return Break(entry.Sequence, ChainBreak.UnkeyedEntry);
        }

        if (entry.Version is not (AccessLogEntry.UnkeyedVersion or AccessLogEntry.KeyedVersion)
            || !string.Equals(entry.Hash, entry.ComputeHash(_key), StringComparison.Ordinal))
        {
            return Break(entry.Sequence, ChainBreak.HashMismatch);
        }

        if (!string.Equals(entry.PreviousHash, _previousHash, StringComparison.Ordinal))
        {
            return Break(entry.Sequence, ChainBreak.PreviousHashMismatch);
        }

        if (entry.Action == AccessAction.Restore && !AcceptRestore(entry))
        {
            return Break(entry.Sequence, ChainBreak.RestoreInvalid);
        }

        foreach (var checkpoint in _bySequence.GetValueOrDefault(entry.Sequence) ?? [])
        {
            if (!IsSetAside(checkpoint) && !string.Equals(checkpoint.HeadHash, entry.Hash, StringComparison.Ordinal))
            {
                return Break(entry.Sequence, ChainBreak.CheckpointMismatch, checkpoint.Number);
            }
        }

        _sawKeyed |= entry.Version == AccessLogEntry.KeyedVersion;
        _previousHash = entry.Hash;
        _expectedSequence++;
        return true;
    }

    /// <summary>The outcome, once every entry has been checked: a checkpoint beyond the end of the chain breaks it.</summary>
    public AccessLogVerification Result()
    {
        if (!IsBroken && !_finished)
        {
            _finished = true;
            var beyond = _checkpoints.Where(c => c.Sequence >= _expectedSequence && !IsSetAside(c)).MaxBy(c => c.Number);
            if (beyond is not null)
            {
                Break(_expectedSequence, ChainBreak.Truncated, beyond.Number);
            }
        }

        return new(!IsBroken, EntriesChecked, FirstBrokenSequence, Reason, Checkpoint, IsBroken ? 0 : _checkpoints.Count);
    }

    /// <summary>A restore names the checkpoint it went back to: a real one, within the chain before the restore.</summary>
    private bool AcceptRestore(AccessLogEntry entry)
    {
        if (entry.RecordType != AccessLogRestore.RecordType
            || !long.TryParse(entry.RecordId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            || _checkpoints.Find(c => c.Number == number) is not { } checkpoint
            || checkpoint.Sequence >= entry.Sequence
            || IsSetAside(checkpoint))
        {
            return false;
        }

        _restores.Add((number, entry.OccurredAt));
        return true;
    }

    /// <summary>Written after the checkpoint a later restore went back to, and before that restore: it described a chain the restore replaced.</summary>
    private bool IsSetAside(AccessLogCheckpoint checkpoint) =>
        _restores.Exists(r => checkpoint.Number > r.Checkpoint && checkpoint.WrittenAt < r.At);

    private static long? NumberOf(string name) =>
        long.TryParse(new string(name.Where(char.IsAsciiDigit).ToArray()), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    private bool Break(long? sequence, ChainBreak reason, long? checkpoint = null)
    {
        FirstBrokenSequence = sequence;
        Reason = reason;
        Checkpoint = checkpoint;
        return false;
    }
}

/// <summary>
/// VerifyAccessLog: walks the whole chain in sequence order, a batch at a time, and reports the first broken link.
/// Used by the administrators' page, <c>GET /api/v1/access-log/verification</c> and the <c>verify-access-log</c> command.
/// </summary>
public sealed class VerifyAccessLog(PerhesiltaDbContext db, AccessLogKey key, AccessLogCheckpointFolder checkpoints)
{
    public const int BatchSize = 1000;

    public async Task<AccessLogVerification> HandleAsync(CancellationToken cancellationToken)
    {
        var checker = new ChainChecker(key, checkpoints.ReadAll());
        if (checker.IsBroken)
        {
            return checker.Result();
        }

        long after = 0;
        while (true)
        {
            var batch = await db.Set<AccessLogEntry>()
                .AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (!checker.Check(entry))
                {
                    return checker.Result();
                }
            }

            if (batch.Count < BatchSize)
            {
                return checker.Result();
            }

            after = batch[^1].Sequence;
        }
    }
}

/// <summary><c>verify-access-log</c>: prints the outcome; exit code 0 when the chain is whole, 1 when it is broken.</summary>
internal sealed class VerifyAccessLogCommand : IAdminCommand
{
    public string Name => "verify-access-log";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<VerifyAccessLog>().HandleAsync(cancellationToken);
        await Console.Out.WriteLineAsync(Describe(result));
        return result.Ok ? 0 : 1;
    }

    /// <summary>The outcome in one line, for an operator.</summary>
    public static string Describe(AccessLogVerification result) => result switch
    {
        { Ok: true } => $"The access log is intact: {result.EntriesChecked} entries checked with the key, against {result.CheckpointsChecked} checkpoints.",
        { Reason: ChainBreak.CheckpointInvalid } => $"The access log cannot be trusted: checkpoint {result.Checkpoint} is unreadable or its signature fails.",
        { Reason: ChainBreak.Truncated } =>
            $"The access log is broken: truncated after checkpoint {result.Checkpoint} was written — the log ends before entry {result.FirstBrokenSequence}, and no restore explains it. {result.EntriesChecked} entries checked.",
        { Reason: ChainBreak.CheckpointMismatch } =>
            $"The access log is broken at entry {result.FirstBrokenSequence}: it differs from checkpoint {result.Checkpoint}. {result.EntriesChecked} entries checked.",
        _ => $"The access log is broken at entry {result.FirstBrokenSequence}: {result.Reason}. {result.EntriesChecked} entries checked.",
    };
}
