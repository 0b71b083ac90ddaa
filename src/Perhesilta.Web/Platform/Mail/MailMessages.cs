using System.Text;
using MimeKit;
using MimeKit.Text;

namespace Perhesilta.Platform.Mail;

/// <summary>Turns an outbox row into a MIME message: plain text in UTF-8, so Finnish and Swedish letters survive any relay.</summary>
internal static class MailMessages
{
    public static MimeMessage Create(OutgoingMail mail, MailboxAddress from, DateTimeOffset date)
    {
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = date,

            // The same id on every attempt, so a receiving system can recognise a message delivered twice after a lease ran out.
            MessageId = $"{mail.Id:N}@{DomainOf(from)}",
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(mail.To));
        var body = new TextPart(TextFormat.Plain);
        body.SetText(Encoding.UTF8, mail.TextBody);
        message.Body = body;
        return message;
    }

    private static string DomainOf(MailboxAddress address)
    {
        var at = address.Address.LastIndexOf('@');
        return at >= 0 ? address.Address[(at + 1)..] : "perhesilta.invalid";
    }
}
