using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Operations;

namespace Perhesilta.Platform.AccessLog;

/// <summary>Why the chain breaks at an entry.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChainBreak>))]
public enum ChainBreak
{
    /// <summary>The entry's hash does not match its fields: the entry was changed.</summary>
    HashMismatch,

    /// <summary>The sequence skips a number: an entry was removed.</summary>
    Gap,

    /// <summary>The entry does not point to the hash of the entry before it: entries were removed, reordered or rewritten.</summary>
    PreviousHashMismatch,
}

/// <summary>The outcome of walking the chain; when it is broken, the first broken sequence and why.</summary>
public sealed record AccessLogVerification(bool Ok, long EntriesChecked, long? FirstBrokenSequence, ChainBreak? Reason);

/// <summary>Checks entries one at a time, in sequence order, so that any number of them can be streamed through it.</summary>
public sealed class ChainChecker
{
    private long _expectedSequence = 1;
    private string _previousHash = AccessLogEntry.GenesisHash;

    public long EntriesChecked { get; private set; }

    public long? FirstBrokenSequence { get; private set; }

    public ChainBreak? Reason { get; private set; }

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
        if (!string.Equals(entry.Hash, entry.ComputeHash(), StringComparison.Ordinal))
        {
            return Break(entry.Sequence, ChainBreak.HashMismatch);
        }

        if (!string.Equals(entry.PreviousHash, _previousHash, StringComparison.Ordinal))
        {
            return Break(entry.Sequence, ChainBreak.PreviousHashMismatch);
        }

        _previousHash = entry.Hash;
        _expectedSequence++;
        return true;
    }

    public AccessLogVerification Result() => new(!IsBroken, EntriesChecked, FirstBrokenSequence, Reason);

    private bool Break(long sequence, ChainBreak reason)
    {
        FirstBrokenSequence = sequence;
        Reason = reason;
        return false;
    }
}

/// <summary>
/// VerifyAccessLog: walks the whole chain in sequence order, a batch at a time, and reports the first broken link.
/// Used by the administrators' page, <c>GET /api/v1/access-log/verification</c> and the <c>verify-access-log</c> command.
/// </summary>
public sealed class VerifyAccessLog(PerhesiltaDbContext db)
{
    public const int BatchSize = 1000;

    public async Task<AccessLogVerification> HandleAsync(CancellationToken cancellationToken)
    {
        var checker = new ChainChecker();
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
        if (result.Ok)
        {
            await Console.Out.WriteLineAsync($"The access log is intact: {result.EntriesChecked} entries checked.");
            return 0;
        }

        await Console.Out.WriteLineAsync(
            $"The access log is broken at entry {result.FirstBrokenSequence}: {result.Reason}. {result.EntriesChecked} entries checked.");
        return 1;
    }
}
