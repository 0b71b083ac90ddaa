using System.Net;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;
using static Perhesilta.IntegrationTests.DirectoryEditing.EditingTestData;

namespace Perhesilta.IntegrationTests.DirectoryEditing;

public abstract class ServiceEditingTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_editor_creates_a_service_with_its_areas_locations_and_opening_hours()
    {
        var organization = await CreateOrganizationAsync(app);
        var location = await CreateLocationAsync(app, organization.Id);
        var (browser, editor) = await SignedInEditorAsync(app);
        using var _ = browser;
        var form = await browser.GetAsync($"/directory/services/new?organization={organization.Id}");
        form.Status.ShouldBe(HttpStatusCode.OK);

        var saved = await browser.SubmitAsync(form, "#service-form", new Dictionary<string, string>
        {
            ["Input.Name.Fi"] = "Perheneuvolan puhelinneuvonta",
            ["Input.Name.Sv"] = "Telefonrådgivning",
            ["Input.Description.Fi"] = "Neuvoja vauvaperheille.",
            ["Input.Access"] = "Referral",
            ["Input.ServiceTypes"] = ChildHealthClinic,
            ["Input.WholeAreas"] = "oulu",
            ["Input.MinAge"] = "0",
            ["Input.MaxAge"] = "6",
            ["Input.Phone"] = "08 123 4567",
            ["Input.IsFree"] = "false",
            ["Input.Fees.Fi"] = "10 € käynti",
            ["Input.OtherLanguages"] = "ku, TI",
            ["Input.Locations"] = location.Id.ToString(),
            ["Input.Weekly[0].Weekday"] = "1",
            ["Input.Weekly[0].OpensAt"] = "08:00",
            ["Input.Weekly[0].ClosesAt"] = "16:00",
            ["Input.Weekly[0].LocationId"] = location.Id.ToString(),
            ["Input.Exceptions[0].ValidFrom"] = "2026-12-24",
            ["Input.Exceptions[0].ValidTo"] = "26.12.2026",
            ["Input.Exceptions[0].IsClosed"] = "true",
            ["Input.Exceptions[0].Note.Fi"] = "joulu",
        });

        saved.IsRedirect.ShouldBeTrue(saved.Text(".error-summary"));
        var id = Guid.Parse(saved.Location!.Split('/')[^1]);
        var service = await FindServiceAsync(app, id);
        (service.Name.Fi, service.Name.Sv, service.Access, service.IsFree, service.Fees.Fi).ShouldBe(("Perheneuvolan puhelinneuvonta", "Telefonrådgivning", ServiceAccess.Referral, false, "10 € käynti"));
        service.ServiceTypes.Select(t => t.ServiceTypeCode).ShouldBe([ChildHealthClinic]);
        service.Municipalities.Select(m => m.MunicipalityCode).ShouldContain(Oulu);
        service.Municipalities.Select(m => m.MunicipalityCode).ShouldContain(Kempele);
        service.Languages.ShouldBe(["fi", "ku", "ti"], ignoreOrder: true);
        service.Locations.Single().LocationId.ShouldBe(location.Id);
        var weekly = service.OpeningHours.Single(h => h.Weekday == 1);
        (weekly.OpensAt, weekly.ClosesAt, weekly.LocationId).ShouldBe((new TimeOnly(8, 0), new TimeOnly(16, 0), location.Id));
        var exception = service.OpeningHours.Single(h => h.ValidFrom is not null);
        (exception.ValidFrom, exception.ValidTo, exception.IsClosed, exception.Note.Fi).ShouldBe((new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 26), true, "joulu"));
        service.Version.ShouldBe(1);
        var change = (await ChangesAsync(app, id)).ShouldHaveSingleItem();
        (change.Source, change.ChangedByUserId, change.Version).ShouldBe((DirectoryChangeSource.Editor, editor.Id, 1));

        var page = await browser.GetAsync(saved.Location);
        page.Text("#notice").ShouldBe("Tiedot tallennettiin.");
        page.Document.QuerySelector("#weekly-0-opensat")!.GetAttribute("value").ShouldBe("08:00");
        var again = await browser.SubmitAsync(page, "#service-form", new Dictionary<string, string> { ["Input.Name.En"] = "Phone advice" });
        again.IsRedirect.ShouldBeTrue(again.Text("#conflict") + again.Text(".error-summary"));
        (await FindServiceAsync(app, id)).OpeningHours.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Editing_a_service_keeps_every_version_and_the_history_tells_what_changed()
    {
        var organization = await CreateOrganizationAsync(app);
        var service = await CreateServiceAsync(app, organization.Id);
        var (browser, _) = await SignedInEditorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync($"/directory/services/{service.Id}");

        var saved = await browser.SubmitAsync(form, "#service-form", new Dictionary<string, string>
        {
            ["Input.Name.Fi"] = "Perhekahvila Tuulikello",
            ["Input.MaxAge"] = "12",
            ["Input.Municipalities"] = Kempele,
            ["Input.Status"] = "Inactive",
        });

        saved.IsRedirect.ShouldBeTrue(saved.Text(".error-summary"));
        var stored = await FindServiceAsync(app, service.Id);
        (stored.Name.Fi, stored.MaxAge, stored.Status, stored.Version).ShouldBe(("Perhekahvila Tuulikello", 12, ServiceStatus.Inactive, 2));
        stored.Municipalities.Select(m => m.MunicipalityCode).ShouldBe([Kempele]);

        var history = await browser.GetAsync($"/directory/services/{service.Id}/history");
        history.Status.ShouldBe(HttpStatusCode.OK);
        var latest = history.Document.QuerySelector("#version-2")!;
        latest.TextContent.ShouldContain("Testi DirectoryEditor");
        var rows = latest.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        rows.ShouldContain($"Nimi (suomeksi) | {service.Name.Fi} | Perhekahvila Tuulikello");
        rows.ShouldContain("Yläikäraja (vuotta) | 6 | 12");
        rows.ShouldContain("Tila | Toiminnassa | Ei toiminnassa");
        rows.ShouldContain("Kunnat, joiden asukkaita palvelu palvelee | Poistettu: Oulu | Lisätty: Kempele");
        rows.Count.ShouldBe(4);
        history.Document.QuerySelector("#version-1")!.TextContent.ShouldContain("esittelyaineisto");

        var first = await browser.GetAsync($"/directory/services/{service.Id}/history/1");
        first.Text("#version").ShouldContain(service.Name.Fi!);
        first.Text("#version").ShouldContain("Äitiysneuvola");
    }

    [Theory]
    [InlineData("Input.Municipalities", "999", "", "municipalities", "Tuntematon kuntakoodi: 999. Käytä hyvinvointialueen kuntien Tilastokeskuksen koodeja.")]
    [InlineData("Input.ServiceTypes", "no-such-type", "", "servicetypes", "Tuntematon palvelutyypin koodi: no-such-type.")]
    [InlineData("Input.MinAge", "-1", "", "minage", "Iän pitää olla kokonaisluku väliltä 0–120.")]
    [InlineData("Input.MaxAge", "121", "", "maxage", "Iän pitää olla kokonaisluku väliltä 0–120.")]
    [InlineData("Input.MaxAge", "kymmenen", "", "maxage", "Iän pitää olla kokonaisluku väliltä 0–120.")]
    [InlineData("Input.Weekly[0].ClosesAt", "08:00", "Input.Weekly[0].Weekday=1;Input.Weekly[0].OpensAt=16:00", "weekly-0-closesat", "Sulkemisajan pitää olla avaamisajan jälkeen.")]
    [InlineData("Input.Exceptions[1].ValidTo", "2026-12-24", "Input.Exceptions[1].ValidFrom=2026-12-26;Input.Exceptions[1].IsClosed=true", "exceptions-1-validto", "Päättymispäivä on ennen alkamispäivää.")]
    [InlineData("Input.Weekly[1].OpensAt", "kahdeksalta", "Input.Weekly[1].Weekday=2;Input.Weekly[1].ClosesAt=16:00", "weekly-1-opensat", "Anna kellonaika muodossa 8.00 tai 16.30.")]
    public async Task Bad_input_is_named_next_to_its_field_the_input_stays_and_nothing_is_saved(string field, string value, string others, string id, string message)
    {
        var organization = await CreateOrganizationAsync(app);
        var service = await CreateServiceAsync(app, organization.Id);
        var (browser, _) = await SignedInEditorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync($"/directory/services/{service.Id}");
        var values = new Dictionary<string, string> { ["Input.Name.Fi"] = "Muutettu nimi", [field] = value };
        foreach (var pair in others.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            values[pair.Split('=')[0]] = pair.Split('=')[1];
        }

        var page = await browser.SubmitAsync(form, "#service-form", values);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text($"#{id}-error").ShouldBe(message);
        page.Document.QuerySelector($".error-summary a[href='#{id}']")!.TextContent.ShouldEndWith(": " + message);
        page.Document.QuerySelector("#name-fi")!.GetAttribute("value").ShouldBe("Muutettu nimi");
        if (page.Document.QuerySelector($"input#{id}") is { } input)
        {
            input.GetAttribute("value").ShouldBe(value);
            input.GetAttribute("aria-invalid").ShouldBe("true");
        }

        var stored = await FindServiceAsync(app, service.Id);
        (stored.Name.Fi, stored.Version, stored.MaxAge, stored.OpeningHours.Count).ShouldBe((service.Name.Fi, 1, 6, 0));
        (await ChangesAsync(app, service.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_version_is_refused_naming_them_and_the_input_stays()
    {
        var organization = await CreateOrganizationAsync(app);
        var service = await CreateServiceAsync(app, organization.Id);
        var (first, _) = await SignedInEditorAsync(app);
        var (second, _) = await SignedInEditorAsync(app, Perhesilta.Platform.Auth.StaffRoles.Administrator);
        using var _first = first;
        using var _second = second;
        var firstForm = await first.GetAsync($"/directory/services/{service.Id}");
        var secondForm = await second.GetAsync($"/directory/services/{service.Id}");

        (await first.SubmitAsync(firstForm, "#service-form", new Dictionary<string, string> { ["Input.Name.Fi"] = "Ensimmäisen nimi" })).IsRedirect.ShouldBeTrue();
        var refused = await second.SubmitAsync(secondForm, "#service-form", new Dictionary<string, string> { ["Input.Name.Fi"] = "Toisen nimi" });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("#conflict").ShouldContain("Testi DirectoryEditor tallensi muutoksia");
        refused.Document.QuerySelector("#name-fi")!.GetAttribute("value").ShouldBe("Toisen nimi");
        var stored = await FindServiceAsync(app, service.Id);
        (stored.Name.Fi, stored.Version).ShouldBe(("Ensimmäisen nimi", 2));

        // Having seen the conflict, the editor may save their version over it.
        (await second.SubmitAsync(refused, "#service-form")).IsRedirect.ShouldBeTrue();
        var overwritten = await FindServiceAsync(app, service.Id);
        (overwritten.Name.Fi, overwritten.Version).ShouldBe(("Toisen nimi", 3));
        (await ChangesAsync(app, service.Id)).Select(c => c.Version).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task More_rows_adds_empty_opening_hours_rows_without_saving()
    {
        var organization = await CreateOrganizationAsync(app);
        var service = await CreateServiceAsync(app, organization.Id);
        var (browser, _) = await SignedInEditorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync($"/directory/services/{service.Id}");
        var rowsBefore = form.Document.QuerySelectorAll("select[name^='Input.Weekly']").Length;

        var more = await browser.SubmitAsync(form, "#service-form", new Dictionary<string, string> { ["Input.Name.Fi"] = "Kesken", ["more"] = "weekly" });

        more.Status.ShouldBe(HttpStatusCode.OK);
        more.Document.QuerySelectorAll("select[name^='Input.Weekly']").Length.ShouldBe(rowsBefore + 5);
        more.Document.QuerySelector("#name-fi")!.GetAttribute("value").ShouldBe("Kesken");
        (await FindServiceAsync(app, service.Id)).Version.ShouldBe(1);
    }

    public sealed class OnSqlite(SqliteApp app) : ServiceEditingTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ServiceEditingTests(app), IClassFixture<PostgresApp>;
}
