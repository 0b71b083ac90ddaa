using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.IntegrationTests.Deadlines.Clocks;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Families;

/// <summary>/desk/contacts/{id}/family: suggestions the guide confirms, the identity-code search, linking and unlinking.</summary>
public abstract class ContactFamilyTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_family_with_the_contacts_name_and_phone_is_suggested_but_one_of_another_area_is_not()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var same = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        var elsewhere = await FamilyTestData.CreateFamilyAsync(app, other.Id, guide.Id);
        var namesake = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id, f => (f.Members[0].Phone, f.Members[0].Email) = ("040 999 9999", null));
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var suggestion = page.Document.QuerySelector($"li[data-family='{same.Id}']").ShouldNotBeNull();
        suggestion.TextContent.ShouldContain("Sama nimi ja puhelinnumero");
        suggestion.TextContent.ShouldContain("Mikko Meikäläinen");
        page.Document.QuerySelector($"li[data-family='{elsewhere.Id}']").ShouldBeNull();
        page.Document.QuerySelector($"li[data-family='{namesake.Id}']").ShouldBeNull();
        page.Body.ShouldNotContain(FamilyTestData.AdultCode);
        page.Body.ShouldNotContain(FamilyTestData.ChildCode);
        (await DeskTestData.FindAsync(app, contact.Id)).FamilyId.ShouldBeNull("a suggestion is never linked by itself");
        (await FamilyTestData.LogOfAsync(app, "Contact", contact.Id)).ShouldHaveSingleItem().Action.ShouldBe(AccessAction.View);
    }

    [Fact]
    public async Task A_family_with_the_contacts_name_and_e_mail_is_suggested_when_the_phone_differs()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id, f => (f.Members[0].Phone, f.Members[0].Email) = (null, "MAIJA@test.perhesilta.example"));
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.ContactName = "  maija   MEIKÄLÄINEN ");
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");

        page.Text($"li[data-family='{family.Id}'] strong").ShouldBe("Sama nimi ja sähköposti");
    }

    [Fact]
    public async Task A_name_alone_suggests_nothing()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Phone, c.Email) = ("050 123 4567", "toinen@test.perhesilta.example"));
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");

        page.Document.QuerySelectorAll("li[data-family]").ShouldBeEmpty();
        page.Text("#no-suggestions").ShouldStartWith("Yhteydenoton nimellä");
    }

    [Fact]
    public async Task The_identity_code_search_finds_the_exact_family_of_the_guides_areas_only()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id, f => f.Members[0].Phone = null);
        await FamilyTestData.CreateFamilyAsync(app, other.Id, guide.Id, f => f.Members[1].PersonalIdentityCode = FamilyTestData.OtherCode);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.ContactName, c.Phone, c.Email) = ("Pekka Puupää", null, null));
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");
        page.Document.QuerySelectorAll("li[data-family]").ShouldBeEmpty();

        var found = await browser.SubmitAsync(page, "#search-form", new Dictionary<string, string> { ["identityCode"] = " " + FamilyTestData.ChildCode.ToLowerInvariant() + " " });

        found.Text($"li[data-family='{family.Id}'] strong").ShouldBe("Sama henkilötunnus");
        found.Document.QuerySelectorAll("li[data-family]").Length.ShouldBe(1);
        found.Url.ShouldNotContain(FamilyTestData.ChildCode, Case.Insensitive);

        var notFound = await browser.SubmitAsync(page, "#search-form", new Dictionary<string, string> { ["identityCode"] = FamilyTestData.OtherCode });

        notFound.Document.QuerySelectorAll("li[data-family]").ShouldBeEmpty();
        notFound.Text("#no-suggestions").ShouldBe("Yhdelläkään näkemälläsi perheellä ei ole tätä henkilötunnusta.");
    }

    [Theory]
    [InlineData("010190123M", "Henkilötunnus on väärää muotoa.")]
    [InlineData("010190G123M", "Henkilötunnus on väärää muotoa.")]
    [InlineData("310290-123M", "Henkilötunnuksen alussa ei ole oikea päivämäärä.")]
    [InlineData("010190-123N", "Henkilötunnuksen tarkistusmerkki ei täsmää.")]
    [InlineData("010199C123M", "Henkilötunnuksen syntymäaika on tulevaisuudessa.")]
    [InlineData("   ", "Kirjoita henkilötunnus, jolla haetaan.")]
    public async Task A_wrong_identity_code_in_the_search_gets_its_own_message_and_stays_in_the_box(string typed, string message)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");

        var result = await browser.SubmitAsync(page, "#search-form", new Dictionary<string, string> { ["identityCode"] = typed });

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.Text("#identity-code-error").ShouldStartWith(message);
        result.Text("#error-summary").ShouldContain(message);
        (result.Document.QuerySelector("#identity-code")!.GetAttribute("value") ?? "").ShouldBe(typed.Trim(), "as typed; a blank box stays blank");
        result.Document.QuerySelector("#identity-code")!.GetAttribute("aria-invalid").ShouldBe("true");
    }

    [Fact]
    public async Task Linking_a_suggested_family_changes_the_contact_once_and_is_logged_and_a_stale_link_is_refused()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        var clock = await ClockTestData.StartAsync(app, contact, ClockRule.Shl36Start, daysAgo: 1, guide.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");

        var linked = await browser.SubmitAsync(page, $"li[data-family='{family.Id}'] form");

        linked.Location.ShouldBe($"/desk/contacts/{contact.Id}");
        var saved = await DeskTestData.FindAsync(app, contact.Id);
        saved.FamilyId.ShouldBe(family.Id);
        saved.Version.ShouldNotBe(contact.Version);
        (await ClockTestData.ClocksOfAsync(app, contact.Id)).Single(c => c.Id == clock.Id).FamilyId.ShouldBe(family.Id);
        (await FamilyTestData.LogOfAsync(app, "Contact", contact.Id)).Select(e => e.Action).ShouldContain(AccessAction.Change);
        var contactPage = await browser.GetAsync(linked.Location!);
        contactPage.Text("#notice").ShouldBe("Yhteydenotto linkitettiin perheeseen.");
        contactPage.Document.QuerySelector("#open-family")!.GetAttribute("href").ShouldBe($"/desk/families/{family.Id}");
        contactPage.Body.ShouldNotContain(FamilyTestData.AdultCode);

        // The same form again carries the version from before the link.
        var stale = await browser.SubmitAsync(page, $"li[data-family='{family.Id}'] form");

        stale.Status.ShouldBe(HttpStatusCode.OK);
        stale.Text("#change-error").ShouldStartWith("Joku muutti yhteydenottoa sillä välin.");
        (await DeskTestData.FindAsync(app, contact.Id)).Version.ShouldBe(saved.Version);
    }

    [Fact]
    public async Task Unlinking_takes_the_link_back_and_keeps_the_family()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.FamilyId = family.Id);
        var clock = await ClockTestData.StartAsync(app, contact, ClockRule.Shl36Start, daysAgo: 1, guide.Id);
        await app.WithDbAsync(db => db.Set<DeadlineClock>().Where(c => c.Id == clock.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.FamilyId, family.Id)));
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");
        page.Text("#linked-family").ShouldContain("Maija Meikäläinen");

        var unlinked = await browser.SubmitAsync(page, "#unlink-form");

        unlinked.Location.ShouldBe($"/desk/contacts/{contact.Id}");
        (await DeskTestData.FindAsync(app, contact.Id)).FamilyId.ShouldBeNull();
        (await ClockTestData.ClocksOfAsync(app, contact.Id)).ShouldAllBe(c => c.FamilyId == null);
        (await FamilyTestData.FindAsync(app, family.Id)).ShouldNotBeNull();
        var contactPage = await browser.GetAsync(unlinked.Location!);
        contactPage.Document.QuerySelector("#link-family")!.GetAttribute("href").ShouldBe($"/desk/contacts/{contact.Id}/family");
    }

    [Fact]
    public async Task A_family_of_another_area_cannot_be_linked_by_a_forged_form()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var foreign = await FamilyTestData.CreateFamilyAsync(app, other.Id, guide.Id);
        var mine = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");

        var result = await browser.SubmitAsync(page, $"li[data-family='{mine.Id}'] form", new Dictionary<string, string> { ["familyId"] = foreign.Id.ToString() });

        result.Text("#change-error").ShouldStartWith("Perhettä ei löytynyt alueiltasi.");
        (await DeskTestData.FindAsync(app, contact.Id)).FamilyId.ShouldBeNull();
    }

    public sealed class OnSqlite(SqliteApp app) : ContactFamilyTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ContactFamilyTests(app), IClassFixture<PostgresApp>;
}
