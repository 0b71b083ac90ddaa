using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Staff;

public abstract class AreaSettingsTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_administrator_sets_the_emergency_number_and_the_unit_receiving_notifications()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync("/admin/areas/" + area.Id);

        var saved = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.EmergencySocialServicesPhone"] = " +358 8 123 4567 ",
            ["Input.NotificationReceivingUnit"] = "Perhepalvelujen alkuarviotiimi (testi)",
        });

        saved.Location.ShouldBe("/admin/areas");
        (await browser.GetAsync("/admin/areas")).Text("#notice").ShouldBe("Alueen tiedot tallennettiin.");
        var stored = await app.WithDbAsync(db => db.Set<Area>().SingleAsync(a => a.Id == area.Id));
        (stored.EmergencySocialServicesPhone, stored.NotificationReceivingUnit, stored.NameFi).ShouldBe(("+358 8 123 4567", "Perhepalvelujen alkuarviotiimi (testi)", area.NameFi));
        var again = await browser.GetAsync("/admin/areas/" + area.Id);
        again.Document.QuerySelector("#emergency-phone")!.GetAttribute("value").ShouldBe("+358 8 123 4567");
        again.Document.QuerySelector("#receiving-unit")!.GetAttribute("value").ShouldBe("Perhepalvelujen alkuarviotiimi (testi)");

        await browser.SubmitAsync(again, "main form", new Dictionary<string, string> { ["Input.EmergencySocialServicesPhone"] = "", ["Input.NotificationReceivingUnit"] = " " });
        var cleared = await app.WithDbAsync(db => db.Set<Area>().SingleAsync(a => a.Id == area.Id));
        (cleared.EmergencySocialServicesPhone, cleared.NotificationReceivingUnit).ShouldBe((null, null));
    }

    [Theory]
    [InlineData("soita päivystykseen", "emergency-phone", "Puhelinnumerossa voi olla numeroita, välilyöntejä, yhdysmerkkejä ja sulkeita sekä alussa +, yhteensä 5–15 numeroa. Esimerkiksi 08 123 4567.")]
    [InlineData("112", "emergency-phone", "Puhelinnumerossa voi olla numeroita, välilyöntejä, yhdysmerkkejä ja sulkeita sekä alussa +, yhteensä 5–15 numeroa. Esimerkiksi 08 123 4567.")]
    [InlineData("+358 40 123 4567 8901 234", "emergency-phone", "Puhelinnumerossa voi olla numeroita, välilyöntejä, yhdysmerkkejä ja sulkeita sekä alussa +, yhteensä 5–15 numeroa. Esimerkiksi 08 123 4567.")]
    [InlineData("08 123+4567", "emergency-phone", "Puhelinnumerossa voi olla numeroita, välilyöntejä, yhdysmerkkejä ja sulkeita sekä alussa +, yhteensä 5–15 numeroa. Esimerkiksi 08 123 4567.")]
    [InlineData("unit", "receiving-unit", "Yksikön nimi voi olla enintään 200 merkkiä pitkä.")]
    public async Task Bad_area_settings_are_named_next_to_their_field_and_nothing_is_saved(string value, string field, string message)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync("/admin/areas/" + area.Id);
        var typed = field == "receiving-unit" ? new string('y', 201) : value;
        var input = field == "receiving-unit" ? "Input.NotificationReceivingUnit" : "Input.EmergencySocialServicesPhone";

        var page = await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { [input] = typed, ["Input.NameFi"] = "Uusi nimi" });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text($"#{field}-error").ShouldBe(message);
        page.Document.QuerySelector($".error-summary a[href='#{field}']")!.TextContent.ShouldBe(message);
        page.Document.QuerySelector($"#{field}")!.GetAttribute("value").ShouldBe(typed);
        page.Document.QuerySelector($"#{field}")!.GetAttribute("aria-invalid").ShouldBe("true");
        var stored = await app.WithDbAsync(db => db.Set<Area>().SingleAsync(a => a.Id == area.Id));
        (stored.NameFi, stored.EmergencySocialServicesPhone, stored.NotificationReceivingUnit).ShouldBe((area.NameFi, null, null));
    }

    [Fact]
    public async Task The_demo_areas_have_a_fictional_receiving_unit_and_no_made_up_emergency_number()
    {
        var areas = await app.WithDbAsync(db => db.Set<Area>().Where(a => a.Code == "oulu" || a.Code == "raahe").ToListAsync());

        areas.Count.ShouldBe(2);
        areas.ShouldAllBe(a => a.EmergencySocialServicesPhone == null);
        areas.Single(a => a.Code == "oulu").NotificationReceivingUnit.ShouldBe("Perhepalvelujen alkuarviotiimi (Oulun seutu) – demo");
    }

    public sealed class OnSqlite(SqliteApp app) : AreaSettingsTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AreaSettingsTests(app), IClassFixture<PostgresApp>;
}
