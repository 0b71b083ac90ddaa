using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

public abstract class DirectoryNotConfiguredTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Without_configuration_the_sign_in_page_offers_no_directory_sign_in()
    {
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync("/account/sign-in");

        page.Document.QuerySelector("#directory-form").ShouldBeNull();
        page.Body.ShouldNotContain("Kirjaudu organisaation tunnuksella");
        var post = await browser.PostAsync("/account/directory-sign-in", FormToken(page));
        post.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    private static List<KeyValuePair<string, string>> FormToken(Page page) =>
        [new("__RequestVerificationToken", page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!)];

    public sealed class OnSqlite(SqliteApp app) : DirectoryNotConfiguredTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : DirectoryNotConfiguredTests(app), IClassFixture<PostgresApp>;
}

/// <summary>The county's directory configured; its metadata is given directly, so no directory needs to answer.</summary>
public abstract class DirectorySignInTests(CustomApp custom)
{
    public const string Authority = "https://directory.test.perhesilta.example";
    private readonly PerhesiltaApp _app = custom.App;

    [Fact]
    public async Task When_configured_the_sign_in_page_offers_the_directory_and_sends_the_person_there()
    {
        using var browser = _app.NewBrowser();
        var page = await browser.GetAsync("/account/sign-in");

        page.Text("#directory-form button").ShouldBe("Kirjaudu organisaation tunnuksella");
        var challenge = await browser.SubmitAsync(page, "#directory-form");

        challenge.Status.ShouldBe(HttpStatusCode.Redirect);
        var location = challenge.Response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(Authority + "/authorize");
        location.Query.ShouldContain("client_id=perhesilta-test");
        location.Query.ShouldContain("response_type=code");
        location.Query.ShouldContain("scope=openid%20profile%20email");
    }

    [Fact]
    public async Task A_directory_sign_in_with_mfa_opens_a_full_session_for_the_matching_active_account()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = _app.NewBrowser();

        var page = await CallbackAsync(browser, Subject(), new Claim("email", staff.Email), Verified, new Claim("amr", "pwd"), new Claim("amr", "mfa"));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("#continue")!.GetAttribute("href").ShouldBe("/staff");
        (await browser.HasStaffSessionAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task A_directory_sign_in_without_mfa_still_needs_the_local_authenticator_code()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = _app.NewBrowser();

        var page = await CallbackAsync(browser, Subject(), new Claim("email", staff.Email), Verified, new Claim("amr", "pwd"));

        page.Location.ShouldBe("/account/two-factor");
        (await browser.HasStaffSessionAsync()).ShouldBeFalse();
        var signedIn = await browser.SubmitAsync(await browser.GetAsync("/account/two-factor"), "main form",
            new Dictionary<string, string> { ["Input.Code"] = await PageClient.NextCodeAsync(staff.Email, staff.TotpSecret!) });
        signedIn.Location.ShouldBe("/staff");
        (await browser.HasStaffSessionAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task A_directory_sign_in_never_creates_an_account_nor_opens_a_deactivated_one()
    {
        var deactivated = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        await _app.UpdateUserAsync(deactivated.Id, u => u.IsActive = false);
        var unknown = $"unknown-{Guid.NewGuid():N}@test.perhesilta.example";

        foreach (var email in new[] { unknown, deactivated.Email })
        {
            using var browser = _app.NewBrowser();
            var page = await CallbackAsync(browser, Subject(), new Claim("email", email), Verified, new Claim("amr", "mfa"));

            page.Status.ShouldBe(HttpStatusCode.OK);
            page.Text("#error-summary p").ShouldStartWith("Organisaation tunnuksellasi ei löydy voimassa olevaa Perhesilta-käyttäjätiliä.");
            (await browser.HasStaffSessionAsync()).ShouldBeFalse();
        }

        (await _app.WithDbAsync(db => Task.FromResult(db.Set<StaffUser>().Any(u => u.Email == unknown)))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_first_link_by_e_mail_needs_an_address_the_directory_has_verified()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var subject = Subject();

        foreach (var unverified in new[] { new Claim("email_verified", "false"), new Claim("amr", "pwd") })
        {
            using var browser = _app.NewBrowser();
            var page = await CallbackAsync(browser, subject, new Claim("email", staff.Email), unverified, new Claim("amr", "mfa"));

            page.Text("#error-summary p").ShouldStartWith("Organisaation tunnuksellasi ei löydy");
            (await browser.HasStaffSessionAsync()).ShouldBeFalse();
        }

        (await LoginsOfAsync(staff.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Once_linked_the_directory_subject_signs_in_even_after_the_e_mail_changes_and_is_stored_under_the_issuer()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var subject = Subject();
        using (var first = _app.NewBrowser())
        {
            (await CallbackAsync(first, subject, new Claim("email", staff.Email), Verified, new Claim("amr", "mfa"))).Status.ShouldBe(HttpStatusCode.OK);
            (await first.HasStaffSessionAsync()).ShouldBeTrue();
        }

        (await LoginsOfAsync(staff.Id)).ShouldBe([(Authority, subject.Value)]);

        using var later = _app.NewBrowser();
        await CallbackAsync(later, subject, new Claim("email", "renamed-" + staff.Email), new Claim("amr", "mfa"));
        (await later.HasStaffSessionAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Another_directory_identity_with_the_same_e_mail_does_not_take_over_a_linked_account()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using (var first = _app.NewBrowser())
        {
            await CallbackAsync(first, Subject(), new Claim("email", staff.Email), Verified, new Claim("amr", "mfa"));
        }

        using var other = _app.NewBrowser();
        var page = await CallbackAsync(other, Subject(), new Claim("email", staff.Email), Verified, new Claim("amr", "mfa"));

        page.Text("#error-summary p").ShouldStartWith("Organisaation tunnuksellasi ei löydy");
        (await other.HasStaffSessionAsync()).ShouldBeFalse();
        (await LoginsOfAsync(staff.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_stable_oid_is_preferred_over_sub_and_another_issuer_is_refused()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var oid = Guid.NewGuid().ToString();
        using (var foreign = _app.NewBrowser())
        {
            var refused = await CallbackAsync(foreign, new Claim("sub", "x", ClaimValueTypes.String, "https://evil.example"), new Claim("email", staff.Email), Verified, new Claim("amr", "mfa"));
            refused.Text("#error-summary p").ShouldStartWith("Organisaation tunnuksellasi ei löydy");
            (await foreign.HasStaffSessionAsync()).ShouldBeFalse();
        }

        using var browser = _app.NewBrowser();
        await CallbackAsync(browser, Subject(), new Claim("oid", oid, ClaimValueTypes.String, Authority), new Claim("email", staff.Email), Verified, new Claim("amr", "mfa"));

        (await browser.HasStaffSessionAsync()).ShouldBeTrue();
        (await LoginsOfAsync(staff.Id)).ShouldBe([(Authority, oid)]);
    }

    [Fact]
    public async Task The_handler_accepts_tokens_of_the_configured_issuer_only()
    {
        var options = _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<OpenIdConnectOptions>>().Get(DirectorySignIn.Scheme);

        options.TokenValidationParameters.ValidateIssuer.ShouldBeTrue();
        options.TokenValidationParameters.ValidIssuer.ShouldBe(Authority);
        await Task.CompletedTask;
    }

    /// <summary>A new directory identity, as the directory's token names it: its subject under the configured issuer.</summary>
    private static Claim Subject() => new("sub", Guid.NewGuid().ToString("N"), ClaimValueTypes.String, Authority);

    private static Claim Verified => new("email_verified", "true", ClaimValueTypes.Boolean, Authority);

    private async Task<List<(string Provider, string Key)>> LoginsOfAsync(string userId)
    {
        var logins = await _app.WithDbAsync(db => db.UserLogins.Where(l => l.UserId == userId).Select(l => new { l.LoginProvider, l.ProviderKey }).ToListAsync());
        return [.. logins.Select(l => (l.LoginProvider, l.ProviderKey))];
    }

    private async Task<Page> CallbackAsync(PageClient browser, params Claim[] claims)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DirectorySignIn.ReturnPath);
        request.Headers.Add("Cookie", _app.ExternalCookie(claims));
        return await Page.ReadAsync(await browser.Http.SendAsync(request));
    }

    public sealed class OnSqlite(DirectorySqliteApp app) : DirectorySignInTests(app), IClassFixture<DirectorySqliteApp>;

    public sealed class OnPostgres(DirectoryPostgresApp app) : DirectorySignInTests(app), IClassFixture<DirectoryPostgresApp>;
}

public sealed class DirectorySqliteApp() : CustomApp(new SqliteApp())
{
    protected override void Configure(PerhesiltaApp app) => DirectoryApp.Configure(app);
}

public sealed class DirectoryPostgresApp(PostgresCluster cluster) : CustomApp(new PostgresApp(cluster))
{
    protected override void Configure(PerhesiltaApp app) => DirectoryApp.Configure(app);
}

internal static class DirectoryApp
{
    public static void Configure(PerhesiltaApp app)
    {
        app.Settings["Authentication:Oidc:Authority"] = DirectorySignInTests.Authority;
        app.Settings["Authentication:Oidc:ClientId"] = "perhesilta-test";
        app.Settings["Authentication:Oidc:ClientSecret"] = "test-secret";
        app.TestServices.Add(services => services.Configure<OpenIdConnectOptions>(DirectorySignIn.Scheme, options =>
            options.Configuration = new OpenIdConnectConfiguration
            {
                Issuer = DirectorySignInTests.Authority,
                AuthorizationEndpoint = DirectorySignInTests.Authority + "/authorize",
                TokenEndpoint = DirectorySignInTests.Authority + "/token",
                EndSessionEndpoint = DirectorySignInTests.Authority + "/logout",
            }));
    }
}
