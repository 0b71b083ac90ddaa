using MimeKit;

namespace Perhesilta.Platform.Mail;

/// <summary>Hands one message on: to an SMTP server, or into a folder in the embedded default. Throws when it could not.</summary>
public interface IMailTransport
{
    Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken);
}
