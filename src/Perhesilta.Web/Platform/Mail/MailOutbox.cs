using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Mail;

/// <summary>Puts a message into the outbox of the caller's unit of work: it is saved by the caller's SaveChanges, or not at all.</summary>
public sealed class MailOutbox(TimeProvider clock, MailSignal signal)
{
    private readonly EventHandler<SavedChangesEventArgs> _wakeSender = (_, _) => signal.Wake();

    public OutgoingMail Enqueue(PerhesiltaDbContext db, string to, string subject, string textBody, string purpose) =>
        Enqueue(db, to, subject, textBody, purpose, calendar: null);

    /// <summary>A message with an iCalendar object (e.g. a meeting invitation) besides its text.</summary>
    public OutgoingMail Enqueue(PerhesiltaDbContext db, string to, string subject, string textBody, string purpose, CalendarPart? calendar)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var mail = new OutgoingMail
        {
            To = to,
            Subject = subject,
            TextBody = textBody,
            Purpose = purpose,
            CalendarBody = calendar?.Body,
            CalendarMethod = calendar?.Method,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.Add(mail);

        // Once the caller has saved, the sender of this process need not wait for its next poll.
        db.SavedChanges -= _wakeSender;
        db.SavedChanges += _wakeSender;
        return mail;
    }
}

/// <summary>An iCalendar object to send with a message, and its iTIP method (<c>REQUEST</c>, <c>CANCEL</c>…).</summary>
public sealed record CalendarPart(string Method, string Body);
