using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Mail;

namespace Perhesilta.IntegrationTests.Mail;

/// <summary>A transport that records what it was given and fails while told to, as a relay that refuses mail would.</summary>
public sealed class RecordingTransport : IMailTransport
{
    private int _failuresLeft;

    public ConcurrentQueue<MimeMessage> Delivered { get; } = new();

    public ConcurrentQueue<string> Attempted { get; } = new();

    /// <summary>How long each delivery takes, to widen the window in which two senders could meet.</summary>
    public TimeSpan Delay { get; set; }

    public void FailNext(int times) => Volatile.Write(ref _failuresLeft, times);

    public void FailAlways() => FailNext(int.MaxValue);

    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Attempted.Enqueue(message.MessageId ?? "");
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            // The relay's text names the recipient: the outbox must keep only the status.
            throw new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.MailboxBusy, $"Mailbox busy: {message.To}");
        }

        Interlocked.Exchange(ref _failuresLeft, 0);
        Delivered.Enqueue(message);
    }
}

internal static class MailTestSupport
{
    public static string NewAddress(string name = "vanhempi") => $"{name}-{Guid.NewGuid():N}@test.perhesilta.example";

    /// <summary>Queues a message as a feature would: through the outbox, saved with the caller's own changes.</summary>
    public static async Task<Guid> EnqueueAsync(this PerhesiltaApp app, string to, string subject = "Yhteydenottosi on vastaanotettu", string body = "Hei!\n\nKiitos yhteydenotostasi.", string purpose = "test-message")
    {
        var id = Guid.Empty;
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            id = services.GetRequiredService<MailOutbox>().Enqueue(db, to, subject, body, purpose).Id;
            await db.SaveChangesAsync();
        });
        return id;
    }

    public static Task<OutgoingMail?> MailAsync(this PerhesiltaApp app, Guid id) =>
        app.WithDbAsync(db => db.Set<OutgoingMail>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id));

    /// <summary>Waits until the message's row satisfies <paramref name="condition"/>; fails the test after <paramref name="seconds"/>.</summary>
    public static async Task<OutgoingMail> WaitForMailAsync(this PerhesiltaApp app, Guid id, Func<OutgoingMail, bool> condition, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var mail = await app.MailAsync(id) ?? throw new InvalidOperationException($"The outbox lost message {id}.");
            if (condition(mail))
            {
                return mail;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Message {id} stayed {mail.Status} after {mail.Attempts} attempts ({mail.LastError}).");
            }

            await Task.Delay(50);
        }
    }
}
