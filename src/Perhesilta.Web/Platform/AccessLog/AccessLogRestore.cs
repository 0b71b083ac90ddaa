using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.AccessLog;

/// <summary>What <see cref="AccessLogRestore.RecordRestoredAsync"/> did, and the verification of the chain afterwards.</summary>
/// <param name="Checkpoint">The checkpoint the restored chain was found to match; null when no checkpoint reaches past it and nothing needed recording.</param>
public sealed record AccessLogRestoreResult(long? Checkpoint, AccessLogEntry? Entry, AccessLogVerification Verification);

/// <summary>
/// AccessLogRestore: the access log's part of restoring a backup. A restored database ends its chain where the backup
/// was taken, earlier than the newest checkpoints; this appends the keyed entry "restored to checkpoint N" (action
/// <see cref="AccessAction.Restore"/>, record <see cref="RecordType"/> N), N being the newest checkpoint the restored
/// chain matches. Verification then sets aside the checkpoints written after N and before that entry; nothing else
/// may shorten the chain. The restore command calls this after the database is back and before the application starts.
/// </summary>
public sealed class AccessLogRestore(PerhesiltaDbContext db, IAccessLog log, AccessLogKey key, AccessLogCheckpointFolder folder, VerifyAccessLog verify)
{
    public const string RecordType = "AccessLogCheckpoint";

    /// <summary>The actor of the restore entry when the restore is run by the system rather than a named account.</summary>
    public const string SystemActor = "system";

    public async Task<AccessLogRestoreResult> RecordRestoredAsync(string actorUserId = SystemActor, CancellationToken cancellationToken = default)
    {
        var checkpoints = folder.ReadAll().Select(f => f.Checkpoint).OfType<AccessLogCheckpoint>().Where(c => c.IsSignedWith(key)).ToList();
        var head = await db.Set<AccessLogEntry>().AsNoTracking().MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var sequences = checkpoints.Where(c => c.Sequence <= head).Select(c => c.Sequence).Distinct().ToList();
        var hashes = await db.Set<AccessLogEntry>().AsNoTracking()
            .Where(e => sequences.Contains(e.Sequence))
            .ToDictionaryAsync(e => e.Sequence, e => e.Hash, cancellationToken);
        var matched = checkpoints
            .Where(c => hashes.TryGetValue(c.Sequence, out var hash) && hash == c.HeadHash)
            .MaxBy(c => c.Number);

        if (matched is null)
        {
            if (checkpoints.Count == 0)
            {
                return new AccessLogRestoreResult(null, null, await verify.HandleAsync(cancellationToken));
            }

            throw new InvalidOperationException(
                "The restored access log matches none of the checkpoints: it is not a backup of this installation's log, or its key is not the one it was written with.");
        }

        var entry = log.Add(db, actorUserId, AccessAction.Restore, RecordType, matched.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), AccessPurposes.Administration);
        await db.SaveChangesAsync(cancellationToken);
        return new AccessLogRestoreResult(matched.Number, entry, await verify.HandleAsync(cancellationToken));
    }
}
