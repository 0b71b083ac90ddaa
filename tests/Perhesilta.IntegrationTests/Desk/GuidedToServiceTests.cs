using System.Net;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.ServiceDirectory;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

/// <summary>The guide's suggested services on a contact and the one-step "guided to this service".</summary>
public abstract class GuidedToServiceTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_sees_a_suggested_service_with_its_reasons_and_records_in_one_step_that_the_family_was_guided_to_it()
    {
        var word = FinderTestData.UniqueWord();
        using var setup = await WorkTestData.GuideWithContactAsync(app, c =>
        {
            c.MunicipalityCode = "564";
            c.Description = $"Lapsi haluaisi harrastaa, kysyisin {word} -ryhmästä.";
        });
        var service = await FinderTestData.CreateServiceAsync(app, "Perheiden " + word, $"Ryhmä: {word}", ["564"], ["leisure-services"], 0, 17);

        var page = await setup.Browser.GetAsync(setup.ContactUrl);
        page.Status.ShouldBe(HttpStatusCode.OK);
        var card = page.Document.QuerySelector($"#suggestions li[data-service='{service.Id}']").ShouldNotBeNull();
        card.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/palveluhaku/palvelu/{service.Id}");
        card.QuerySelector(".suggestion-reasons")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        page.Text("#suggestions").ShouldContain("Oulu");

        var saved = await setup.Browser.SubmitAsync(page, $"#suggestions li[data-service='{service.Id}'] form");

        saved.Location.ShouldBe(setup.ContactUrl);
        var action = (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem();
        (action.Kind, action.ServiceId, action.PerformedByUserId, action.ReachedFamily).ShouldBe((ActionKind.GuidedToService, (Guid?)service.Id, setup.Guide.Id, true));
        var contact = await DeskTestData.FindAsync(app, setup.Contact.Id);
        (contact.Status, contact.FirstReachedAt).ShouldBe((ContactStatus.Contacted, (DateTime?)action.PerformedAt));
        var after = await setup.Browser.GetAsync(setup.ContactUrl);
        after.Text("#notice").ShouldBe("Ohjaus palveluun kirjattiin tehtyyn työhön.");
        after.Text("#timeline-actions h3").ShouldBe("Ohjattu palveluun");
        var link = after.Document.QuerySelector("#timeline-actions .timeline-service a").ShouldNotBeNull();
        (link.TextContent, link.GetAttribute("href")).ShouldBe(("Perheiden " + word, $"/palveluhaku/palvelu/{service.Id}"));
        after.Text($"#suggestions li[data-service='{service.Id}']").ShouldContain("Ohjattu jo tässä yhteydenotossa");
        (await DeskTestData.LogOfAsync(app, setup.Contact.Id)).Count(e => e.Action == AccessAction.Change).ShouldBe(1);
    }

    [Fact]
    public async Task The_guides_mapped_topics_account_and_childrens_ages_replace_the_askers_in_the_suggestions()
    {
        var askers = FinderTestData.UniqueWord();
        var guides = FinderTestData.UniqueWord();
        using var setup = await WorkTestData.GuideWithContactAsync(app, c => c.Description = $"Kysyn {askers} -palvelusta.");
        var forTeens = await FinderTestData.CreateServiceAsync(app, "Nuorten " + guides, $"Nuorille: {guides}", ["564"], ["leisure-services"], 13, 17);
        var forToddlers = await FinderTestData.CreateServiceAsync(app, "Pikkulasten " + guides, $"Pikkulapsille: {guides}", ["564"], ["leisure-services"], 0, 3);
        var askersService = await FinderTestData.CreateServiceAsync(app, "Kysyjän " + askers, $"Palvelu: {askers}", ["564"], ["leisure-services"], 0, 17);
        await app.WithDbAsync(async db =>
        {
            var mapping = new SituationMapping { ContactId = setup.Contact.Id, CorrectedDescription = $"Perhe tarvitsee {guides} -tukea.", UpdatedByUserId = setup.Guide.Id, UpdatedAt = DateTime.UtcNow };
            mapping.Members.Add(new SituationMember { ContactId = setup.Contact.Id, Role = FamilyRole.Child, Age = 2 });
            db.Add(mapping);
            return await db.SaveChangesAsync();
        });

        var page = await setup.Browser.GetAsync(setup.ContactUrl);

        page.Document.QuerySelector($"#suggestions li[data-service='{forToddlers.Id}']").ShouldNotBeNull("the mapped account and the mapped child of 2 years");
        page.Document.QuerySelector($"#suggestions li[data-service='{forTeens.Id}']").ShouldBeNull("no child of the mapping is 13–17");
        page.Document.QuerySelector($"#suggestions li[data-service='{askersService.Id}']").ShouldBeNull("the asker's words are replaced by the guide's account");
    }

    [Fact]
    public async Task A_guide_finds_a_service_that_was_not_suggested_by_searching_from_the_contact_and_guides_the_family_to_it()
    {
        var word = FinderTestData.UniqueWord();
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var service = await FinderTestData.CreateServiceAsync(app, "Aikuisten " + word, $"Aikuisille: {word}", ["564"], ["leisure-services"], 18, 120);
        var contactPage = await setup.Browser.GetAsync(setup.ContactUrl);
        contactPage.Document.QuerySelector($"#suggestions li[data-service='{service.Id}']").ShouldBeNull("the children are 7 and 15");

        var results = await setup.Browser.SubmitGetAsync(contactPage, "#service-search-form", new Dictionary<string, string> { ["q"] = word });

        results.Status.ShouldBe(HttpStatusCode.OK);
        results.Url.ShouldStartWith($"/desk/contacts/{setup.Contact.Id}/services?q=");
        results.Document.QuerySelector("#service-search")!.GetAttribute("value").ShouldBe(word);
        var saved = await setup.Browser.SubmitAsync(results, $"#services li[data-service='{service.Id}'] form");
        saved.Location.ShouldBe(setup.ContactUrl);
        (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem().ServiceId.ShouldBe(service.Id);
    }

    [Theory]
    [InlineData("", "Kirjoita, mitä palvelua etsit.")]
    [InlineData("long", "Hakuteksti saa olla enintään 1000 merkkiä.")]
    public async Task A_bad_search_from_the_contact_is_explained_next_to_the_field_and_keeps_what_was_typed(string typed, string message)
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var query = typed == "long" ? new string('a', DirectoryLimits.Query + 1) : typed;

        var page = await setup.Browser.GetAsync($"/desk/contacts/{setup.Contact.Id}/services?q={query}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#service-search-error").Replace("\u00a0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .ShouldBe(message.Replace(" ", "", StringComparison.Ordinal));
        page.Document.QuerySelector("#service-search")!.GetAttribute("value").ShouldBe(query);
        page.Document.QuerySelector("#service-search")!.GetAttribute("aria-invalid").ShouldBe("true");
    }

    [Fact]
    public async Task Guiding_on_a_contact_that_changed_meanwhile_saves_nothing_and_names_who_changed_it()
    {
        var word = FinderTestData.UniqueWord();
        using var setup = await WorkTestData.GuideWithContactAsync(app, c => c.Description = $"Kysyn {word}.");
        var service = await FinderTestData.CreateServiceAsync(app, "Palvelu " + word, $"Palvelu: {word}", ["564"], ["leisure-services"]);
        var page = await setup.Browser.GetAsync(setup.ContactUrl);
        var (colleagueBrowser, _) = await WorkTestData.ColleagueAsync(app, setup.Area, "Kaisa Kollega");
        using (colleagueBrowser)
        {
            var colleaguePage = await colleagueBrowser.GetAsync(setup.ContactUrl);
            (await colleagueBrowser.SubmitAsync(colleaguePage, "#claim-form")).Location.ShouldBe(setup.ContactUrl);
        }

        var stale = await setup.Browser.SubmitAsync(page, $"#suggestions li[data-service='{service.Id}'] form");

        stale.Status.ShouldBe(HttpStatusCode.OK);
        stale.Text("#form-message").ShouldStartWith("Kaisa Kollega muutti tätä yhteydenottoa sillä välin");
        (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
        var current = await DeskTestData.FindAsync(app, setup.Contact.Id);
        stale.Document.QuerySelector($"#services li[data-service='{service.Id}'] input[name='version']")!.GetAttribute("value").ShouldBe(current.Version.ToString());
    }

    [Fact]
    public async Task A_guide_of_another_area_cannot_guide_the_family_and_nothing_is_saved()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var service = await FinderTestData.CreateServiceAsync(app, "Palvelu " + FinderTestData.UniqueWord(), "Kuvaus", ["564"], ["leisure-services"]);
        var otherArea = await StaffTestData.CreateAreaAsync(app);
        var other = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [otherArea.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, other);
        var token = await StaffTestData.AntiforgeryTokenAsync(browser);

        var post = await browser.PostAsync($"/desk/contacts/{setup.Contact.Id}/services?handler=Guide", [
            new("__RequestVerificationToken", token), new("version", setup.Contact.Version.ToString()), new("serviceId", service.Id.ToString())]);

        post.ShouldBeForbidden($"/desk/contacts/{setup.Contact.Id}/services?handler=Guide");
        (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
        (await DeskTestData.FindAsync(app, setup.Contact.Id)).Version.ShouldBe(setup.Contact.Version);
    }

    [Fact]
    public async Task A_service_no_longer_in_use_is_refused_with_a_message_and_nothing_is_saved()
    {
        var word = FinderTestData.UniqueWord();
        using var setup = await WorkTestData.GuideWithContactAsync(app, c => c.Description = $"Kysyn {word}.");
        var service = await FinderTestData.CreateServiceAsync(app, "Palvelu " + word, $"Palvelu: {word}", ["564"], ["leisure-services"]);
        var page = await setup.Browser.GetAsync(setup.ContactUrl);
        await FinderTestData.SetStatusAsync(app, service.Id, ServiceStatus.Defunct);

        var refused = await setup.Browser.SubmitAsync(page, $"#suggestions li[data-service='{service.Id}'] form");

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("#form-message").ShouldBe("Palvelu ei ole enää käytössä hakemistossa, joten siihen ei voi ohjata. Mitään ei tallennettu.");
        (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Closing_as_guided_to_a_service_offers_the_services_guided_to_in_the_contact()
    {
        var word = FinderTestData.UniqueWord();
        using var setup = await WorkTestData.GuideWithContactAsync(app, c => c.Description = $"Kysyn {word}.");
        var service = await FinderTestData.CreateServiceAsync(app, "Palvelu " + word, $"Palvelu: {word}", ["564"], ["leisure-services"]);
        (await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.ContactUrl), $"#suggestions li[data-service='{service.Id}'] form")).Location.ShouldBe(setup.ContactUrl);

        var close = await setup.Browser.GetAsync(setup.CloseUrl);

        close.Document.QuerySelector("#service")!.GetAttribute("value").ShouldBe("Palvelu " + word);
        close.Document.QuerySelector("#service")!.GetAttribute("list").ShouldBe("guided-services");
        close.Document.QuerySelectorAll("#guided-services option").Select(o => o.GetAttribute("value")).ShouldBe(["Palvelu " + word]);
        close.Text("#service-hint").ShouldContain("Tässä yhteydenotossa ohjattu: Palvelu " + word);
        var closed = await setup.Browser.SubmitAsync(close, "#close-form", new Dictionary<string, string> { ["Input.Outcome"] = nameof(ContactOutcome.GuidedToService), ["Input.Helped"] = "yes" });
        closed.Location.ShouldBe(setup.ContactUrl);
        (await DeskTestData.FindAsync(app, setup.Contact.Id)).OutcomeService.ShouldBe("Palvelu " + word);
    }

    [Fact]
    public async Task The_action_form_leaves_guiding_to_a_service_to_the_suggestions()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var form = await setup.Browser.GetAsync(setup.ActionUrl);
        form.Document.QuerySelector($"input[name='Input.Kind'][value='{nameof(ActionKind.GuidedToService)}']").ShouldBeNull();

        var refused = await setup.Browser.SubmitAsync(form, "#action-form", WorkTestData.Action(ActionKind.GuidedToService, WorkTestData.HelsinkiNow().AddHours(-1)));

        refused.Text("#kind-error").ShouldStartWith("Ohjaus hakemiston palveluun kirjataan yhteydenoton kohdasta ”Ehdotetut palvelut”");
        (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
    }

    public sealed class OnSqlite(SqliteApp app) : GuidedToServiceTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : GuidedToServiceTests(app), IClassFixture<PostgresApp>;
}
