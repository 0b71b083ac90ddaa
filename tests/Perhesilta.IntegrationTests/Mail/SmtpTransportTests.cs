using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Mail;
using Shouldly;

namespace Perhesilta.IntegrationTests.Mail;

/// <summary>The production transport: MailKit delivering to an SMTP server configured with <c>Mail:Smtp:*</c>.</summary>
public abstract class SmtpTransportTests(SmtpMailApp custom)
{
    private readonly PerhesiltaApp _app = custom.App;
    private readonly FakeSmtpServer _smtp = custom.Smtp;

    [Fact]
    public async Task A_queued_message_is_delivered_to_the_SMTP_server_in_UTF8()
    {
        _app.Services.GetRequiredService<IMailTransport>().ShouldBeOfType<SmtpMailTransport>();
        _smtp.RefuseRecipients = false;
        var to = MailTestSupport.NewAddress("föräldern");
        const string body = "Hej!\n\nTack för att du kontaktade oss. Vi hör av oss inom sju vardagar.\nÄiti ja isä: yhteydenotto on vastaanotettu.";

        var id = await _app.EnqueueAsync(to, "Din kontakt har tagits emot – Yhteydenottosi", body, "help-request-confirmation");
        await _app.WaitForMailAsync(id, m => m.Status == OutgoingMailStatus.Sent);

        _smtp.Recipients.ShouldContain(to);
        var received = _smtp.Received.Select(data => MimeMessage.Load(new MemoryStream(data))).Single(m => m.MessageId == $"{id:N}@perhesilta.example");
        received.Subject.ShouldBe("Din kontakt har tagits emot – Yhteydenottosi");
        received.From.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("no-reply@perhesilta.example");
        received.TextBody.ShouldNotBeNull().ReplaceLineEndings("\n").TrimEnd('\n').ShouldBe(body);
    }

    [Fact]
    public async Task A_recipient_the_server_refuses_for_good_is_marked_failed_at_once_without_the_address_in_the_error()
    {
        _smtp.RefuseRecipients = true;
        try
        {
            var id = await _app.EnqueueAsync(MailTestSupport.NewAddress("tuntematon"));
            var failed = await _app.WaitForMailAsync(id, m => m.Status == OutgoingMailStatus.Failed);

            failed.Attempts.ShouldBe(1);
            failed.LastError.ShouldBe("SmtpCommandException RecipientNotAccepted 550");
        }
        finally
        {
            _smtp.RefuseRecipients = false;
        }
    }

    public sealed class OnSqlite(SmtpMailSqliteApp app) : SmtpTransportTests(app), IClassFixture<SmtpMailSqliteApp>;

    public sealed class OnPostgres(SmtpMailPostgresApp app) : SmtpTransportTests(app), IClassFixture<SmtpMailPostgresApp>;
}

/// <summary>An application configured for SMTP, delivering to a <see cref="FakeSmtpServer"/> of its own.</summary>
public abstract class SmtpMailApp(PerhesiltaApp app) : CustomApp(app)
{
    public FakeSmtpServer Smtp { get; } = new();

    protected override void Configure(PerhesiltaApp app)
    {
        app.Settings["Mail:Transport"] = "smtp";
        app.Settings["Mail:Smtp:Host"] = "127.0.0.1";
        app.Settings["Mail:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Mail:Smtp:SecureSocketOptions"] = "None";
        app.Settings["Mail:PollInterval"] = "00:00:00.2";
    }
}

public sealed class SmtpMailSqliteApp() : SmtpMailApp(new SqliteApp());

public sealed class SmtpMailPostgresApp(PostgresCluster cluster) : SmtpMailApp(new PostgresApp(cluster));
