using System.Net;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.Desk.QueueTestData;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class QueueViewTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Each_view_shows_its_own_contacts()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var colleague = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var now = DateTime.UtcNow;
        var fresh = await DeskTestData.CreateContactAsync(app, area.Id);
        var colleagues = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Status, c.AssignedToUserId) = (ContactStatus.InProgress, colleague.Id));
        var mine = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Status, c.AssignedToUserId) = (ContactStatus.InProgress, guide.Id));
        var waiting = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Status, c.AssignedToUserId, c.WaitingFor, c.WaitingSince) = (ContactStatus.InProgress, guide.Id, "Koulun vastaus", now));
        var callBack = await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.CallbackDate = Today.AddDays(-1));
        var reached = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.CallbackDate, c.Status, c.FirstReachedAt) = (Today, ContactStatus.Contacted, now));
        var byEmail = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.ContactMethod, c.CallbackDate) = (PreferredContactMethod.Email, Today));
        var closedRecently = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Status, c.ClosedAt) = (ContactStatus.Closed, now.AddDays(-2)));
        var closedLongAgo = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Status, c.ClosedAt) = (ContactStatus.Closed, now.AddDays(-30)));
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var all = await browser.GetAsync("/desk");

        all.Status.ShouldBe(HttpStatusCode.OK);
        all.Text("h1").ShouldBe("Saapuneet yhteydenotot");
        all.Text("nav ul.tabs a[aria-current='page']").ShouldBe("Kaikki avoimet");
        Codes(all).ShouldBe([fresh.ReferenceCode, colleagues.ReferenceCode, mine.ReferenceCode, waiting.ReferenceCode, callBack.ReferenceCode, reached.ReferenceCode, byEmail.ReferenceCode], ignoreOrder: true);
        all.Text("#queue-count").ShouldBe("Yhteydenottoja: 7");
        Codes(await browser.GetAsync("/desk?view=new")).ShouldBe([fresh.ReferenceCode, callBack.ReferenceCode, byEmail.ReferenceCode], ignoreOrder: true);
        var callbacks = await browser.GetAsync("/desk?view=callbacks");
        Codes(callbacks).ShouldBe([callBack.ReferenceCode]);
        callbacks.Text("nav ul.tabs a[aria-current='page']").ShouldBe("Soittopyynnöt");
        Cells(callbacks, callBack.ReferenceCode)[9].ShouldBe($"{Today.AddDays(-1):d.M.yyyy} klo 9.00–11.30 Aika ohi");
        Codes(await browser.GetAsync("/desk?view=mine")).ShouldBe([mine.ReferenceCode, waiting.ReferenceCode], ignoreOrder: true);
        var waitingView = await browser.GetAsync("/desk?view=waiting");
        Codes(waitingView).ShouldBe([waiting.ReferenceCode]);
        Cells(waitingView, waiting.ReferenceCode)[7].ShouldBe("Käsittelyssä Odottaa");
        waitingView.Body.ShouldNotContain("Koulun vastaus");
        var closed = await browser.GetAsync("/desk?view=closed");
        Codes(closed).ShouldBe([closedRecently.ReferenceCode]);
        closed.Body.ShouldNotContain(closedLongAgo.ReferenceCode);
        Cells(all, colleagues.ReferenceCode)[8].ShouldBe("Testi ServiceGuide");
        Cells(all, fresh.ReferenceCode)[8].ShouldBe("Ei käsittelijää");
        Cells(all, reached.ReferenceCode)[9].ShouldBe("Yhteys saatu");
    }

    [Fact]
    public async Task Each_view_says_clearly_when_it_is_empty()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var expected = new Dictionary<string, string>
        {
            ["/desk"] = "Alueillasi ei ole avoimia yhteydenottoja.",
            ["/desk?view=new"] = "Uusia yhteydenottoja ei ole: kaikilla saapuneilla on käsittelijä.",
            ["/desk?view=callbacks"] = "Tänään tai aiemmin pyydettyjä soittoja ei ole hoitamatta.",
            ["/desk?view=mine"] = "Sinulla ei ole avoimia yhteydenottoja. Ota uusi käsittelyyn Uudet-näkymästä.",
            ["/desk?view=waiting"] = "Mikään yhteydenotto ei odota mitään.",
            ["/desk?view=closed"] = "Viime päivinä ei ole suljettu yhteydenottoja.",
            ["/desk?view=new&channel=Phone"] = "Näillä rajauksilla ei löytynyt yhteydenottoja. Poista rajauksia nähdäksesi enemmän.",
        };
        foreach (var (url, text) in expected)
        {
            var page = await browser.GetAsync(url);
            page.Text("#queue-empty").ShouldBe(text, url);
            page.Document.QuerySelector("#contacts").ShouldBeNull(url);
            page.Document.QuerySelector("#queue-next").ShouldBeNull(url);
        }
    }

    [Fact]
    public async Task The_row_shows_the_guides_topics_and_childrens_ages_once_the_situation_is_mapped()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var topics = await TopicsAsync(app);
        var mapped = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.AssessedUrgency, c.NeedsImmediateUrgencyAssessment) = (FeltUrgency.Urgent, true));
        var unmapped = await DeskTestData.CreateContactAsync(app, area.Id);
        await MapSituationAsync(app, mapped.Id, guide.Id, [topics[2].Code], [3, 16]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var queue = await browser.GetAsync("/desk");

        var mappedCells = Cells(queue, mapped.ReferenceCode);
        mappedCells[4].ShouldBe("3, 16");
        mappedCells[5].ShouldBe(topics[2].NameFi);
        mappedCells[6].ShouldBe("Kiireellinen (arvioitu) Kiireellisyys arvioitava heti");
        var unmappedCells = Cells(queue, unmapped.ReferenceCode);
        unmappedCells[1].ShouldBe("Verkkolomake");
        unmappedCells[2].ShouldBe("Perheen yhteydenotto");
        unmappedCells[3].ShouldBe("Oulu");
        unmappedCells[4].ShouldBe("7, 15");
        unmappedCells[5].ShouldBe($"{topics[0].NameFi}, {topics[1].NameFi}");
        unmappedCells[6].ShouldBe("Pian");
        unmappedCells[7].ShouldBe("Vastaanotettu");
    }

    [Fact]
    public async Task The_queue_names_things_in_the_readers_language_and_loads_its_script_from_a_file()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        await browser.GetAsync("/language/sv?returnUrl=/desk");

        var queue = await browser.GetAsync("/desk");

        queue.Text("h1").ShouldBe("Inkomna kontakter");
        Cells(queue, contact.ReferenceCode)[1].ShouldBe("Webbformulär");
        queue.Text("details.shortcuts summary").ShouldBe("Kortkommandon");
        queue.Document.QuerySelector("#queue-announcer")!.GetAttribute("aria-live").ShouldBe("polite");
        queue.Document.QuerySelectorAll("script:not([src])").ShouldBeEmpty();
        var script = queue.Document.QuerySelector("script[src^='/js/desk-queue.js']")!;
        var served = await browser.GetAsync(script.GetAttribute("src")!);
        served.Status.ShouldBe(HttpStatusCode.OK);
        served.Response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
    }

    public sealed class OnSqlite(SqliteApp app) : QueueViewTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : QueueViewTests(app), IClassFixture<PostgresApp>;
}
