using System.Linq.Expressions;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Mail;

/// <summary>
/// One round of the sender: claims a batch of due messages with a lease, delivers them and records the outcome.
/// The claim is a conditional UPDATE on each row, so of two instances on one database only one can hold a message;
/// PostgreSQL re-checks the condition on the row it waited for, and SQLite has one writer at a time. A message whose
/// sender died is taken over when its lease runs out: delivery is at least once, never lost.
/// </summary>
public sealed partial class MailDispatcher(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<MailDispatcher> logger)
{
    private static readonly TimeSpan[] RetryDelays =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1),
        TimeSpan.FromHours(2), TimeSpan.FromHours(4), TimeSpan.FromHours(8),
    ];

    private readonly MailboxAddress _from = MailboxAddress.Parse(options.Value.From);

    /// <summary>How long to wait after the <paramref name="attempt"/>th failed attempt: 1 min, 5 min, 15 min, 1 h, 2 h, 4 h, then 8 h.</summary>
    public static TimeSpan RetryDelay(int attempt) => RetryDelays[Math.Clamp(attempt, 1, RetryDelays.Length) - 1];

    /// <summary>Delivers the messages that are due now; returns how many this round claimed.</summary>
    public async Task<int> RunOnceAsync(string instance, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var outbox = db.Set<OutgoingMail>();
        var candidates = await outbox.Where(Due(now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var claim = ClaimToken(instance);
        var leaseUntil = now + settings.Lease;
        await outbox.Where(m => candidates.Contains(m.Id)).Where(Due(now)).ExecuteUpdateAsync(
            set => set.SetProperty(m => m.LockedBy, claim).SetProperty(m => m.LockedUntil, leaseUntil),
            cancellationToken);
        var claimed = await outbox.AsNoTracking()
            .Where(m => m.LockedBy == claim)
            .OrderBy(m => m.NextAttemptAt)
            .ToListAsync(cancellationToken);
        foreach (var mail in claimed)
        {
            await DeliverAsync(outbox, mail, claim, cancellationToken);
        }

        return claimed.Count;
    }

    private static Expression<Func<OutgoingMail, bool>> Due(DateTime now) =>
        m => m.Status == OutgoingMailStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now);

    private static string ClaimToken(string instance)
    {
        var token = $"{instance}:{Guid.NewGuid():N}";
        return token.Length <= 100 ? token : token[^100..];
    }

    private async Task DeliverAsync(DbSet<OutgoingMail> outbox, OutgoingMail mail, string claim, CancellationToken cancellationToken)
    {
        string? error = null;
        var permanent = false;
        try
        {
            await transport.DeliverAsync(MailMessages.Create(mail, _from, clock.GetUtcNow()), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and the message is tried again.
            throw;
        }
        catch (Exception exception)
        {
            (error, permanent) = Describe(exception);
        }

        var attempts = mail.Attempts + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = outbox.Where(m => m.Id == mail.Id && m.LockedBy == claim);
        int updated;
        if (error is null)
        {
            updated = await mine.ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Status, OutgoingMailStatus.Sent)
                    .SetProperty(m => m.SentAt, now)
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LockedBy, (string?)null)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null),
                CancellationToken.None);
            LogSent(mail.Id, mail.Purpose, attempts);
        }
        else
        {
            var failed = permanent || attempts >= options.Value.MaxAttempts;
            var status = failed ? OutgoingMailStatus.Failed : OutgoingMailStatus.Pending;
            var next = now + RetryDelay(attempts);
            updated = await mine.ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Status, status)
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.LockedBy, (string?)null)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null),
                CancellationToken.None);
            if (failed)
            {
                LogGaveUp(mail.Id, mail.Purpose, attempts, error);
            }
            else
            {
                LogWillRetry(mail.Id, mail.Purpose, attempts, error, next);
            }
        }

        if (updated == 0)
        {
            LogLeaseLost(mail.Id);
        }
    }

    /// <summary>What went wrong, as a type and an SMTP or socket status: never the message, whose text may carry an address.</summary>
    private static (string Error, bool Permanent) Describe(Exception exception) => exception switch
    {
        ParseException => ("InvalidAddress", true),
        SmtpCommandException smtp => (
            $"SmtpCommandException {smtp.ErrorCode} {(int)smtp.StatusCode}",
            smtp.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)smtp.StatusCode >= 500),
        SocketException socket => ($"SocketException {socket.SocketErrorCode}", false),
        _ => (exception.GetType().Name, false),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {MailId} ({Purpose}) sent on attempt {Attempt}")]
    private partial void LogSent(Guid mailId, string purpose, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} ({Purpose}) failed on attempt {Attempt} ({Error}); next attempt at {NextAttemptAt:o}")]
    private partial void LogWillRetry(Guid mailId, string purpose, int attempt, string error, DateTime nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {MailId} ({Purpose}) failed on attempt {Attempt} ({Error}); given up, an administrator can send it again")]
    private partial void LogGaveUp(Guid mailId, string purpose, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId}: the lease ran out before the outcome was recorded; another sender had taken the message over")]
    private partial void LogLeaseLost(Guid mailId);
}
