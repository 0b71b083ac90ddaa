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
        message.Body = mail.CalendarBody is null ? body : WithCalendar(body, mail.CalendarBody, mail.CalendarMethod ?? "PUBLISH");
        return message;
    }

    /// <summary>
    /// The text and the iCalendar object as alternatives (RFC 6047: text/calendar with its method), so calendar programs
    /// show the invitation with its answer buttons, and the same object as an .ics attachment for the programs that
    /// only look at attachments.
    /// </summary>
    private static Multipart WithCalendar(TextPart text, string calendar, string method)
    {
        var inline = new TextPart("calendar");
        inline.ContentType.Parameters.Add("method", method);
        inline.SetText(Encoding.UTF8, calendar);
        var alternative = new MultipartAlternative { text, inline };

        var attachment = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(calendar))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = string.Equals(method, "CANCEL", StringComparison.OrdinalIgnoreCase) ? "cancel.ics" : "invite.ics",
        };
        return new Multipart("mixed") { alternative, attachment };
    }

    private static string DomainOf(MailboxAddress address)
    {
        var at = address.Address.LastIndexOf('@');
        return at >= 0 ? address.Address[(at + 1)..] : "perhesilta.invalid";
    }
}
