using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Mail;

namespace Perhesilta.Features.SentMail;

/// <summary>
/// ResendMail: an administrator puts a message that was given up on back into the outbox, with a full set of
/// attempts, once the cause (e.g. the relay's settings) has been fixed. Only a failed message can be sent again, so
/// nothing already delivered goes out twice.
/// </summary>
public sealed class ResendMail(PerhesiltaDbContext db, TimeProvider clock, MailSignal signal, IAccessLog log)
{
    public const string RecordType = "OutgoingMail";

    public enum Outcome
    {
        Resent,
        NotFound,
        NotFailed,
    }

    public async Task<Outcome> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // The bulk update and its log entry commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await db.Set<OutgoingMail>()
            .Where(m => m.Id == id && m.Status == OutgoingMailStatus.Failed)
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Status, OutgoingMailStatus.Pending)
                    .SetProperty(m => m.Attempts, 0)
                    .SetProperty(m => m.NextAttemptAt, now)
                    .SetProperty(m => m.LockedBy, (string?)null)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null),
                cancellationToken);
        if (updated == 0)
        {
            return await db.Set<OutgoingMail>().AnyAsync(m => m.Id == id, cancellationToken) ? Outcome.NotFailed : Outcome.NotFound;
        }

        log.Add(db, AccessAction.Change, RecordType, id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Wake();
        return Outcome.Resent;
    }
}
