using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

/// <summary>Session lifetime, on an application whose clock the tests move and whose session lasts 10 minutes.</summary>
public abstract class SessionTests(CustomApp custom)
{
    private readonly PerhesiltaApp _app = custom.App;
    private readonly TestClock _clock = custom.Clock;

    [Fact]
    public async Task An_idle_session_expires_after_the_configured_time_and_the_sign_in_page_says_so()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = _app.NewBrowser();
        _clock.Reset();
        (await browser.SignInAsync(staff)).Location.ShouldBe("/staff");

        _clock.Advance(TimeSpan.FromMinutes(9));
        (await browser.HasStaffSessionAsync()).ShouldBeTrue();

        // Sliding: the visit above renewed the session, so it lasts 10 minutes from there.
        _clock.Advance(TimeSpan.FromMinutes(11));
        var expired = await browser.GetAsync("/account/security");

        expired.Status.ShouldBe(HttpStatusCode.Redirect);
        expired.Location.ShouldBe("/account/sign-in?ReturnUrl=%2Faccount%2Fsecurity&expired=true");
        var signIn = await browser.GetAsync(expired.Location!);
        signIn.Text("#session-notice").ShouldBe("Istuntosi on vanhentunut. Kirjaudu uudelleen sisään.");

        // The ended session's cookie was removed, so the message is not repeated.
        (await browser.GetAsync("/account/security")).Location.ShouldBe("/account/sign-in?ReturnUrl=%2Faccount%2Fsecurity");
    }

    [Fact]
    public async Task The_second_factor_survives_the_periodic_security_stamp_check()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = _app.NewBrowser();
        _clock.Reset();
        await browser.SignInAsync(staff);

        for (var i = 0; i < 3; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(2));
            (await browser.HasStaffSessionAsync()).ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_that_a_copied_cookie_stops_working_at_once()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = _app.NewBrowser();
        _clock.Reset();
        var signedIn = await browser.SignInAsync(staff);
        var copied = AccountTestExtensions.StaffCookieOf(signedIn);
        (await _app.CookieWorksAsync(copied)).ShouldBeTrue();

        var signedOut = await browser.SubmitAsync(await browser.GetAsync("/account/sign-out"), "main form");

        signedOut.Location.ShouldBe("/account/sign-in?signedOut=True");
        (await _app.CookieWorksAsync(copied)).ShouldBeFalse();
        (await browser.HasStaffSessionAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_renews_this_one()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        _clock.Reset();
        using var other = _app.NewBrowser();
        var otherCookie = AccountTestExtensions.StaffCookieOf(await other.SignInAsync(staff));
        using var browser = _app.NewBrowser();
        var thisCookie = AccountTestExtensions.StaffCookieOf(await browser.SignInAsync(staff));

        var changed = await browser.SubmitAsync(await browser.GetAsync("/account/change-password"), "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = staff.Password,
            ["Input.NewPassword"] = "Kolme-uutta-sanaa-ikkunassa-42",
            ["Input.ConfirmPassword"] = "Kolme-uutta-sanaa-ikkunassa-42",
        });

        changed.Location.ShouldBe("/account/security?passwordChanged=True");
        (await browser.HasStaffSessionAsync()).ShouldBeTrue();
        (await other.HasStaffSessionAsync()).ShouldBeFalse();
        (await _app.CookieWorksAsync(otherCookie)).ShouldBeFalse();

        // This session goes on under a renewed cookie; a copy of the one it had before the change is of no use.
        (await _app.CookieWorksAsync(thisCookie)).ShouldBeFalse();
        (await _app.CookieWorksAsync(AccountTestExtensions.StaffCookieOf(changed))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_session_kept_busy_ends_at_its_absolute_lifetime()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = _app.NewBrowser();
        _clock.Reset();
        await browser.SignInAsync(staff);

        // A request every nine minutes keeps the 10-minute idle time from ever passing, up to the one-hour maximum.
        for (var minutes = 9; minutes < 60; minutes += 9)
        {
            _clock.Advance(TimeSpan.FromMinutes(9));
            (await browser.HasStaffSessionAsync()).ShouldBeTrue($"after {minutes} minutes");
        }

        _clock.Advance(TimeSpan.FromMinutes(9));
        var ended = await browser.GetAsync("/account/security");

        ended.Location.ShouldBe("/account/sign-in?ReturnUrl=%2Faccount%2Fsecurity&expired=true");
    }

    [Fact]
    public async Task Deactivating_an_account_ends_its_sessions_at_once()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = _app.NewBrowser();
        _clock.Reset();
        await browser.SignInAsync(staff);
        (await browser.HasStaffSessionAsync()).ShouldBeTrue();

        await _app.UpdateUserAsync(staff.Id, u => u.IsActive = false);

        var page = await browser.GetAsync("/account/security");
        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location.ShouldStartWith("/account/sign-in");
    }

    [Fact]
    public async Task Resetting_the_second_factor_ends_the_persons_sessions_at_once()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        _clock.Reset();
        using var browser = _app.NewBrowser();
        var cookie = AccountTestExtensions.StaffCookieOf(await browser.SignInAsync(staff));

        await _app.WithServicesAsync(async services => (await services.GetRequiredService<Perhesilta.Features.Staff.ResetSecondFactor>().HandleAsync(staff.Id)).ShouldBeTrue());

        (await _app.CookieWorksAsync(cookie)).ShouldBeFalse();
        (await browser.HasStaffSessionAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task The_session_length_comes_from_configuration()
    {
        var options = _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
            .Get(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);

        options.ExpireTimeSpan.ShouldBe(TimeSpan.FromMinutes(10));
        options.SlidingExpiration.ShouldBeTrue();
        _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthOptions>>().Value.SessionMaxHours.ShouldBe(1);
        await Task.CompletedTask;
    }

    public sealed class OnSqlite(ClockedSqliteApp app) : SessionTests(app), IClassFixture<ClockedSqliteApp>;

    public sealed class OnPostgres(ClockedPostgresApp app) : SessionTests(app), IClassFixture<ClockedPostgresApp>;
}

public sealed class ClockedSqliteApp() : CustomApp(new SqliteApp())
{
    protected override void Configure(PerhesiltaApp app) => ClockedApp.Configure(app, Clock);
}

public sealed class ClockedPostgresApp(PostgresCluster cluster) : CustomApp(new PostgresApp(cluster))
{
    protected override void Configure(PerhesiltaApp app) => ClockedApp.Configure(app, Clock);
}

internal static class ClockedApp
{
    public static void Configure(PerhesiltaApp app, TestClock clock)
    {
        app.Settings[AuthServices.SessionMinutesKey] = "10";
        app.Settings["Auth:SessionMaxHours"] = "1";
        app.TestServices.Add(services => services.AddSingleton<TimeProvider>(clock));
        app.TestServices.Add(TestClientAddress.Add);
    }
}
