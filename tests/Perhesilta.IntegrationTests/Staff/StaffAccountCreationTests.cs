using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Staff;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Staff;

public abstract class StaffAccountCreationTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_administrator_creates_an_account_and_sees_its_temporary_password_once()
    {
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var email = StaffTestData.Unique("uusi.") + "@test.perhesilta.example";
        var form = await browser.GetAsync("/admin/staff/new");
        form.Document.QuerySelectorAll("fieldset > legend").Select(l => l.TextContent.Trim()).ShouldContain("Roolit");
        form.Document.QuerySelector("label[for='email']").ShouldNotBeNull();

        var result = await browser.PostAsync("/admin/staff/new", Fields(form, email, "Uuno Uusi-Testinen",
            roles: [StaffRoles.ServiceGuide, StaffRoles.Professional], areas: ["oulu"], municipalities: ["305", "678"]));

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.Text("h1").ShouldBe("Käyttäjätunnus luotu");
        result.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var password = result.Text("#temporary-password");
        password.Length.ShouldBe(23);
        var user = (await StaffTestData.FindUserByEmailAsync(app, email)).ShouldNotBeNull();
        user.DisplayName.ShouldBe("Uuno Uusi-Testinen");
        user.MustChangePassword.ShouldBeTrue();
        user.TwoFactorEnabled.ShouldBeFalse();
        user.IsActive.ShouldBeTrue();
        (await StaffTestData.RolesOfAsync(app, user.Id)).Order().ShouldBe([StaffRoles.Professional, StaffRoles.ServiceGuide]);
        (await app.WithDbAsync(db => db.Set<StaffArea>().Where(a => a.UserId == user.Id).CountAsync())).ShouldBe(1);
        (await app.WithDbAsync(db => db.Set<StaffMunicipality>().Where(m => m.UserId == user.Id).Select(m => m.MunicipalityCode).OrderBy(c => c).ToListAsync()))
            .ShouldBe(["305", "678"]);
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            (await users.CheckPasswordAsync((await users.FindByIdAsync(user.Id))!, password)).ShouldBeTrue();
        });

        // The password is not kept anywhere it could be shown again.
        var details = await browser.GetAsync("/admin/staff/" + user.Id);
        details.Body.ShouldNotContain(password);
        user.PasswordHash.ShouldNotBe(password);
    }

    [Theory]
    [InlineData("email-format", "email", "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.")]
    [InlineData("email-without-domain", "email", "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.")]
    [InlineData("email-missing", "email", "Kirjoita sähköpostiosoite.")]
    [InlineData("email-taken", "email", "Tällä sähköpostiosoitteella on jo käyttäjätunnus.")]
    [InlineData("name-missing", "name", "Kirjoita nimi.")]
    [InlineData("name-too-long", "name", "Nimi voi olla enintään 200 merkkiä pitkä.")]
    [InlineData("no-role", "roles", "Valitse vähintään yksi rooli.")]
    [InlineData("unknown-role", "roles", "Roolia ”Superuser” ei ole. Valitse roolit luettelosta.")]
    [InlineData("unknown-area", "areas", "Aluetta ”no-such-area” ei ole. Valitse alueet luettelosta.")]
    [InlineData("unknown-municipality", "municipalities", "Kuntaa ”999” ei ole. Valitse kunnat luettelosta.")]
    public async Task Invalid_input_is_named_next_to_its_field_keeps_what_was_typed_and_saves_nothing(string problem, string field, string message)
    {
        var existing = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var email = StaffTestData.Unique("virhe.") + "@test.perhesilta.example";
        var name = "Vilma Virheellinen";
        string[] roles = [StaffRoles.Professional];
        string[] areas = ["raahe"];
        string[] municipalities = ["564"];
        switch (problem)
        {
            case "email-format": email = "ei-osoite"; break;
            case "email-without-domain": email = "nimi@palvelin"; break;
            case "email-missing": email = ""; break;
            case "email-taken": email = existing.Email.ToUpperInvariant(); break;
            case "name-missing": name = "  "; break;
            case "name-too-long": name = new string('n', 201); break;
            case "no-role": roles = []; break;
            case "unknown-role": roles = [StaffRoles.Professional, "Superuser"]; break;
            case "unknown-area": areas = ["raahe", "no-such-area"]; break;
            case "unknown-municipality": municipalities = ["564", "999"]; break;
        }

        var usersBefore = await app.WithDbAsync(db => db.Users.CountAsync());
        var form = await browser.GetAsync("/admin/staff/new");
        var page = await browser.PostAsync("/admin/staff/new", Fields(form, email, name, roles, areas, municipalities));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector($".error-summary a[href='#{field}']")!.TextContent.ShouldBe(message);
        page.Text($"#{field}-error").ShouldBe(message);
        page.Document.QuerySelector($"#{field}").ShouldNotBeNull();
        (page.Document.QuerySelector("#email")!.GetAttribute("value") ?? "").ShouldBe(email);
        if (problem != "name-missing")
        {
            page.Document.QuerySelector("#name")!.GetAttribute("value").ShouldBe(name);
        }

        page.Document.QuerySelector($"input[name='Input.Roles'][value='{StaffRoles.Professional}']")!.HasAttribute("checked").ShouldBe(roles.Contains(StaffRoles.Professional));
        page.Document.QuerySelector("input[name='Input.AreaCodes'][value='raahe']")!.HasAttribute("checked").ShouldBeTrue();
        page.Document.QuerySelector("input[name='Input.MunicipalityCodes'][value='564']")!.HasAttribute("checked").ShouldBeTrue();
        page.Document.QuerySelector("#temporary-password").ShouldBeNull();
        (await app.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(usersBefore);
    }

    [Fact]
    public async Task Temporary_passwords_are_strong_and_never_repeat()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => CreateStaffAccount.NewTemporaryPassword()).ToList();

        passwords.Distinct().Count().ShouldBe(200);
        foreach (var password in passwords)
        {
            password.ShouldMatch("^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$");
            password.Any(char.IsAsciiLetterUpper).ShouldBeTrue();
            password.Any(char.IsAsciiLetterLower).ShouldBeTrue();
            password.Any(char.IsAsciiDigit).ShouldBeTrue();
        }
    }

    internal static List<KeyValuePair<string, string>> Fields(Page form, string email, string name, string[] roles, string[] areas, string[] municipalities)
    {
        var token = form.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("Input.Email", email), new("Input.DisplayName", name) };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        fields.AddRange(areas.Select(a => new KeyValuePair<string, string>("Input.AreaCodes", a)));
        fields.AddRange(municipalities.Select(m => new KeyValuePair<string, string>("Input.MunicipalityCodes", m)));
        return fields;
    }

    public sealed class OnSqlite(SqliteApp app) : StaffAccountCreationTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : StaffAccountCreationTests(app), IClassFixture<PostgresApp>;
}
