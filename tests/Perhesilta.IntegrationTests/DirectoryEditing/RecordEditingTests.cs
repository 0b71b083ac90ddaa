using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;
using static Perhesilta.IntegrationTests.DirectoryEditing.EditingTestData;

namespace Perhesilta.IntegrationTests.DirectoryEditing;

/// <summary>Organisations and locations: created and changed through their forms, with a version each time and bad input refused.</summary>
public abstract class RecordEditingTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_editor_creates_an_organisation_changes_it_and_sees_the_change_in_its_history()
    {
        var (browser, editor) = await SignedInEditorAsync(app);
        using var _ = browser;
        var form = await browser.GetAsync("/directory/organizations/new");

        var created = await browser.SubmitAsync(form, "#organization-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Parish",
            ["Input.Name.Fi"] = "Testin seurakunta",
            ["Input.Name.Sv"] = "Testförsamling",
            ["Input.Email"] = "perhetyo@test.perhesilta.example",
            ["Input.MunicipalityCode"] = Kempele,
        });

        created.IsRedirect.ShouldBeTrue(created.Text(".error-summary"));
        var id = Guid.Parse(created.Location!.Split('/')[^1]);
        var edit = await browser.GetAsync(created.Location);
        edit.Text("#notice").ShouldBe("Tiedot tallennettiin.");
        (await browser.SubmitAsync(edit, "#organization-form", new Dictionary<string, string> { ["Input.Kind"] = "Ngo", ["Input.Phone"] = "040 123 4567" })).IsRedirect.ShouldBeTrue();

        var stored = await app.WithDbAsync(db => db.Set<DirectoryOrganization>().AsNoTracking().SingleAsync(o => o.Id == id));
        (stored.Kind, stored.Name.Sv, stored.Phone, stored.MunicipalityCode, stored.Version, stored.UpdatedByUserId).ShouldBe((OrganizationKind.Ngo, "Testförsamling", "040 123 4567", Kempele, 2, editor.Id));
        var history = await browser.GetAsync($"/directory/organizations/{id}/history");
        var rows = history.Document.QuerySelectorAll("#version-2 tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        rows.ShouldBe(["Organisaation tyyppi | Seurakunta | Järjestö", "Puhelin |  | 040 123 4567"]);
        history.Text("#version-1").ShouldContain("Tiedot luotiin.");
    }

    [Fact]
    public async Task An_unknown_municipality_posted_for_an_organisation_is_refused_and_nothing_is_saved()
    {
        var organization = await CreateOrganizationAsync(app);
        var (browser, _) = await SignedInEditorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync($"/directory/organizations/{organization.Id}");

        var page = await browser.SubmitAsync(form, "#organization-form", new Dictionary<string, string> { ["Input.MunicipalityCode"] = "999", ["Input.Name.Fi"] = "Uusi nimi" });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#municipalitycode-error").ShouldStartWith("Tuntematon kuntakoodi: 999.");
        page.Document.QuerySelector(".error-summary a[href='#municipalitycode']")!.TextContent.ShouldStartWith("Kunta: Tuntematon kuntakoodi: 999.");
        page.Document.QuerySelector("#name-fi")!.GetAttribute("value").ShouldBe("Uusi nimi");
        var stored = await app.WithDbAsync(db => db.Set<DirectoryOrganization>().AsNoTracking().SingleAsync(o => o.Id == organization.Id));
        (stored.Name.Fi, stored.Version).ShouldBe((organization.Name.Fi, 1));
    }

    [Fact]
    public async Task An_editor_adds_a_location_to_an_organisation_and_changes_it()
    {
        var organization = await CreateOrganizationAsync(app);
        var (browser, _) = await SignedInEditorAsync(app);
        using var _ = browser;
        var form = await browser.GetAsync($"/directory/locations/new?organization={organization.Id}");

        var created = await browser.SubmitAsync(form, "#location-form", new Dictionary<string, string>
        {
            ["Input.Name.Fi"] = "Perhetalo Tähti",
            ["Input.StreetAddress"] = "Testikatu 5",
            ["Input.PostalCode"] = "90100",
            ["Input.City"] = "Oulu",
            ["Input.MunicipalityCode"] = Oulu,
            ["Input.Latitude"] = "65,0121",
            ["Input.Longitude"] = "25.4651",
            ["Input.Accessibility.Fi"] = "Esteetön sisäänkäynti",
        });

        created.IsRedirect.ShouldBeTrue(created.Text(".error-summary"));
        var id = Guid.Parse(created.Location!.Split('/')[^1]);
        var edit = await browser.GetAsync(created.Location);
        (await browser.SubmitAsync(edit, "#location-form", new Dictionary<string, string> { ["Input.StreetAddress"] = "Testikatu 7" })).IsRedirect.ShouldBeTrue();
        var stored = await app.WithDbAsync(db => db.Set<DirectoryLocation>().AsNoTracking().SingleAsync(l => l.Id == id));
        (stored.OrganizationId, stored.StreetAddress, stored.Latitude, stored.Longitude, stored.Accessibility.Fi, stored.Version)
            .ShouldBe((organization.Id, "Testikatu 7", 65.0121, 25.4651, "Esteetön sisäänkäynti", 2));
        (await browser.GetAsync($"/directory/organizations/{organization.Id}")).Text("#locations").ShouldContain("Perhetalo Tähti");
        (await browser.GetAsync($"/directory/locations/{id}/history")).Text("#version-2").ShouldContain("Testikatu 7");
    }

    [Theory]
    [InlineData("Input.Latitude", "95", "latitude", "Leveysasteen pitää olla väliltä −90…90.")]
    [InlineData("Input.Latitude", "pohjoinen", "latitude", "Anna koordinaatti desimaalilukuna, esim. 65.0121.")]
    [InlineData("Input.PostalCode", "9010", "postalcode", "Postinumerossa on viisi numeroa, esim. 90100.")]
    [InlineData("Input.MunicipalityCode", "999", "municipalitycode", "Tuntematon kuntakoodi: 999. Käytä hyvinvointialueen kuntien Tilastokeskuksen koodeja.")]
    public async Task Bad_location_input_is_named_next_to_its_field_and_nothing_is_saved(string field, string value, string id, string message)
    {
        var organization = await CreateOrganizationAsync(app);
        var location = await CreateLocationAsync(app, organization.Id);
        var (browser, _) = await SignedInEditorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync($"/directory/locations/{location.Id}");

        var page = await browser.SubmitAsync(form, "#location-form", new Dictionary<string, string> { [field] = value, ["Input.City"] = "Kempele" });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text($"#{id}-error").ShouldBe(message);
        page.Document.QuerySelector("#city")!.GetAttribute("value").ShouldBe("Kempele");
        var stored = await app.WithDbAsync(db => db.Set<DirectoryLocation>().AsNoTracking().SingleAsync(l => l.Id == location.Id));
        (stored.City, stored.Version).ShouldBe(("Oulu", 1));
    }

    public sealed class OnSqlite(SqliteApp app) : RecordEditingTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : RecordEditingTests(app), IClassFixture<PostgresApp>;
}
