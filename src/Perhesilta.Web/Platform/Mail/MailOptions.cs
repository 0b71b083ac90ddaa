using MailKit.Security;

namespace Perhesilta.Platform.Mail;

/// <summary>The <c>Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary><c>folder</c> (the embedded default: .eml files in <see cref="Folder"/>) or <c>smtp</c>; on PostgreSQL the default is <c>smtp</c>.</summary>
    public string? Transport { get; set; }

    /// <summary>Where the folder transport writes; relative paths are under the content root.</summary>
    public string Folder { get; set; } = "data/mail";

    /// <summary>The sender shown to recipients.</summary>
    public string From { get; set; } = "Perhesilta <no-reply@perhesilta.example>";

    /// <summary>How often the sender looks into the outbox when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Delivery attempts before a message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Messages one sender claims at a time.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claimed batch stays with its sender; after that another instance may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether this instance runs the background sender (an instance may leave sending to others).</summary>
    public bool SenderEnabled { get; set; } = true;

    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => string.Equals(Transport, MailTransports.Smtp, StringComparison.OrdinalIgnoreCase);

    public bool UsesFolder => string.Equals(Transport, MailTransports.Folder, StringComparison.OrdinalIgnoreCase);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c>, <c>StartTlsWhenAvailable</c>, <c>Auto</c> or <c>None</c> (MailKit's names).</summary>
    public SecureSocketOptions SecureSocketOptions { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long one connection or command may take before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public static class MailTransports
{
    public const string Folder = "folder";
    public const string Smtp = "smtp";
}
