using MimeKit;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Mail;
using Perhesilta.Platform.Mail;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>
/// An invitation through a real SMTP server on loopback (issue 7): the message as received is multipart with the text,
/// the calendar as text/calendar; method=REQUEST, and the same calendar as an .ics attachment, which ical.js reads.
/// </summary>
public abstract class SmtpInvitationTests(SmtpMailApp custom)
{
    private readonly PerhesiltaApp _app = custom.App;

    [Fact]
    public async Task An_invitation_arrives_over_SMTP_with_its_text_its_calendar_and_its_attachment()
    {
        custom.Smtp.RefuseRecipients = false;
        using var setup = await PlanningTestData.SetupAsync(_app);
        var id = await PlanningTestData.RequestAsync(_app, setup);
        var startsAt = DateTime.UtcNow.Date.AddDays(9).AddHours(8);
        (await PlanningTestData.InviteAsync(_app, setup, id, startsAt)).Outcome.ShouldBe(MeetingChangeOutcome.Saved);
        var mail = (await PlanningTestData.MailOfAsync(_app, setup.MotherEmail, InvitationMail.InvitationPurpose)).Single();

        await _app.WaitForMailAsync(mail.Id, m => m.Status == OutgoingMailStatus.Sent);

        custom.Smtp.Recipients.ShouldContain(setup.MotherEmail);
        var received = custom.Smtp.Received.Select(data => MimeMessage.Load(new MemoryStream(data))).Single(m => m.To.Mailboxes.Any(a => a.Address == setup.MotherEmail));
        received.Body.ShouldNotBeNull().ContentType.MimeType.ShouldBe("multipart/mixed");
        received.TextBody.ShouldNotBeNull().ShouldContain("Du bjuds in till ett nätverksmöte");
        var calendar = received.BodyParts.OfType<TextPart>().Single(p => p.ContentType.MimeType == "text/calendar" && !p.IsAttachment);
        calendar.ContentType.Parameters["method"].ShouldBe("REQUEST");
        var attachment = received.Attachments.OfType<MimePart>().Single();
        attachment.FileName.ShouldEndWith(".ics");
        using var content = new MemoryStream();
        await attachment.Content.ShouldNotBeNull().DecodeToAsync(content, TestContext.Current.CancellationToken);
        var attached = System.Text.Encoding.UTF8.GetString(content.ToArray());

        foreach (var ics in new[] { calendar.Text, attached })
        {
            var parsed = await IcalJs.ParseAsync(ics);
            parsed.Method.ShouldBe("REQUEST");
            var e = parsed.Events.Single();
            e.Uid.ShouldBe($"{id:D}@perhesilta");
            e.Start!.Utc.ShouldBe(startsAt);
        }
    }

    public sealed class OnSqlite(SmtpMailSqliteApp app) : SmtpInvitationTests(app), IClassFixture<SmtpMailSqliteApp>;

    public sealed class OnPostgres(SmtpMailPostgresApp app) : SmtpInvitationTests(app), IClassFixture<SmtpMailPostgresApp>;
}
