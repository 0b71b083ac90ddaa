using System.Net;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class InboxTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_sees_the_open_contacts_of_their_areas_and_nothing_else()
    {
        var mine = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [mine.Code]);
        var older = await DeskTestData.CreateContactAsync(app, mine.Id, change: c => c.InitiatedAt = DateTime.UtcNow.AddHours(-3));
        var newer = await DeskTestData.CreateContactAsync(app, mine.Id);
        var closed = await DeskTestData.CreateContactAsync(app, mine.Id, change: c => c.Status = ContactStatus.Closed);
        var elsewhere = await DeskTestData.CreateContactAsync(app, other.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var inbox = await browser.GetAsync("/desk");

        inbox.Status.ShouldBe(HttpStatusCode.OK);
        inbox.Text("h1").ShouldBe("Saapuneet yhteydenotot");
        inbox.Text("#inbox-count").ShouldBe("Avoimia yhteydenottoja: 2");
        var rows = inbox.Document.QuerySelectorAll("#contacts tbody tr").Select(r => r.GetAttribute("data-contact")).ToList();
        rows.ShouldBe([newer.ReferenceCode, older.ReferenceCode]);
        inbox.Body.ShouldNotContain(closed.ReferenceCode);
        inbox.Body.ShouldNotContain(elsewhere.ReferenceCode);
        inbox.Document.QuerySelector($"#contacts a[href='/desk/contacts/{newer.Id}']")!.TextContent.ShouldBe(newer.ReferenceCode);
    }

    [Fact]
    public async Task The_list_shows_what_a_guide_needs_to_choose_but_no_personal_details()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c =>
        {
            c.Kind = ContactKind.ChildWelfareNotification;
            c.Requester = RequesterRole.Professional;
            c.NeedsImmediateUrgencyAssessment = true;
            c.ProfessionalName = "Kalle Koulukuraattori";
            c.RespondBy = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2);
        });
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var inbox = await browser.GetAsync("/desk");

        var row = inbox.Document.QuerySelector($"#contacts tr[data-contact='{contact.ReferenceCode}']")!;
        var cells = row.QuerySelectorAll("td").Select(c => string.Join(" ", c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        cells[1].ShouldBe("Verkkolomake");
        cells[2].ShouldBe("Lastensuojeluilmoitus Kiireellisyys arvioitava heti");
        cells[3].ShouldBe("Oulu");
        cells[4].ShouldBe("7, 15");
        cells[5].ShouldNotBeEmpty();
        cells[6].ShouldBe("Pian");
        cells[7].ShouldBe("Vastaanotettu");
        cells[8].ShouldEndWith("Myöhässä");
        foreach (var personal in new[] { DeskTestData.ContactName, DeskTestData.Phone, DeskTestData.Email, "Huoli koulunkäynnistä", "Kalle Koulukuraattori" })
        {
            inbox.Body.ShouldNotContain(personal);
        }

        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_guide_of_a_single_municipality_sees_its_contacts()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        await DeskTestData.AddMunicipalityAsync(app, guide.Id, "072");
        var hailuoto = await DeskTestData.CreateContactAsync(app, area.Id, "072");
        var oulu = await DeskTestData.CreateContactAsync(app, area.Id, "564");
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var inbox = await browser.GetAsync("/desk");

        inbox.Body.ShouldContain(hailuoto.ReferenceCode);
        inbox.Body.ShouldNotContain(oulu.ReferenceCode);
    }

    [Fact]
    public async Task Sorting_by_the_respond_by_date_puts_the_earliest_first()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var later = await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.RespondBy = today.AddDays(5));
        var sooner = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.RespondBy, c.InitiatedAt) = (today.AddDays(1), DateTime.UtcNow.AddHours(-1)));
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var byArrival = await browser.GetAsync("/desk");
        var byRespondBy = await browser.GetAsync("/desk?sort=respond-by");

        Codes(byArrival).ShouldBe([later.ReferenceCode, sooner.ReferenceCode]);
        Codes(byRespondBy).ShouldBe([sooner.ReferenceCode, later.ReferenceCode]);
        byRespondBy.Text("caption").ShouldBe("Avoimet yhteydenotot vastauspäivän mukaan");
    }

    [Fact]
    public async Task The_inbox_is_paged_fifty_at_a_time()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var start = DateTime.UtcNow.AddDays(-1);
        for (var i = 0; i < 52; i++)
        {
            var arrived = start.AddMinutes(i);
            await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.InitiatedAt = arrived);
        }

        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var first = await browser.GetAsync("/desk");
        var second = await browser.GetAsync("/desk?pageNumber=2");

        Codes(first).Count.ShouldBe(50);
        first.Text("#inbox-count").ShouldBe("Avoimia yhteydenottoja: 52");
        first.Document.QuerySelector("a[rel='next']")!.GetAttribute("href").ShouldBe("/desk?pageNumber=2");
        Codes(second).Count.ShouldBe(2);
        second.Text("#inbox nav li:nth-child(2)").ShouldBe("Sivu 2/2");
        Codes(first).Intersect(Codes(second)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_manager_sees_the_inbox_of_their_areas_and_a_professional_is_refused()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]);
        var professional = await app.CreateStaffAsync(StaffRoles.Professional, [area.Code]);
        var administrator = await app.CreateStaffAsync(StaffRoles.Administrator);

        using (var browser = await StaffTestData.SignedInAsync(app, manager))
        {
            (await browser.GetAsync("/desk")).Body.ShouldContain(contact.ReferenceCode);
        }

        foreach (var refused in new[] { professional, administrator })
        {
            using var browser = await StaffTestData.SignedInAsync(app, refused);
            (await browser.GetAsync("/desk")).ShouldBeForbidden("/desk");
        }

        using var anonymous = app.NewBrowser();
        (await anonymous.GetAsync("/desk")).ShouldAskToSignIn("/desk");
    }

    [Fact]
    public async Task The_inbox_names_things_in_the_readers_language_and_loads_its_refresh_script_from_a_file()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        await browser.GetAsync("/language/sv?returnUrl=/desk");

        var inbox = await browser.GetAsync("/desk");

        inbox.Text("h1").ShouldBe("Inkomna kontakter");
        inbox.Text($"tr[data-contact='{contact.ReferenceCode}'] td:nth-of-type(2)").ShouldBe("Webbformulär");
        inbox.Document.QuerySelectorAll("script:not([src])").ShouldBeEmpty();
        var script = inbox.Document.QuerySelector("script[src^='/js/desk-inbox.js']")!;
        var served = await browser.GetAsync(script.GetAttribute("src")!);
        served.Status.ShouldBe(HttpStatusCode.OK);
        served.Response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
    }

    private static List<string?> Codes(Page page) =>
        page.Document.QuerySelectorAll("#contacts tbody tr").Select(r => r.GetAttribute("data-contact")).ToList();

    public sealed class OnSqlite(SqliteApp app) : InboxTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : InboxTests(app), IClassFixture<PostgresApp>;
}
