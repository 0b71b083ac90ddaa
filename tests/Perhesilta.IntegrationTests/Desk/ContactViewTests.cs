using System.Net;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class ContactViewTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_of_the_area_sees_everything_the_asker_gave_and_the_view_is_logged()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c =>
        {
            c.SourceSite = "www.kunta.example";
            c.InterpreterNeeded = true;
            c.InterpreterLanguage = "arabia";
            c.ConsentToContactProfessionals = true;
        });
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("h1").ShouldBe($"Yhteydenotto {contact.ReferenceCode}");
        page.Document.QuerySelector("#description")!.TextContent.ShouldBe(DeskTestData.Description);
        page.Body.ShouldContain("&lt;script&gt;");
        page.Document.QuerySelectorAll("main script").ShouldBeEmpty();
        page.Text("#contact-name").ShouldBe(DeskTestData.ContactName);
        page.Text("#contact-phone").ShouldBe(DeskTestData.Phone);
        page.Text("#contact-email").ShouldBe(DeskTestData.Email);
        page.Text("#contact-method").ShouldBe("Soitto");
        page.Text("#callback").ShouldContain("klo 9.00–11.30");
        page.Text("#interpreter").ShouldBe("Kyllä, kieli: arabia");
        page.Text("#language").ShouldBe("suomi (fi)");
        page.Text("#consent-professionals").ShouldBe("Kyllä");
        page.Text("#source-site").ShouldBe("www.kunta.example");
        page.Text("#municipality").ShouldBe($"Oulu ({area.NameFi})");
        page.Text("#children").ShouldBe("7, 15");
        page.Text("#status").ShouldBe("Vastaanotettu");
        page.Text("#respond-by").ShouldBe(contact.RespondBy.ToString("d", new System.Globalization.CultureInfo("fi-FI")));
        page.Text("#initiated-at").ShouldNotBeEmpty();
        var entry = (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldHaveSingleItem();
        (entry.ActorUserId, entry.Action, entry.Purpose).ShouldBe((guide.Id, AccessAction.View, AccessPurposes.ClientWork));
    }

    [Fact]
    public async Task A_professionals_notification_shows_the_professional_the_flag_and_the_routed_unit()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var recorder = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c =>
        {
            c.Kind = ContactKind.ChildWelfareNotification;
            c.Requester = RequesterRole.Professional;
            c.Channel = ContactChannel.Phone;
            c.RecordedByUserId = recorder.Id;
            c.NeedsImmediateUrgencyAssessment = true;
            c.RoutedToUnit = "Lastensuojelun alkuarviotiimi (testi)";
            c.ProfessionalName = "Kalle Koulukuraattori";
            c.ProfessionalOrganisation = "Testikoulu";
            c.ProfessionalRole = "kuraattori";
            c.ProfessionalPhone = "040 000 0002";
            c.ProfessionalEmail = "kalle@test.perhesilta.example";
        });
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}");

        page.Text("#immediate-assessment h2").ShouldBe("Kiireellisyys arvioitava heti");
        page.Text("#routed-unit").ShouldBe("Lastensuojelun alkuarviotiimi (testi)");
        page.Text("#kind").ShouldBe("Lastensuojeluilmoitus");
        page.Text("#channel").ShouldBe("Puhelin");
        page.Text("#recorded-by").ShouldBe("Testi ServiceGuide");
        page.Text("#professional").ShouldContain("Kalle Koulukuraattori");
        page.Text("#professional").ShouldContain("Testikoulu");
        page.Text("#professional").ShouldContain("kalle@test.perhesilta.example");
    }

    [Fact]
    public async Task A_consented_contact_shows_who_consented_and_how()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c =>
        {
            c.Kind = ContactKind.ConsentedAssessmentRequest;
            c.Requester = RequesterRole.Professional;
            c.ProfessionalName = "Terhi Terveydenhoitaja";
            c.ConsentGivenBy = "äiti";
            c.ConsentMethod = ConsentMethod.Verbal;
            c.ConsentGivenAt = DateTime.UtcNow.AddHours(-1);
        });
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}");

        page.Text("#consent").ShouldContain("äiti");
        page.Text("#consent").ShouldContain("Suullisesti");
    }

    [Fact]
    public async Task Guides_of_other_areas_and_professionals_get_403_and_nothing_is_logged()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        var refused = new[]
        {
            await app.CreateStaffAsync(StaffRoles.ServiceGuide, [other.Code]),
            await app.CreateStaffAsync(StaffRoles.Professional, [area.Code]),
        };

        foreach (var staff in refused)
        {
            using var browser = await StaffTestData.SignedInAsync(app, staff);
            var url = $"/desk/contacts/{contact.Id}";
            var page = await browser.GetAsync(url);
            page.ShouldBeForbidden(url);
            page.Body.ShouldNotContain(DeskTestData.ContactName);
        }

        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_contact_is_not_found()
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        (await browser.GetAsync($"/desk/contacts/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_contact_view_is_in_the_readers_language()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        await browser.GetAsync("/language/en?returnUrl=/desk");

        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}");

        page.Text("h1").ShouldBe($"Contact {contact.ReferenceCode}");
        page.Text("#status").ShouldBe("Received");
        page.Text("#contact-method").ShouldBe("Call-back");
    }

    public sealed class OnSqlite(SqliteApp app) : ContactViewTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ContactViewTests(app), IClassFixture<PostgresApp>;
}
