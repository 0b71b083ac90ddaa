using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Staff;

public abstract class AreaAdministrationTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_administrator_creates_an_area_in_three_languages()
    {
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var code = StaffTestData.Unique("uusi-");
        var form = await browser.GetAsync("/admin/areas/new");

        var created = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.NameFi"] = "Pohjoinen perhekeskus",
            ["Input.NameSv"] = "Norra familjecentret",
            ["Input.NameEn"] = "Northern family centre",
        });

        created.Location.ShouldBe("/admin/areas");
        var area = await app.WithDbAsync(db => db.Set<Area>().SingleAsync(a => a.Code == code));
        (area.NameFi, area.NameSv, area.NameEn).ShouldBe(("Pohjoinen perhekeskus", "Norra familjecentret", "Northern family centre"));
        var list = await browser.GetAsync("/admin/areas");
        list.Text("#notice").ShouldBe("Alue luotiin.");
        var row = list.Document.QuerySelector($"#areas tr[data-area='{code}']")!;
        row.QuerySelector("th[scope='row']")!.TextContent.ShouldBe("Pohjoinen perhekeskus");
        row.QuerySelector("button")!.TextContent.ShouldStartWith("Poista");
    }

    [Theory]
    [InlineData("Iso Alue", "Pohjoinen", "code", "Tunnuksessa voi olla vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä (ei alussa eikä lopussa), enintään 64 merkkiä.")]
    [InlineData("-alku", "Pohjoinen", "code", "Tunnuksessa voi olla vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä (ei alussa eikä lopussa), enintään 64 merkkiä.")]
    [InlineData("", "Pohjoinen", "code", "Kirjoita alueen tunnus.")]
    [InlineData("oulu", "Pohjoinen", "code", "Tällä tunnuksella on jo alue. Valitse toinen tunnus.")]
    [InlineData("uusi-alue-ilman-nimea", "", "name-fi", "Kirjoita alueen nimi suomeksi.")]
    public async Task Invalid_new_areas_are_named_next_to_their_field_and_nothing_is_saved(string code, string nameFi, string field, string message)
    {
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var areasBefore = await app.WithDbAsync(db => db.Set<Area>().CountAsync());
        var form = await browser.GetAsync("/admin/areas/new");

        var page = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.NameFi"] = nameFi,
            ["Input.NameSv"] = "Norr",
        });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector($".error-summary a[href='#{field}']")!.TextContent.ShouldBe(message);
        page.Text($"#{field}-error").ShouldBe(message);
        (page.Document.QuerySelector("#code")!.GetAttribute("value") ?? "").ShouldBe(code);
        page.Document.QuerySelector("#name-sv")!.GetAttribute("value").ShouldBe("Norr");
        (await app.WithDbAsync(db => db.Set<Area>().CountAsync())).ShouldBe(areasBefore);
    }

    [Fact]
    public async Task An_administrator_renames_an_area_and_its_code_stays()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync("/admin/areas/" + area.Id);
        form.Document.QuerySelector("#name-fi")!.GetAttribute("value").ShouldBe(area.NameFi);

        var saved = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Code"] = "tampered-code",
            ["Input.NameFi"] = "Uusi nimi",
            ["Input.NameSv"] = "",
            ["Input.NameEn"] = "New name",
        });

        saved.Location.ShouldBe("/admin/areas");
        var renamed = await app.WithDbAsync(db => db.Set<Area>().SingleAsync(a => a.Id == area.Id));
        (renamed.Code, renamed.NameFi, renamed.NameSv, renamed.NameEn).ShouldBe((area.Code, "Uusi nimi", (string?)null, "New name"));
    }

    [Fact]
    public async Task A_rename_without_a_Finnish_name_is_refused()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync("/admin/areas/" + area.Id);

        var page = await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.NameFi"] = " ", ["Input.NameEn"] = new string('e', 201) });

        page.Text("#name-fi-error").ShouldBe("Kirjoita alueen nimi suomeksi.");
        page.Text("#name-en-error").ShouldBe("Nimi voi olla enintään 200 merkkiä pitkä.");
        (await app.WithDbAsync(db => db.Set<Area>().SingleAsync(a => a.Id == area.Id))).NameFi.ShouldBe(area.NameFi);
    }

    [Fact]
    public async Task A_municipality_moves_to_another_area()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var originalAreaId = await StaffTestData.AreaIdOfMunicipalityAsync(app, "691");
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        try
        {
            var list = await browser.GetAsync("/admin/areas");
            var form = list.Document.QuerySelector("#municipalities tr[data-municipality='691'] form")!;
            form.Id = "move-691-form";
            list.Document.QuerySelector("label[for='move-691']")!.TextContent.ShouldBe("Alue, jolle Reisjärvi siirretään");

            var moved = await browser.SubmitAsync(list, "#move-691-form", new Dictionary<string, string> { ["AreaCode"] = area.Code });

            moved.Location.ShouldBe("/admin/areas");
            (await StaffTestData.AreaIdOfMunicipalityAsync(app, "691")).ShouldBe(area.Id);
            var after = await browser.GetAsync("/admin/areas");
            after.Text("#notice").ShouldBe("Kunta siirrettiin.");
            after.Text($"#areas tr[data-area='{area.Code}']").ShouldContain("Reisjärvi");
            after.Document.QuerySelector($"#areas tr[data-area='{area.Code}'] button").ShouldBeNull();
        }
        finally
        {
            await StaffTestData.MoveMunicipalityAsync(app, "691", originalAreaId);
        }
    }

    [Fact]
    public async Task Moving_to_an_unknown_area_or_an_unknown_municipality_changes_nothing()
    {
        var originalAreaId = await StaffTestData.AreaIdOfMunicipalityAsync(app, "564");
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var list = await browser.GetAsync("/admin/areas");
        var token = list.Document.QuerySelector("#municipalities form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var unknownArea = await browser.PostAsync("/admin/areas?handler=Move", [new("__RequestVerificationToken", token), new("MunicipalityCode", "564"), new("AreaCode", "no-such-area")]);
        (await browser.GetAsync(unknownArea.Location!)).Text("#notice").ShouldBe("Aluetta ei löytynyt. Mitään ei muutettu.");

        var unknownMunicipality = await browser.PostAsync("/admin/areas?handler=Move", [new("__RequestVerificationToken", token), new("MunicipalityCode", "999"), new("AreaCode", "raahe")]);
        (await browser.GetAsync(unknownMunicipality.Location!)).Text("#notice").ShouldBe("Kuntaa ei löytynyt. Mitään ei muutettu.");

        (await StaffTestData.AreaIdOfMunicipalityAsync(app, "564")).ShouldBe(originalAreaId);
    }

    [Fact]
    public async Task Only_an_empty_area_can_be_deleted()
    {
        var empty = await StaffTestData.CreateAreaAsync(app);
        var withStaff = await StaffTestData.CreateAreaAsync(app);
        await app.CreateStaffAsync(StaffRoles.ServiceGuide, [withStaff.Code]);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var list = await browser.GetAsync("/admin/areas");
        list.Document.QuerySelector("#areas tr[data-area='oulu'] button").ShouldBeNull();
        list.Document.QuerySelector($"#areas tr[data-area='{withStaff.Code}'] button").ShouldBeNull();
        var token = list.Document.QuerySelector("#areas form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var withMunicipalities = await browser.PostAsync("/admin/areas?handler=Delete", [new("__RequestVerificationToken", token), new("areaCode", "oulu")]);
        (await browser.GetAsync(withMunicipalities.Location!)).Text("#notice").ShouldBe("Aluetta ei voi poistaa, koska siihen kuuluu kuntia. Siirrä kunnat ensin toisille alueille.");
        var staffed = await browser.PostAsync("/admin/areas?handler=Delete", [new("__RequestVerificationToken", token), new("areaCode", withStaff.Code)]);
        (await browser.GetAsync(staffed.Location!)).Text("#notice").ShouldBe("Aluetta ei voi poistaa, koska sillä on työntekijöitä. Poista alue ensin heidän käyttäjätunnuksistaan.");
        (await app.WithDbAsync(db => db.Set<Area>().CountAsync(a => a.Code == "oulu" || a.Code == withStaff.Code))).ShouldBe(2);

        list = await browser.GetAsync("/admin/areas");
        list.Document.QuerySelector($"#areas tr[data-area='{empty.Code}'] form")!.Id = "delete-empty";
        var deleted = await browser.SubmitAsync(list, "#delete-empty");
        (await browser.GetAsync(deleted.Location!)).Text("#notice").ShouldBe("Alue poistettiin.");
        (await app.WithDbAsync(db => db.Set<Area>().AnyAsync(a => a.Code == empty.Code))).ShouldBeFalse();
    }

    public sealed class OnSqlite(SqliteApp app) : AreaAdministrationTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AreaAdministrationTests(app), IClassFixture<PostgresApp>;
}
