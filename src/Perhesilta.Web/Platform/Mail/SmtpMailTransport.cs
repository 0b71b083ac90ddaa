using MailKit.Net.Smtp;
using MimeKit;

namespace Perhesilta.Platform.Mail;

/// <summary>Delivers through the county's SMTP relay with MailKit; one connection per message keeps failures independent.</summary>
internal sealed class SmtpMailTransport(SmtpOptions options) : IMailTransport
{
    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(options.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set."), options.Port, options.SecureSocketOptions, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
