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
    public async Task Deactivating_an_account_ends_its_sessions_within_a_minute()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = _app.NewBrowser();
        _clock.Reset();
        await browser.SignInAsync(staff);
        (await browser.HasStaffSessionAsync()).ShouldBeTrue();

        await _app.UpdateUserAsync(staff.Id, u => u.IsActive = false, newSecurityStamp: true);
        _clock.Advance(TimeSpan.FromSeconds(61));

        var page = await browser.GetAsync("/account/security");
        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location.ShouldStartWith("/account/sign-in");
    }

    [Fact]
    public async Task The_session_length_comes_from_configuration()
    {
        var options = _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
            .Get(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);

        options.ExpireTimeSpan.ShouldBe(TimeSpan.FromMinutes(10));
        options.SlidingExpiration.ShouldBeTrue();
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
        app.TestServices.Add(services => services.AddSingleton<TimeProvider>(clock));
    }
}
