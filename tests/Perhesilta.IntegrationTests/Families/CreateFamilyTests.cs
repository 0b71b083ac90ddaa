using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Families;

/// <summary>A new family from a contact: its rows without JavaScript, its validation, and the link made in the same save.</summary>
public abstract class CreateFamilyTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_creates_a_family_from_the_contact_and_it_is_linked_and_logged()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");
        page.Document.QuerySelectorAll("#create-form fieldset.member").Length.ShouldBe(4);
        page.Document.QuerySelector("#member-0-first-name")!.GetAttribute("value").ShouldBe("Maija");
        page.Document.QuerySelector("#member-0-last-name")!.GetAttribute("value").ShouldBe("Meikäläinen");
        page.Document.QuerySelector("#member-0-phone")!.GetAttribute("value").ShouldBe(DeskTestData.Phone);

        var created = await browser.SubmitAsync(page, "#create-form", new Dictionary<string, string>
        {
            ["Members[0].Relationship"] = "äiti",
            ["Members[0].IdentityCode"] = FamilyTestData.AdultCode.ToLowerInvariant(),
            ["Members[1].Role"] = "Child",
            ["Members[1].FirstName"] = "Mikko",
            ["Members[1].LastName"] = "Meikäläinen",
            ["Members[1].BirthDate"] = "2019-03-03",
            ["Members[1].IdentityCode"] = FamilyTestData.ChildCode,
        });

        created.Location.ShouldBe($"/desk/contacts/{contact.Id}");
        var familyId = (await DeskTestData.FindAsync(app, contact.Id)).FamilyId.ShouldNotBeNull();
        var family = (await FamilyTestData.FindAsync(app, familyId)).ShouldNotBeNull();
        (family.AreaId, family.MunicipalityCode, family.CreatedByUserId).ShouldBe((area.Id, "564", guide.Id));
        var members = family.Members.OrderBy(m => m.Role).ToList();
        members.Count.ShouldBe(2);
        (members[0].FirstName, members[0].Role, members[0].PersonalIdentityCode, members[0].BirthDate).ShouldBe(("Maija", FamilyRole.Adult, FamilyTestData.AdultCode, new DateOnly(1985, 6, 15)));
        (members[0].Phone, members[0].Email).ShouldBe((DeskTestData.Phone, DeskTestData.Email));
        (members[1].FirstName, members[1].Role, members[1].PersonalIdentityCode).ShouldBe(("Mikko", FamilyRole.Child, FamilyTestData.ChildCode));
        (await FamilyTestData.LogOfAsync(app, "Family", familyId)).Single().Action.ShouldBe(AccessAction.Create);
        (await FamilyTestData.LogOfAsync(app, "Contact", contact.Id)).Select(e => e.Action).ShouldContain(AccessAction.Change);
        var contactPage = await browser.GetAsync(created.Location!);
        contactPage.Text("#notice").ShouldBe("Perhe luotiin ja yhteydenotto linkitettiin siihen.");
        contactPage.Text("#contact-family").ShouldContain("Mikko Meikäläinen");
        contactPage.Text("#earlier-contacts-count").ShouldBe("Perhe ei ole ottanut yhteyttä aiemmin.");
    }

    [Theory]
    [InlineData("Members[1].IdentityCode", "030319A456X", "member-1-identity-code", "Henkilötunnuksen tarkistusmerkki ei täsmää.")]
    [InlineData("Members[1].IdentityCode", "300219A456Y", "member-1-identity-code", "Henkilötunnuksen alussa ei ole oikea päivämäärä.")]
    [InlineData("Members[1].IdentityCode", "0303-19A456Y", "member-1-identity-code", "Henkilötunnus on väärää muotoa.")]
    [InlineData("Members[1].BirthDate", "2019-03-04", "member-1-birth-date", "Syntymäaika ei vastaa henkilötunnusta.")]
    [InlineData("Members[1].BirthDate", "2099-01-01", "member-1-birth-date", "Syntymäaika ei voi olla tulevaisuudessa.")]
    [InlineData("Members[1].BirthDate", "3.3.", "member-1-birth-date", "Kirjoita syntymäaika muodossa pp.kk.vvvv.")]
    [InlineData("Members[1].FirstName", " ", "member-1-first-name", "Kirjoita etunimi.")]
    [InlineData("Members[1].Email", "mikko(at)example", "member-1-email", "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.")]
    public async Task Wrong_member_details_get_a_specific_message_keep_the_input_and_save_nothing(string field, string value, string fieldId, string message)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");
        var values = new Dictionary<string, string>
        {
            ["Members[1].Role"] = "Child",
            ["Members[1].FirstName"] = "Mikko",
            ["Members[1].LastName"] = "Meikäläinen",
            ["Members[1].IdentityCode"] = FamilyTestData.ChildCode,
        };
        values[field] = value;

        var result = await browser.SubmitAsync(page, "#create-form", values);

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.Text($"#{fieldId}-error").ShouldStartWith(message);
        result.Document.QuerySelector($"#error-summary a[href='#{fieldId}']").ShouldNotBeNull();
        (result.Document.QuerySelector($"#{fieldId}")!.GetAttribute("value") ?? "").ShouldBe(value.Trim(), "as typed; a blank field stays blank");
        result.Document.QuerySelector("#member-1-last-name")!.GetAttribute("value").ShouldBe("Meikäläinen");
        result.Document.QuerySelector("#member-0-first-name")!.GetAttribute("value").ShouldBe("Maija");
        (await DeskTestData.FindAsync(app, contact.Id)).FamilyId.ShouldBeNull();
        (await FamilyTestData.FamilyCountInAreaAsync(app, area.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_form_of_empty_rows_is_refused()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.ContactName, c.Phone, c.Email) = (null, null, null));
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");

        var result = await browser.SubmitAsync(page, "#create-form");

        result.Text("#member-0-first-name-error").ShouldBe("Lisää perheeseen vähintään yksi henkilö.");
        (await FamilyTestData.FamilyCountInAreaAsync(app, area.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task An_identity_code_already_in_a_family_of_the_guides_areas_points_to_the_search()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        await FamilyTestData.CreateFamilyAsync(app, area.Id, guide.Id);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");

        var result = await browser.SubmitAsync(page, "#create-form", new Dictionary<string, string> { ["Members[0].IdentityCode"] = FamilyTestData.AdultCode });

        result.Text("#member-0-identity-code-error").ShouldStartWith("Tämä henkilötunnus on jo toisen perheen tiedoissa.");
        (await FamilyTestData.FamilyCountInAreaAsync(app, area.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task More_rows_keeps_what_was_typed_and_adds_empty_rows_without_saving()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");

        var more = await browser.PostAsync(
            $"/desk/contacts/{contact.Id}/family?handler=AddRows",
            FormOf(page, "#create-form", ("Members[3].FirstName", "Neljäs")));

        more.Document.QuerySelectorAll("#create-form fieldset.member").Length.ShouldBe(8);
        more.Document.QuerySelector("#member-3-first-name")!.GetAttribute("value").ShouldBe("Neljäs");
        more.Document.QuerySelector("#member-7-first-name").ShouldNotBeNull();
        (await FamilyTestData.FamilyCountInAreaAsync(app, area.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_stale_create_saves_no_family()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}/family");
        await app.WithDbAsync(async db =>
        {
            var saved = await db.Set<Features.HelpRequests.Contact>().SingleAsync(c => c.Id == contact.Id);
            saved.Version = Guid.NewGuid();
            return await db.SaveChangesAsync();
        });

        var result = await browser.SubmitAsync(page, "#create-form");

        result.Text("#change-error").ShouldStartWith("Joku muutti yhteydenottoa sillä välin.");
        result.Document.QuerySelector("#member-0-first-name")!.GetAttribute("value").ShouldBe("Maija");
        (await FamilyTestData.FamilyCountInAreaAsync(app, area.Id)).ShouldBe(0);
    }

    /// <summary>The fields of a form as the page has them, with some values overridden (for posting to another handler).</summary>
    private static List<KeyValuePair<string, string>> FormOf(Page page, string selector, params (string Name, string Value)[] overrides)
    {
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.Document.QuerySelector(selector)!;
        var fields = form.Elements
            .OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type != "checkbox")
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(form.Elements.OfType<AngleSharp.Html.Dom.IHtmlSelectElement>().Select(s => new KeyValuePair<string, string>(s.Name!, s.Value ?? "")))
            .Where(f => overrides.All(o => o.Name != f.Key))
            .ToList();
        fields.AddRange(overrides.Select(o => new KeyValuePair<string, string>(o.Name, o.Value)));
        return fields;
    }

    public sealed class OnSqlite(SqliteApp app) : CreateFamilyTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CreateFamilyTests(app), IClassFixture<PostgresApp>;
}
