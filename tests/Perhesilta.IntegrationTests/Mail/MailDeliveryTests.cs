using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Mail;
using Shouldly;

namespace Perhesilta.IntegrationTests.Mail;

/// <summary>The embedded default: a queued message is written into the mail folder as a standard .eml file.</summary>
public abstract class MailDeliveryTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_queued_message_is_written_to_the_mail_folder_as_UTF8_plain_text()
    {
        var to = MailTestSupport.NewAddress("äiti");
        const string subject = "Yhteydenottosi on vastaanotettu – Åbo, Pietarsaari ja Ylöjärvi";
        const string body = "Hei!\n\nPalveluohjaaja ottaa sinuun yhteyttä viimeistään seitsemäntenä arkipäivänä.\nVi kontaktar dig på svenska om du så önskar: Jakobstad, Närpes.\n\nPerhesilta";

        var id = await app.EnqueueAsync(to, subject, body, "help-request-confirmation");
        var sent = await app.WaitForMailAsync(id, m => m.Status == OutgoingMailStatus.Sent);

        sent.Attempts.ShouldBe(1);
        sent.SentAt.ShouldNotBeNull();
        sent.LockedBy.ShouldBeNull();
        var file = Directory.GetFiles(app.MailFolder, $"*{id:N}.eml").ShouldHaveSingleItem();
        using var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        message.Subject.ShouldBe(subject);
        message.To.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe(to);
        message.From.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe("Perhesilta");
        message.MessageId.ShouldBe($"{id:N}@perhesilta.example");
        var part = message.BodyParts.OfType<TextPart>().ShouldHaveSingleItem();
        part.IsPlain.ShouldBeTrue();
        part.ContentType.Charset.ShouldBe("utf-8");
        part.Text.ReplaceLineEndings("\n").TrimEnd('\n').ShouldBe(body);
    }

    [Fact]
    public async Task A_message_that_is_not_saved_is_not_sent()
    {
        Guid id = Guid.Empty;
        await app.WithServicesAsync(services =>
        {
            var db = services.GetRequiredService<Perhesilta.Platform.Data.PerhesiltaDbContext>();
            id = services.GetRequiredService<MailOutbox>().Enqueue(db, MailTestSupport.NewAddress(), "Ei tallennettu", "Tätä ei lähetetä.", "test-message").Id;

            // The caller's unit of work is abandoned (e.g. its validation failed): nothing is saved, nothing goes out.
            return Task.CompletedTask;
        });

        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        (await app.MailAsync(id)).ShouldBeNull();
        (Directory.Exists(app.MailFolder) ? Directory.GetFiles(app.MailFolder, $"*{id:N}.eml") : []).ShouldBeEmpty();
    }

    public sealed class OnSqlite(SqliteApp app) : MailDeliveryTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : MailDeliveryTests(app), IClassFixture<PostgresApp>;
}
