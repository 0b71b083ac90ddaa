using System.Net;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Families;

/// <summary>/desk/families/{id} and its edit form; repeat contacts on the contact page; who may see a family.</summary>
public abstract class FamilyRecordTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_family_page_shows_members_with_identity_codes_and_all_contacts_and_the_view_is_logged()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        var closed = await DeskTestData.CreateContactAsync(app, area.Id, change: c =>
        {
            c.FamilyId = family.Id;
            c.InitiatedAt = DateTime.UtcNow.AddDays(-40);
            c.Status = ContactStatus.Closed;
            c.Outcome = ContactOutcome.GuidedToService;
        });
        var open = await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.FamilyId = family.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var page = await browser.GetAsync($"/desk/families/{family.Id}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("h1").ShouldBe("Perheen tiedot");
        page.Text("#members").ShouldContain("Maija Meikäläinen");
        page.Text("#members").ShouldContain(FamilyTestData.AdultCode);
        page.Text("#members").ShouldContain(FamilyTestData.ChildCode);
        var rows = page.Document.QuerySelectorAll("table.family-contacts tbody tr").Select(r => r.GetAttribute("data-contact")).ToList();
        rows.ShouldBe([open.ReferenceCode, closed.ReferenceCode]);
        page.Text($"tr[data-contact='{closed.ReferenceCode}']").ShouldContain("Ohjattu palveluun");
        page.Document.QuerySelector($"tr[data-contact='{closed.ReferenceCode}'] a")!.GetAttribute("href").ShouldBe($"/desk/contacts/{closed.Id}");
        var entry = (await FamilyTestData.LogOfAsync(app, "Family", family.Id)).ShouldHaveSingleItem();
        (entry.ActorUserId, entry.Action, entry.Purpose).ShouldBe((guide.Id, AccessAction.View, AccessPurposes.ClientWork));
    }

    [Fact]
    public async Task A_repeat_contact_shows_the_families_earlier_contacts_on_the_contact_page_without_identity_codes()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        var first = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.FamilyId, c.InitiatedAt, c.Status) = (family.Id, DateTime.UtcNow.AddDays(-300), ContactStatus.Closed));
        var second = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.FamilyId, c.InitiatedAt, c.Status) = (family.Id, DateTime.UtcNow.AddDays(-30), ContactStatus.Closed));
        var now = await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.FamilyId = family.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var page = await browser.GetAsync($"/desk/contacts/{now.Id}");

        page.Text("#earlier-contacts-count").ShouldBe("Tämä perhe on ottanut yhteyttä aiemmin 2 kertaa.");
        page.Document.QuerySelectorAll("#contact-family tbody tr").Select(r => r.GetAttribute("data-contact")).ShouldBe([second.ReferenceCode, first.ReferenceCode]);
        page.Body.ShouldNotContain(FamilyTestData.AdultCode);
        page.Body.ShouldNotContain(FamilyTestData.ChildCode);
        var firstPage = await browser.GetAsync($"/desk/contacts/{first.Id}");
        firstPage.Text("#earlier-contacts-count").ShouldBe("Perhe ei ole ottanut yhteyttä aiemmin.");
        var inbox = await browser.GetAsync("/desk");
        inbox.Body.ShouldNotContain(FamilyTestData.AdultCode);
    }

    [Fact]
    public async Task Editing_members_saves_a_new_version_and_is_logged()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/families/{family.Id}/edit");
        page.Document.QuerySelectorAll("#edit-form fieldset.member").Length.ShouldBe(4);

        var saved = await browser.SubmitAsync(page, "#edit-form", new Dictionary<string, string>
        {
            ["Members[0].Phone"] = "040 000 0009",
            ["Members[1].Remove"] = "true",
            ["Members[2].Role"] = "Child",
            ["Members[2].FirstName"] = "Minna",
            ["Members[2].LastName"] = "Meikäläinen",
            ["Members[2].BirthDate"] = "1.2.2021",
        });

        saved.Location.ShouldBe($"/desk/families/{family.Id}");
        var stored = (await FamilyTestData.FindAsync(app, family.Id)).ShouldNotBeNull();
        stored.Version.ShouldNotBe(family.Version);
        stored.Members.Select(m => m.FirstName).Order().ShouldBe(["Maija", "Minna"]);
        stored.Members.Single(m => m.FirstName == "Maija").Phone.ShouldBe("040 000 0009");
        stored.Members.Single(m => m.FirstName == "Minna").BirthDate.ShouldBe(new DateOnly(2021, 2, 1));
        (await FamilyTestData.LogOfAsync(app, "Family", family.Id)).Select(e => e.Action).ShouldBe([AccessAction.View, AccessAction.Change]);
        (await browser.GetAsync(saved.Location!)).Text("#notice").ShouldBe("Perheen tiedot tallennettiin.");
    }

    [Fact]
    public async Task An_invalid_identity_code_in_the_edit_is_refused_with_the_input_kept_and_nothing_saved()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/families/{family.Id}/edit");

        var result = await browser.SubmitAsync(page, "#edit-form", new Dictionary<string, string>
        {
            ["Members[0].Phone"] = "040 000 0009",
            ["Members[1].IdentityCode"] = "030319A456X",
        });

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.Text("#member-1-identity-code-error").ShouldStartWith("Henkilötunnuksen tarkistusmerkki ei täsmää.");
        result.Document.QuerySelector("#member-1-identity-code")!.GetAttribute("value").ShouldBe("030319A456X");
        result.Document.QuerySelector("#member-0-phone")!.GetAttribute("value").ShouldBe("040 000 0009");
        var stored = (await FamilyTestData.FindAsync(app, family.Id)).ShouldNotBeNull();
        stored.Version.ShouldBe(family.Version);
        stored.Members.Single(m => m.FirstName == "Maija").Phone.ShouldBe("+358 40 000 0001");
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_the_form_shows_the_current_members()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/families/{family.Id}/edit");
        var first = await browser.SubmitAsync(page, "#edit-form", new Dictionary<string, string> { ["Members[0].Relationship"] = "huoltaja" });
        first.Location.ShouldBe($"/desk/families/{family.Id}");

        var second = await browser.SubmitAsync(page, "#edit-form", new Dictionary<string, string> { ["Members[0].Relationship"] = "isoäiti" });

        second.Status.ShouldBe(HttpStatusCode.OK);
        second.Text("#change-error").ShouldStartWith("Joku muutti perheen tietoja sillä välin");
        second.Document.QuerySelector("#member-0-relationship")!.GetAttribute("value").ShouldBe("huoltaja");
        (await FamilyTestData.FindAsync(app, family.Id))!.Members.Single(m => m.FirstName == "Maija").Relationship.ShouldBe("huoltaja");
    }

    [Fact]
    public async Task A_guide_of_an_area_of_a_linked_contact_sees_the_family()
    {
        var home = await StaffTestData.CreateAreaAsync(app);
        var moved = await StaffTestData.CreateAreaAsync(app);
        var creator = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [home.Code]);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [moved.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, home.Id, creator.Id);
        await DeskTestData.CreateContactAsync(app, moved.Id, change: c => c.FamilyId = family.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        (await browser.GetAsync($"/desk/families/{family.Id}")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Guides_of_other_areas_professionals_and_managers_get_403_on_every_family_page_and_nothing_is_logged()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var creator = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, area.Id, creator.Id);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.FamilyId = family.Id);
        var refused = new[]
        {
            await app.CreateStaffAsync(StaffRoles.ServiceGuide, [other.Code]),
            await app.CreateStaffAsync(StaffRoles.Professional, [area.Code]),
            await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]),
            await app.CreateStaffAsync(StaffRoles.Administrator, [area.Code]),
        };

        foreach (var staff in refused)
        {
            using var browser = await StaffTestData.SignedInAsync(app, staff);
            foreach (var url in new[] { $"/desk/families/{family.Id}", $"/desk/families/{family.Id}/edit", $"/desk/contacts/{contact.Id}/family" })
            {
                var page = await browser.GetAsync(url);
                page.ShouldBeForbidden(url);
                page.Body.ShouldNotContain("Meikäläinen");
            }
        }

        (await FamilyTestData.LogOfAsync(app, "Family", family.Id)).ShouldBeEmpty();
        (await FamilyTestData.LogOfAsync(app, "Contact", contact.Id)).ShouldBeEmpty();
        (await FamilyTestData.FindAsync(app, family.Id))!.Version.ShouldBe(family.Version);
    }

    [Fact]
    public async Task An_unknown_family_is_not_found()
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        (await browser.GetAsync($"/desk/families/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync($"/desk/contacts/{Guid.NewGuid()}/family")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_family_page_is_in_the_readers_language()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var family = await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        await browser.GetAsync("/language/sv?returnUrl=/desk");

        var page = await browser.GetAsync($"/desk/families/{family.Id}");

        page.Text("h1").ShouldBe("Familjens uppgifter");
        page.Text("#members").ShouldContain("Barn");
    }

    public sealed class OnSqlite(SqliteApp app) : FamilyRecordTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : FamilyRecordTests(app), IClassFixture<PostgresApp>;
}
