using System.Net;
using AngleSharp.Dom;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class ContactRecordTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_claims_a_contact_and_it_becomes_theirs()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);

        var claimed = await desk.Browser.SubmitAsync(await desk.Browser.GetAsync(desk.Url), "#claim-form");

        claimed.Location.ShouldBe(desk.Url);
        var page = await desk.Browser.GetAsync(desk.Url);
        page.Text("#notice").ShouldBe("Yhteydenotto on nyt käsittelyssäsi.");
        page.Text("#assigned-to").ShouldStartWith("Greta Guide (");
        page.Document.QuerySelector("#claim-form").ShouldBeNull();
        var saved = await DeskTestData.FindAsync(app, desk.Contact.Id);
        (saved.AssignedToUserId, saved.Status, saved.UpdatedByUserId).ShouldBe((desk.Guide.Id, ContactStatus.InProgress, desk.Guide.Id));
        saved.AssignedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task When_two_guides_claim_at_the_same_moment_one_gets_it_and_the_other_is_told_who()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app, "Greta Guide");
        var rival = await RecordTestData.NamedStaffAsync(app, StaffRoles.ServiceGuide, "Rauno Rivaali", desk.Area.Code);
        using var rivalBrowser = await StaffTestData.SignedInAsync(app, rival);

        // Several rounds, so that both paths of the race are taken: the loser reads the winner's version, or both read
        // the same version and the loser's update matches no row.
        for (var round = 0; round < 4; round++)
        {
            var contact = round == 0 ? desk.Contact : await DeskTestData.CreateContactAsync(app, desk.Area.Id);
            var url = $"/desk/contacts/{contact.Id}";
            var pages = await Task.WhenAll(desk.Browser.GetAsync(url), rivalBrowser.GetAsync(url));

            var answers = await Task.WhenAll(desk.Browser.SubmitAsync(pages[0], "#claim-form"), rivalBrowser.SubmitAsync(pages[1], "#claim-form"));

            answers.Count(a => a.Location == url).ShouldBe(1);
            var saved = await DeskTestData.FindAsync(app, contact.Id);
            var (winner, loserPage) = answers[0].Location == url ? ("Greta Guide", answers[1]) : ("Rauno Rivaali", answers[0]);
            saved.AssignedToUserId.ShouldBe(winner == "Greta Guide" ? desk.Guide.Id : rival.Id);
            loserPage.Status.ShouldBe(HttpStatusCode.OK);
            loserPage.Text("#change-error").ShouldBe($"Yhteydenoton otti jo {winner}. Mitään ei muutettu.");
            loserPage.Text("#assigned-to").ShouldStartWith(winner);
            (await DeskTestData.LogOfAsync(app, contact.Id)).Count(e => e.Action == AccessAction.Change).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Claiming_twice_from_the_same_page_says_the_contact_is_already_yours()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);
        var page = await desk.Browser.GetAsync(desk.Url);
        (await desk.Browser.SubmitAsync(page, "#claim-form")).Location.ShouldBe(desk.Url);
        var claimed = await DeskTestData.FindAsync(app, desk.Contact.Id);

        var again = await desk.Browser.SubmitAsync(page, "#claim-form");

        again.Text("#change-error").ShouldBe("Yhteydenotto on jo sinulla. Mitään ei muutettu.");
        (await DeskTestData.FindAsync(app, desk.Contact.Id)).Version.ShouldBe(claimed.Version);
    }

    [Fact]
    public async Task A_guide_assigns_the_contact_to_a_colleague_chosen_from_the_guides_of_the_area()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);
        var colleague = await RecordTestData.NamedStaffAsync(app, StaffRoles.ServiceGuide, "Kalle Kollega", desk.Area.Code);
        var outsider = await RecordTestData.NamedStaffAsync(app, StaffRoles.ServiceGuide, "Olli Ulkopuolinen", (await StaffTestData.CreateAreaAsync(app)).Code);
        var byMunicipality = await RecordTestData.NamedStaffAsync(app, StaffRoles.ServiceGuide, "Maija Kunnasta");
        await DeskTestData.AddMunicipalityAsync(app, byMunicipality.Id, desk.Contact.MunicipalityCode);
        var page = await desk.Browser.GetAsync(desk.Url);
        var choices = page.Document.QuerySelectorAll("#assignee option").Select(o => o.GetAttribute("value")).ToList();
        choices.ShouldContain(colleague.Id);
        choices.ShouldContain(byMunicipality.Id);
        choices.ShouldNotContain(outsider.Id);

        var assigned = await desk.Browser.SubmitAsync(page, "#assign-form", new Dictionary<string, string> { ["assignee"] = colleague.Id });

        assigned.Location.ShouldBe(desk.Url);
        (await desk.Browser.GetAsync(desk.Url)).Text("#assigned-to").ShouldStartWith("Kalle Kollega");
        var saved = await DeskTestData.FindAsync(app, desk.Contact.Id);
        (saved.AssignedToUserId, saved.Status).ShouldBe((colleague.Id, ContactStatus.InProgress));
    }

    [Fact]
    public async Task Assigning_to_a_guide_who_does_not_serve_the_area_is_refused_and_nothing_is_saved()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);
        var outsider = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [(await StaffTestData.CreateAreaAsync(app)).Code]);

        var page = await RecordTestData.PostHandlerAsync(desk.Browser, desk.Url, "Assign", ("version", desk.Contact.Version.ToString()), ("assignee", outsider.Id));

        page.Status.ShouldBe(HttpStatusCode.OK);
        const string message = "Valittu ohjaaja ei palvele tämän yhteydenoton aluetta eikä kuntaa. Mitään ei tallennettu.";
        page.Text("#change-error").ShouldBe(message);
        page.Text("#assignee-error").ShouldBe(message);
        var after = await DeskTestData.FindAsync(app, desk.Contact.Id);
        (after.AssignedToUserId, after.Version).ShouldBe((null, desk.Contact.Version));
    }

    [Theory]
    [InlineData(StaffRoles.Professional, true)]
    [InlineData(StaffRoles.Manager, true)]
    [InlineData(StaffRoles.ServiceGuide, false)]
    public async Task Assigning_to_someone_who_is_not_an_active_service_guide_is_refused(string role, bool active)
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);
        var person = await app.CreateStaffAsync(role, [desk.Area.Code]);
        await StaffTestData.ChangeUserAsync(app, person.Id, u => u.IsActive = active);
        (await desk.Browser.GetAsync(desk.Url)).Document.QuerySelectorAll("#assignee option").Select(o => o.GetAttribute("value")).ShouldNotContain(person.Id);

        var page = await RecordTestData.PostHandlerAsync(desk.Browser, desk.Url, "Assign", ("version", desk.Contact.Version.ToString()), ("assignee", person.Id));

        page.Text("#assignee-error").ShouldBe("Valittu henkilö ei ole aktiivinen palveluohjaaja, joten yhteydenottoa ei voi siirtää hänelle. Mitään ei tallennettu.");
        (await DeskTestData.FindAsync(app, desk.Contact.Id)).Version.ShouldBe(desk.Contact.Version);
    }

    [Fact]
    public async Task Assigning_without_choosing_a_guide_asks_for_one()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);

        var page = await desk.Browser.SubmitAsync(await desk.Browser.GetAsync(desk.Url), "#assign-form");

        page.Text("#assignee-error").ShouldBe("Valitse ohjaaja, jolle yhteydenotto siirretään.");
        (await DeskTestData.FindAsync(app, desk.Contact.Id)).Version.ShouldBe(desk.Contact.Version);
    }

    [Fact]
    public async Task A_guide_releases_a_contact_back_to_the_queue()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);
        await desk.Browser.SubmitAsync(await desk.Browser.GetAsync(desk.Url), "#claim-form");

        var released = await desk.Browser.SubmitAsync(await desk.Browser.GetAsync(desk.Url), "#release-form");

        released.Location.ShouldBe(desk.Url);
        var page = await desk.Browser.GetAsync(desk.Url);
        page.Text("#notice").ShouldBe("Yhteydenotto palautettiin jonoon ilman vastuuohjaajaa.");
        page.Text("#assigned-to").ShouldBe("Ei vielä kenelläkään");
        var saved = await DeskTestData.FindAsync(app, desk.Contact.Id);
        (saved.AssignedToUserId, saved.AssignedAt, saved.Status).ShouldBe((null, null, ContactStatus.InProgress));
    }

    [Fact]
    public async Task A_guide_marks_what_the_contact_is_waiting_for_and_clears_it()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);

        var set = await desk.Browser.SubmitAsync(await desk.Browser.GetAsync(desk.Url), "#waiting-form", new Dictionary<string, string> { ["waitingFor"] = "  koulun vastausta " });

        set.Location.ShouldBe(desk.Url);
        var page = await desk.Browser.GetAsync(desk.Url);
        page.Text("#waiting-for-now").ShouldStartWith("koulun vastausta (");
        var waiting = await DeskTestData.FindAsync(app, desk.Contact.Id);
        waiting.WaitingFor.ShouldBe("koulun vastausta");
        waiting.WaitingSince.ShouldNotBeNull();

        (await desk.Browser.SubmitAsync(page, "#clear-waiting-form")).Location.ShouldBe(desk.Url);

        (await desk.Browser.GetAsync(desk.Url)).Document.QuerySelector("#waiting-for-now").ShouldBeNull();
        var cleared = await DeskTestData.FindAsync(app, desk.Contact.Id);
        (cleared.WaitingFor, cleared.WaitingSince).ShouldBe((null, null));
    }

    [Theory]
    [InlineData("   ", "Kirjoita, mitä yhteydenotto odottaa.")]
    [InlineData("pitkä", "Odotuksen kuvaus voi olla enintään 200 merkkiä pitkä.")]
    public async Task A_bad_waiting_for_is_refused_and_nothing_is_saved(string typed, string message)
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);
        var text = typed == "pitkä" ? new string('o', 201) : typed;

        var page = await desk.Browser.SubmitAsync(await desk.Browser.GetAsync(desk.Url), "#waiting-form", new Dictionary<string, string> { ["waitingFor"] = text });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#waiting-for-error").ShouldBe(message);
        page.Document.QuerySelector("#waiting-for")!.GetAttribute("aria-invalid").ShouldBe("true");
        (await DeskTestData.FindAsync(app, desk.Contact.Id)).Version.ShouldBe(desk.Contact.Version);
    }

    [Fact]
    public async Task A_stale_edit_names_who_changed_the_contact_shows_their_change_and_keeps_what_was_typed()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);
        var stalePage = await desk.Browser.GetAsync(desk.Url);
        var colleague = await RecordTestData.NamedStaffAsync(app, StaffRoles.ServiceGuide, "Kaija Kollega", desk.Area.Code);
        using (var other = await StaffTestData.SignedInAsync(app, colleague))
        {
            await other.SubmitAsync(await other.GetAsync(desk.Url), "#waiting-form", new Dictionary<string, string> { ["waitingFor"] = "perheen soittoa" });
        }

        var changed = await DeskTestData.FindAsync(app, desk.Contact.Id);
        var page = await desk.Browser.SubmitAsync(stalePage, "#waiting-form", new Dictionary<string, string> { ["waitingFor"] = "koulun vastausta" });

        page.Status.ShouldBe(HttpStatusCode.OK);
        var at = Perhesilta.Platform.Localization.HelsinkiTime.ToLocal(changed.UpdatedAt).ToString("g", new System.Globalization.CultureInfo("fi-FI"));
        page.Text("#change-error").ShouldBe($"Kaija Kollega muutti tätä yhteydenottoa sillä välin ({at}). Mitään ei tallennettu. Alla on tilanne nyt; tarkista se ja tee muutos tarvittaessa uudelleen.");
        page.Text("#waiting-for-now").ShouldStartWith("perheen soittoa (");
        page.Document.QuerySelector("#waiting-for")!.GetAttribute("value").ShouldBe("koulun vastausta");
        page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#waiting-form input[name='version']")!.Value.ShouldBe(changed.Version.ToString());
        var after = await DeskTestData.FindAsync(app, desk.Contact.Id);
        (after.WaitingFor, after.Version, after.UpdatedByUserId).ShouldBe(("perheen soittoa", changed.Version, colleague.Id));
    }

    [Fact]
    public async Task The_page_offers_its_keyboard_shortcuts_on_real_links_and_buttons()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);

        var page = await desk.Browser.GetAsync(desk.Url);

        page.Document.QuerySelector("[data-shortcut='c']")!.Closest("form")!.Id.ShouldBe("claim-form");
        page.Document.QuerySelector("[data-shortcut='m']")!.GetAttribute("href").ShouldBe($"{desk.Url}/mapping");
        page.Document.QuerySelector("[data-shortcut='a']")!.GetAttribute("href").ShouldBe($"{desk.Url}/actions/new");
        page.Document.QuerySelector("#shortcuts")!.HasAttribute("hidden").ShouldBeTrue();
    }

    public sealed class OnSqlite(SqliteApp app) : ContactRecordTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ContactRecordTests(app), IClassFixture<PostgresApp>;
}
