using System.Net;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

public abstract class AccessTests(PerhesiltaApp app)
{
    private static readonly Dictionary<string, string> NoValues = [];

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = app.NewBrowser();
        var security = await browser.SignInAndOpenSecurityAsync(staff);

        var signedOut = await browser.SubmitAsync(security, "form[action='/account/sign-out']", NoValues);

        signedOut.Location.ShouldBe("/account/sign-in?signedOut=True");
        (await browser.GetAsync(signedOut.Location!)).Text("#session-notice").ShouldBe("Olet kirjautunut ulos.");
        var after = await browser.GetAsync("/account/security");
        after.Status.ShouldBe(HttpStatusCode.Redirect);
        after.Location.ShouldStartWith("/account/sign-in?ReturnUrl=");
        after.Location.ShouldNotContain("expired");
    }

    [Fact]
    public async Task A_session_without_second_factor_cannot_reach_a_staff_page_and_is_sent_to_set_one_up()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide, secondFactor: false);
        using var browser = app.NewBrowser();

        var afterPassword = await browser.SignInAsync(staff);
        afterPassword.Location.ShouldBe("/account/setup-authenticator");

        var staffPage = await browser.GetAsync("/account/security");
        staffPage.Status.ShouldBe(HttpStatusCode.Redirect);
        staffPage.Location.ShouldStartWith("/account/access-denied");
        var shown = await browser.FollowAsync(staffPage);
        shown.Url.ShouldBe("/account/setup-authenticator");
        shown.Text("h1").ShouldBe("Ota todennussovellus käyttöön");

        var api = await browser.GetAsync("/api/v1/anything");
        api.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_request_that_is_not_signed_in_gets_401_from_the_api_and_the_sign_in_page_elsewhere()
    {
        using var browser = app.NewBrowser();

        (await browser.GetAsync("/api/v1/anything")).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/account/security")).Location.ShouldBe("/account/sign-in?ReturnUrl=%2Faccount%2Fsecurity");
    }

    [Fact]
    public async Task A_full_session_refused_by_a_page_gets_a_localized_403()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.Professional);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(staff);

        var denied = await browser.GetAsync("/account/access-denied?ReturnUrl=%2Fadmin%2Fstaff");

        denied.Status.ShouldBe(HttpStatusCode.Forbidden);
        denied.Text("h1").ShouldBe("Ei käyttöoikeutta");
    }

    public sealed class OnSqlite(SqliteApp app) : AccessTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AccessTests(app), IClassFixture<PostgresApp>;
}
