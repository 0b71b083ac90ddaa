using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Mail;
using Shouldly;

namespace Perhesilta.IntegrationTests.Mail;

/// <summary>The administrators' sent-mail pages: the masked list, a logged view of one message, and sending a failed one again.</summary>
public abstract class SentMailPageTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_list_shows_the_newest_messages_first_with_recipients_masked()
    {
        var to = $"maija.{Guid.NewGuid():N}@test.perhesilta.example";
        var older = await app.EnqueueAsync(MailTestSupport.NewAddress(), purpose: "older-message");
        var id = await app.EnqueueAsync(to, purpose: "help-request-confirmation");
        await app.WaitForMailAsync(id, m => m.Status == OutgoingMailStatus.Sent);
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(admin);

        var page = await browser.GetAsync("/admin/sent-mail");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Body.ShouldNotContain(to);
        var row = page.Document.QuerySelector($"tr[data-id='{id}']").ShouldNotBeNull();
        row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ShouldBe(["help-request-confirmation", "m***@test.perhesilta.example", "Lähetetty", "1"]);
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/admin/sent-mail/{id}");
        var order = page.Document.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-id")).ToList();
        order.IndexOf(id.ToString()).ShouldBeLessThan(order.IndexOf(older.ToString()));
        page.Document.QuerySelector("nav a[href='/admin/sent-mail']").ShouldNotBeNull();
        (await app.WithDbAsync(db => db.Set<AccessLogEntry>().AnyAsync(e => e.ActorUserId == admin.Id))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_list_can_be_narrowed_to_failed_messages_and_an_unknown_status_is_refused()
    {
        var failed = await InsertFailedAsync();
        var sent = await app.EnqueueAsync(MailTestSupport.NewAddress());
        await app.WaitForMailAsync(sent, m => m.Status == OutgoingMailStatus.Sent);
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(admin);

        var page = await browser.GetAsync("/admin/sent-mail?status=Failed");

        page.Document.QuerySelector($"tr[data-id='{failed}']").ShouldNotBeNull();
        page.Document.QuerySelector($"tr[data-id='{sent}']").ShouldBeNull();
        page.Document.QuerySelector("#status option[selected]")!.GetAttribute("value").ShouldBe("Failed");

        var wrong = await browser.GetAsync("/admin/sent-mail?status=Lost");
        wrong.Status.ShouldBe(HttpStatusCode.OK);
        wrong.Text("#status-error").ShouldBe("Tilaa ei ole. Valitse tila listasta.");
        wrong.Document.QuerySelector("#error-summary a[href='#status']").ShouldNotBeNull();
        wrong.Document.QuerySelectorAll("tbody tr").ShouldBeEmpty();
    }

    [Fact]
    public async Task Opening_a_message_shows_all_of_it_and_is_written_to_the_access_log()
    {
        var to = MailTestSupport.NewAddress("maija");
        var id = await app.EnqueueAsync(to, "Yhteydenottosi on vastaanotettu", "Hei Maija!\n\nPalaamme asiaan pian.", "help-request-confirmation");
        await app.WaitForMailAsync(id, m => m.Status == OutgoingMailStatus.Sent);
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(admin);

        var page = await browser.GetAsync($"/admin/sent-mail/{id}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#message-to").ShouldBe(to);
        page.Text("#message-subject").ShouldBe("Yhteydenottosi on vastaanotettu");
        page.Document.QuerySelector("#message-body")!.TextContent.ShouldBe("Hei Maija!\n\nPalaamme asiaan pian.");
        page.Text("#message-status").ShouldBe("Lähetetty");
        page.Document.QuerySelector("#resend-form").ShouldBeNull();
        var entries = await app.WithDbAsync(db => db.Set<AccessLogEntry>().Where(e => e.ActorUserId == admin.Id).ToListAsync());
        entries.Select(e => (e.Action, e.RecordType, e.RecordId, e.Purpose)).ShouldBe([(AccessAction.View, "OutgoingMail", id.ToString(), AccessPurposes.Administration)]);

        (await browser.GetAsync($"/admin/sent-mail/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_administrators_see_the_sent_mail()
    {
        var id = await app.EnqueueAsync(MailTestSupport.NewAddress());
        foreach (var role in new[] { StaffRoles.ServiceGuide, StaffRoles.Manager, StaffRoles.Professional })
        {
            var staff = await app.CreateStaffAsync(role, role == StaffRoles.Manager ? null : ["oulu"]);
            using var browser = app.NewBrowser();
            await browser.SignInAsync(staff);
            foreach (var url in new[] { "/admin/sent-mail", $"/admin/sent-mail/{id}" })
            {
                (await browser.GetAsync(url)).ShouldBeForbidden(url);
            }

            (await browser.GetAsync("/staff")).Document.QuerySelector("nav a[href='/admin/sent-mail']").ShouldBeNull();
        }

        using var anonymous = app.NewBrowser();
        (await anonymous.GetAsync($"/admin/sent-mail/{id}")).ShouldAskToSignIn("/admin/sent-mail");
    }

    [Fact]
    public async Task A_failed_message_can_be_sent_again_and_then_goes_out()
    {
        var id = await InsertFailedAsync();
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(admin);
        var page = await browser.GetAsync($"/admin/sent-mail/{id}");
        page.Text("#message-status").ShouldBe("Epäonnistui");
        page.Text("#message-error").ShouldBe("SocketException ConnectionRefused");

        var after = await browser.SubmitAsync(page, "#resend-form");

        after.Location.ShouldBe($"/admin/sent-mail/{id}?resent=True");
        var shown = await browser.GetAsync(after.Location!);
        shown.Text("#notice").ShouldBe("Viesti on palautettu lähetysjonoon ja lähetetään hetken kuluttua.");
        var sent = await app.WaitForMailAsync(id, m => m.Status == OutgoingMailStatus.Sent);
        sent.Attempts.ShouldBe(1);
        Directory.GetFiles(app.MailFolder, $"*{id:N}.eml").ShouldHaveSingleItem();
        var changes = await app.WithDbAsync(db => db.Set<AccessLogEntry>().Where(e => e.ActorUserId == admin.Id && e.Action == AccessAction.Change).ToListAsync());
        changes.ShouldHaveSingleItem().RecordId.ShouldBe(id.ToString());

        // Sent now: sending it again is refused, so nothing goes out twice.
        var again = await browser.PostAsync($"/admin/sent-mail/{id}?handler=Resend", [new("__RequestVerificationToken", await StaffTestData.AntiforgeryTokenAsync(browser))]);
        again.Status.ShouldBe(HttpStatusCode.OK);
        again.Text("#notice").ShouldBe("Vain epäonnistuneen viestin voi lähettää uudelleen.");
        (await app.MailAsync(id))!.Status.ShouldBe(OutgoingMailStatus.Sent);
    }

    private async Task<Guid> InsertFailedAsync()
    {
        var id = Guid.Empty;
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            var mail = services.GetRequiredService<MailOutbox>().Enqueue(db, MailTestSupport.NewAddress(), "Ajanvaraus", "Hei!", "test-message");
            mail.Status = OutgoingMailStatus.Failed;
            mail.Attempts = 8;
            mail.LastError = "SocketException ConnectionRefused";
            id = mail.Id;
            await db.SaveChangesAsync();
        });
        return id;
    }

    public sealed class OnSqlite(SqliteApp app) : SentMailPageTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SentMailPageTests(app), IClassFixture<PostgresApp>;
}
