using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perhesilta.Platform.Mail;

public enum OutgoingMailStatus
{
    Pending,
    Sent,

    /// <summary>Given up after the configured number of attempts; an administrator sees it on the sent-mail page.</summary>
    Failed,
}

/// <summary>
/// A message in the outbox. It is written in the same transaction as what caused it, so a message is never lost and
/// never sent for something that was not saved; the background sender delivers it.
/// </summary>
public sealed class OutgoingMail
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    /// <summary>
    /// An iCalendar object (RFC 5545) sent with the text as a text/calendar alternative and an .ics attachment, e.g. a
    /// meeting invitation; its method (<see cref="CalendarMethod"/>) goes into the Content-Type as RFC 6047 asks.
    /// </summary>
    public string? CalendarBody { get; set; }

    /// <summary>The iTIP method of <see cref="CalendarBody"/>: <c>REQUEST</c>, <c>CANCEL</c> or <c>REPLY</c>.</summary>
    public string? CalendarMethod { get; set; }

    /// <summary>What the message is about, as a code (e.g. <c>help-request-confirmation</c>), for the sent-mail page and logs.</summary>
    public required string Purpose { get; set; }

    public DateTime CreatedAt { get; set; }

    public OutgoingMailStatus Status { get; set; } = OutgoingMailStatus.Pending;

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>A sender instance holds the message until then; another instance may take it over afterwards.</summary>
    public DateTime? LockedUntil { get; set; }

    public string? LockedBy { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>The last delivery error, without personal data (an SMTP status or exception type).</summary>
    public string? LastError { get; set; }
}

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.Property(m => m.To).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.TextBody).HasMaxLength(20_000);
        builder.Property(m => m.CalendarBody).HasMaxLength(100_000);
        builder.Property(m => m.CalendarMethod).HasMaxLength(16);
        builder.Property(m => m.Purpose).HasMaxLength(64);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LockedBy).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
