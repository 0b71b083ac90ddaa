using System.Net;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Staff;

/// <summary>Every administration page, GET and POST, is for administrators only.</summary>
public abstract class StaffAdminAccessTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Anonymous_requests_to_administration_pages_are_sent_to_sign_in()
    {
        var (targetId, areaId) = await TargetsAsync();
        using var browser = app.NewBrowser();

        foreach (var url in GetUrls(targetId, areaId))
        {
            (await browser.GetAsync(url)).ShouldAskToSignIn(url);
        }

        foreach (var (url, fields) in PostRequests(targetId, areaId, token: ""))
        {
            (await browser.PostAsync(url, fields)).ShouldAskToSignIn(url);
        }

        (await StaffTestData.FindUserAsync(app, targetId)).IsActive.ShouldBeTrue();
    }

    [Theory]
    [InlineData(StaffRoles.ServiceGuide)]
    [InlineData(StaffRoles.Professional)]
    [InlineData(StaffRoles.Manager)]
    public async Task Other_roles_are_refused_every_administration_page_and_change_nothing(string role)
    {
        var (targetId, areaId) = await TargetsAsync();
        var before = await StaffTestData.FindUserAsync(app, targetId);
        var person = await app.CreateStaffAsync(role, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, person);
        var token = await StaffTestData.AntiforgeryTokenAsync(browser);

        foreach (var url in GetUrls(targetId, areaId))
        {
            (await browser.GetAsync(url)).ShouldBeForbidden(url);
        }

        foreach (var (url, fields) in PostRequests(targetId, areaId, token))
        {
            (await browser.PostAsync(url, fields)).ShouldBeForbidden(url);
        }

        var after = await StaffTestData.FindUserAsync(app, targetId);
        after.IsActive.ShouldBeTrue();
        after.TwoFactorEnabled.ShouldBeTrue();
        after.SecurityStamp.ShouldBe(before.SecurityStamp);
        after.DisplayName.ShouldBe(before.DisplayName);
    }

    [Fact]
    public async Task Administrators_open_every_administration_page()
    {
        var (targetId, areaId) = await TargetsAsync();
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (browser)
        {
            foreach (var url in GetUrls(targetId, areaId))
            {
                var page = await browser.GetAsync(url);
                page.Status.ShouldBe(HttpStatusCode.OK, url);
                page.Document.QuerySelector("h1").ShouldNotBeNull(url);
            }
        }
    }

    [Fact]
    public async Task Every_signed_in_role_opens_the_start_page_and_anonymous_visitors_are_sent_to_sign_in()
    {
        using var anonymous = app.NewBrowser();
        (await anonymous.GetAsync("/staff")).ShouldAskToSignIn("/staff");

        foreach (var role in StaffRoles.All)
        {
            using var browser = await StaffTestData.SignedInAsync(app, await app.CreateStaffAsync(role));
            (await browser.GetAsync("/staff")).Status.ShouldBe(HttpStatusCode.OK, role);
        }
    }

    [Fact]
    public async Task Unknown_accounts_and_areas_are_not_found()
    {
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (browser)
        {
            (await browser.GetAsync("/admin/staff/" + Guid.NewGuid())).Status.ShouldBe(HttpStatusCode.NotFound);
            (await browser.GetAsync("/admin/areas/987654")).Status.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    [Theory]
    [InlineData("sv", "Användarkonton", "Nytt användarkonto", "Områden", "Roller")]
    [InlineData("en", "Staff accounts", "New staff account", "Areas", "Roles")]
    public async Task The_administration_pages_speak_the_chosen_language(string language, string accounts, string newAccount, string areas, string roles)
    {
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (browser)
        {
            await browser.GetAsync($"/language/{language}?returnUrl=/staff");

            (await browser.GetAsync("/admin/staff")).Text("h1").ShouldBe(accounts);
            var form = await browser.GetAsync("/admin/staff/new");
            form.Text("h1").ShouldBe(newAccount);
            form.Document.QuerySelector("fieldset > legend")!.TextContent.ShouldBe(roles);
            (await browser.GetAsync("/admin/areas")).Text("h1").ShouldBe(areas);
        }
    }

    private async Task<(string TargetId, int AreaId)> TargetsAsync()
    {
        var target = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var area = await StaffTestData.CreateAreaAsync(app);
        return (target.Id, area.Id);
    }

    private static string[] GetUrls(string targetId, int areaId) =>
    [
        "/admin/staff",
        "/admin/staff?q=testi&role=Manager&area=oulu&status=active&pageNumber=2",
        "/admin/staff/new",
        "/admin/staff/" + targetId,
        "/admin/areas",
        "/admin/areas/new",
        "/admin/areas/" + areaId,
    ];

    private static List<(string Url, List<KeyValuePair<string, string>> Fields)> PostRequests(string targetId, int areaId, string token)
    {
        KeyValuePair<string, string> Token() => new("__RequestVerificationToken", token);
        return
        [
            ("/admin/staff/new", [Token(), new("Input.Email", StaffTestData.Unique("x") + "@test.perhesilta.example"), new("Input.DisplayName", "Ei tallennu"), new("Input.Roles", StaffRoles.Administrator)]),
            ("/admin/staff/" + targetId, [Token(), new("Input.DisplayName", "Muutettu"), new("Input.Roles", StaffRoles.Administrator)]),
            ($"/admin/staff/{targetId}?handler=Deactivate", [Token()]),
            ($"/admin/staff/{targetId}?handler=Reactivate", [Token()]),
            ($"/admin/staff/{targetId}?handler=ResetSecondFactor", [Token()]),
            ("/admin/areas/new", [Token(), new("Input.Code", StaffTestData.Unique("x-")), new("Input.NameFi", "Ei tallennu")]),
            ("/admin/areas/" + areaId, [Token(), new("Input.NameFi", "Muutettu")]),
            ("/admin/areas?handler=Move", [Token(), new("MunicipalityCode", "564"), new("AreaCode", "raahe")]),
            ("/admin/areas?handler=Delete", [Token(), new("areaCode", "oulu")]),
        ];
    }

    public sealed class OnSqlite(SqliteApp app) : StaffAdminAccessTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : StaffAdminAccessTests(app), IClassFixture<PostgresApp>;
}
