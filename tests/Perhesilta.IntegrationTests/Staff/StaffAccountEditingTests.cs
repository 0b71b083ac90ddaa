using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Staff;

public abstract class StaffAccountEditingTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_administrator_changes_a_persons_name_roles_areas_and_municipalities()
    {
        var target = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync("/admin/staff/" + target.Id);
        form.Document.QuerySelector("#name")!.GetAttribute("value").ShouldBe("Testi ServiceGuide");
        form.Document.QuerySelector("input[name='Input.AreaCodes'][value='oulu']")!.HasAttribute("checked").ShouldBeTrue();

        var saved = await browser.PostAsync("/admin/staff/" + target.Id, EditFields(form, "Sanna Siirretty", [StaffRoles.Professional, StaffRoles.Manager], ["raahe", "koillismaa"], ["009"]));

        saved.Location.ShouldBe("/admin/staff/" + target.Id);
        (await browser.GetAsync(saved.Location!)).Text(".notice").ShouldBe("Muutokset tallennettiin.");
        (await StaffTestData.FindUserAsync(app, target.Id)).DisplayName.ShouldBe("Sanna Siirretty");
        (await StaffTestData.RolesOfAsync(app, target.Id)).Order().ShouldBe([StaffRoles.Manager, StaffRoles.Professional]);
        (await AreaCodesOfAsync(target.Id)).ShouldBe(["koillismaa", "raahe"]);
        (await app.WithDbAsync(db => db.Set<StaffMunicipality>().Where(m => m.UserId == target.Id).Select(m => m.MunicipalityCode).ToListAsync())).ShouldBe(["009"]);
    }

    [Fact]
    public async Task An_edit_of_an_account_changed_meanwhile_is_refused_and_saves_nothing()
    {
        var target = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync("/admin/staff/" + target.Id);
        await StaffTestData.ChangeUserAsync(app, target.Id, u => u.DisplayName = "Toisen ylläpitäjän muutos");

        var page = await browser.PostAsync("/admin/staff/" + target.Id, EditFields(form, "Vanhentunut muutos", [StaffRoles.Administrator], ["raahe"], []));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text(".error-summary").ShouldContain("Joku muu muutti tämän käyttäjätunnuksen tietoja");
        page.Document.QuerySelector("#name")!.GetAttribute("value").ShouldBe("Vanhentunut muutos");
        (await StaffTestData.FindUserAsync(app, target.Id)).DisplayName.ShouldBe("Toisen ylläpitäjän muutos");
        (await StaffTestData.RolesOfAsync(app, target.Id)).ShouldBe([StaffRoles.ServiceGuide]);
        (await AreaCodesOfAsync(target.Id)).ShouldBe(["oulu"]);
    }

    [Fact]
    public async Task Invalid_changes_are_named_and_save_nothing()
    {
        var target = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var form = await browser.GetAsync("/admin/staff/" + target.Id);

        var page = await browser.PostAsync("/admin/staff/" + target.Id, EditFields(form, "", [], ["oulu", "tampered"], []));

        page.Text("#name-error").ShouldBe("Kirjoita nimi.");
        page.Text("#roles-error").ShouldBe("Valitse vähintään yksi rooli.");
        page.Text("#areas-error").ShouldBe("Aluetta ”tampered” ei ole. Valitse alueet luettelosta.");
        var user = await StaffTestData.FindUserAsync(app, target.Id);
        user.DisplayName.ShouldBe("Testi ServiceGuide");
        (await StaffTestData.RolesOfAsync(app, target.Id)).ShouldBe([StaffRoles.ServiceGuide]);
    }

    [Fact]
    public async Task Deactivating_an_account_ends_its_sessions_and_reactivating_restores_it()
    {
        var target = await app.CreateStaffAsync(StaffRoles.Professional);
        var stampBefore = (await StaffTestData.FindUserAsync(app, target.Id)).SecurityStamp;
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var page = await browser.GetAsync("/admin/staff/" + target.Id);

        var deactivated = await browser.SubmitAsync(page, "#deactivate-form");

        deactivated.Location.ShouldBe("/admin/staff/" + target.Id);
        var user = await StaffTestData.FindUserAsync(app, target.Id);
        user.IsActive.ShouldBeFalse();
        user.SecurityStamp.ShouldNotBe(stampBefore);
        var shown = await browser.GetAsync(deactivated.Location!);
        shown.Text(".notice").ShouldBe("Käyttäjätunnus poistettiin käytöstä ja sen istunnot päättyvät.");
        shown.Document.QuerySelector("#deactivate-form").ShouldBeNull();

        using var targetBrowser = app.NewBrowser();
        (await targetBrowser.SignInAsync(target)).Location.ShouldNotBe("/staff");

        var reactivated = await browser.SubmitAsync(shown, "#reactivate-form");
        reactivated.Location.ShouldBe("/admin/staff/" + target.Id);
        (await StaffTestData.FindUserAsync(app, target.Id)).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_themselves()
    {
        var (browser, admin) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var page = await browser.GetAsync("/admin/staff/" + admin.Id);
        page.Document.QuerySelector("#deactivate-form").ShouldBeNull();
        var token = page.Document.QuerySelector("#details-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var refused = await browser.PostAsync($"/admin/staff/{admin.Id}?handler=Deactivate", [new("__RequestVerificationToken", token)]);

        (await browser.GetAsync(refused.Location!)).Text(".notice").ShouldBe("Et voi poistaa omaa käyttäjätunnustasi käytöstä. Mitään ei muutettu.");
        (await StaffTestData.FindUserAsync(app, admin.Id)).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task The_last_active_administrator_keeps_the_role_and_cannot_be_deactivated()
    {
        var (browser, admin) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var others = await app.WithDbAsync(async db =>
        {
            var roleId = await db.Roles.Where(r => r.Name == StaffRoles.Administrator).Select(r => r.Id).SingleAsync();
            var ids = await db.UserRoles.Where(ur => ur.RoleId == roleId && ur.UserId != admin.Id).Select(ur => ur.UserId).ToListAsync();
            return await db.Users.Where(u => ids.Contains(u.Id) && u.IsActive).Select(u => u.Id).ToListAsync();
        });
        foreach (var id in others)
        {
            await StaffTestData.ChangeUserAsync(app, id, u => u.IsActive = false);
        }

        try
        {
            var form = await browser.GetAsync("/admin/staff/" + admin.Id);
            var page = await browser.PostAsync("/admin/staff/" + admin.Id, EditFields(form, "Viimeinen Ylläpitäjä", [StaffRoles.Manager], [], []));

            page.Text("#roles-error").ShouldBe("Henkilö on ainoa käytössä oleva ylläpitäjä. Anna ylläpitäjän rooli ensin jollekulle toiselle.");
            (await StaffTestData.RolesOfAsync(app, admin.Id)).ShouldBe([StaffRoles.Administrator]);

            var outcome = SetStaffAccountActiveOutcome.Done;
            await app.WithServicesAsync(async services =>
                outcome = await services.GetRequiredService<SetStaffAccountActive>().HandleAsync(admin.Id, active: false, actingUserId: "another-person"));
            outcome.ShouldBe(SetStaffAccountActiveOutcome.RefusedForLastAdministrator);
            (await StaffTestData.FindUserAsync(app, admin.Id)).IsActive.ShouldBeTrue();
        }
        finally
        {
            foreach (var id in others)
            {
                await StaffTestData.ChangeUserAsync(app, id, u => u.IsActive = true);
            }
        }
    }

    [Fact]
    public async Task Resetting_the_second_factor_makes_the_person_set_it_up_again()
    {
        var target = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        string? keyBefore = null;
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByIdAsync(target.Id))!;
            (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 5))!.Count().ShouldBe(5);
            user.LastTotpTimeStep = 123456;
            (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
            keyBefore = await users.GetAuthenticatorKeyAsync(user);
        });
        var stampBefore = (await StaffTestData.FindUserAsync(app, target.Id)).SecurityStamp;
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        var page = await browser.GetAsync("/admin/staff/" + target.Id);

        var reset = await browser.SubmitAsync(page, "#reset-second-factor-form");

        (await browser.GetAsync(reset.Location!)).Text(".notice").ShouldStartWith("Toinen tunnistautumistapa nollattiin.");
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByIdAsync(target.Id))!;
            user.TwoFactorEnabled.ShouldBeFalse();
            user.LastTotpTimeStep.ShouldBeNull();
            user.SecurityStamp.ShouldNotBe(stampBefore);
            (await users.GetAuthenticatorKeyAsync(user)).ShouldNotBe(keyBefore);
            (await users.CountRecoveryCodesAsync(user)).ShouldBe(0);
        });
        using var targetBrowser = app.NewBrowser();
        var signIn = await targetBrowser.SignInAsync(target.Email, target.Password, totpSecret: null);
        // The password alone no longer leads to the code prompt but to setting up an authenticator.
        (signIn.Location ?? "").ShouldNotStartWith("/account/two-factor");
        signIn.Location.ShouldNotBe("/staff");
    }

    [Fact]
    public async Task The_account_list_finds_by_name_or_email_filters_by_role_area_and_status_and_pages()
    {
        var tag = StaffTestData.Unique("Hakutesti");
        var area = await StaffTestData.CreateAreaAsync(app);
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var db = services.GetRequiredService<Perhesilta.Platform.Data.PerhesiltaDbContext>();
            for (var i = 0; i < 27; i++)
            {
                var email = $"{tag.ToLowerInvariant()}.{i:00}@test.perhesilta.example";
                var user = new StaffUser { UserName = email, Email = email, DisplayName = $"Äijälä {tag} {i:00}", IsActive = i != 0, CreatedAt = DateTime.UtcNow };
                (await users.CreateAsync(user)).Succeeded.ShouldBeTrue();
                (await users.AddToRoleAsync(user, i < 2 ? StaffRoles.Manager : StaffRoles.ServiceGuide)).Succeeded.ShouldBeTrue();
                if (i == 1)
                {
                    db.Add(new StaffArea { UserId = user.Id, AreaId = area.Id });
                    await db.SaveChangesAsync();
                }
            }
        });
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;

        var first = await browser.GetAsync("/admin/staff?q=" + Uri.EscapeDataString("äIJÄLÄ " + tag.ToUpperInvariant()));
        first.Text("main p[role='status']").ShouldBe("Hakuehtoja vastaavia käyttäjätunnuksia: 27");
        Names(first).Count.ShouldBe(25);
        Names(first)[0].ShouldBe($"Äijälä {tag} 00");
        first.Document.QuerySelectorAll("#accounts thead th[scope='col']").Select(th => th.TextContent.Trim())
            .ShouldBe(["Nimi", "Sähköpostiosoite", "Roolit", "Alueet", "Toinen tunnistautumistapa käytössä", "Tila"]);
        var next = first.Document.QuerySelector("a[rel='next']")!.GetAttribute("href")!;
        var second = await browser.GetAsync(next);
        Names(second).ShouldBe([$"Äijälä {tag} 25", $"Äijälä {tag} 26"]);

        var byEmail = await browser.GetAsync($"/admin/staff?q={tag.ToLowerInvariant()}.07@TEST");
        Names(byEmail).ShouldBe([$"Äijälä {tag} 07"]);

        var managers = await browser.GetAsync($"/admin/staff?q={tag}&role=Manager");
        Names(managers).ShouldBe([$"Äijälä {tag} 00", $"Äijälä {tag} 01"]);

        var inactive = await browser.GetAsync($"/admin/staff?q={tag}&status=inactive");
        Names(inactive).ShouldBe([$"Äijälä {tag} 00"]);
        inactive.Text("#accounts tbody tr").ShouldContain("Poistettu käytöstä");

        var inArea = await browser.GetAsync($"/admin/staff?q={tag}&area={area.Code}&status=active");
        Names(inArea).ShouldBe([$"Äijälä {tag} 01"]);
        var cells = inArea.Document.QuerySelectorAll("#accounts tbody tr > *").Select(c => c.TextContent.Trim()).ToList();
        cells.ShouldBe([$"Äijälä {tag} 01", $"{tag.ToLowerInvariant()}.01@test.perhesilta.example", "Esihenkilö", area.NameFi, "Ei", "Käytössä"]);
    }

    private static List<string> Names(Page page) =>
        [.. page.Document.QuerySelectorAll("#accounts tbody th[scope='row']").Select(th => th.TextContent.Trim())];

    private async Task<List<string>> AreaCodesOfAsync(string userId) =>
        await app.WithDbAsync(db => db.Set<StaffArea>().Where(a => a.UserId == userId)
            .Join(db.Set<Area>(), s => s.AreaId, a => a.Id, (_, a) => a.Code).OrderBy(c => c).ToListAsync());

    internal static List<KeyValuePair<string, string>> EditFields(Page form, string name, string[] roles, string[] areas, string[] municipalities)
    {
        var token = form.Document.QuerySelector("#details-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var stamp = form.Document.QuerySelector("#details-form input[name='Input.ConcurrencyStamp']")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("Input.ConcurrencyStamp", stamp), new("Input.DisplayName", name) };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        fields.AddRange(areas.Select(a => new KeyValuePair<string, string>("Input.AreaCodes", a)));
        fields.AddRange(municipalities.Select(m => new KeyValuePair<string, string>("Input.MunicipalityCodes", m)));
        return fields;
    }

    public sealed class OnSqlite(SqliteApp app) : StaffAccountEditingTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : StaffAccountEditingTests(app), IClassFixture<PostgresApp>;
}
