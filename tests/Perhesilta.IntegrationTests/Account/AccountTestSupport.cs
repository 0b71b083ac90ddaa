using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

/// <summary>A clock that stands still until a test moves it; the application's <see cref="TimeProvider"/> in session tests.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Back to the real time, so that codes computed from the real clock match the server's.</summary>
    public void Reset() => _now = DateTimeOffset.UtcNow;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>An application of a test class's own, started with its own settings and services.</summary>
public abstract class CustomApp(PerhesiltaApp app) : IAsyncLifetime
{
    public PerhesiltaApp App => app;

    public TestClock Clock { get; } = new();

    protected virtual void Configure(PerhesiltaApp app)
    {
    }

    public async ValueTask InitializeAsync()
    {
        Configure(app);
        await app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

internal static class AccountTestExtensions
{
    public static Task<StaffUser> UserAsync(this PerhesiltaApp app, string id) =>
        app.WithDbAsync(db => db.Set<StaffUser>().AsNoTracking().SingleAsync(u => u.Id == id));

    public static async Task UpdateUserAsync(this PerhesiltaApp app, string id, Action<StaffUser> change, bool newSecurityStamp = false)
    {
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByIdAsync(id) ?? throw new InvalidOperationException("No user " + id);
            change(user);
            (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
            if (newSecurityStamp)
            {
                (await users.UpdateSecurityStampAsync(user)).Succeeded.ShouldBeTrue();
            }
        });
    }

    public static async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(this PerhesiltaApp app, string id)
    {
        IReadOnlyList<string> codes = [];
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByIdAsync(id) ?? throw new InvalidOperationException("No user " + id);
            codes = [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!];
        });
        return codes;
    }

    /// <summary>True when the browser's session is a full staff session (the account security page opens).</summary>
    public static async Task<bool> HasStaffSessionAsync(this PageClient browser) =>
        (await browser.GetAsync("/account/security")).Status == HttpStatusCode.OK;

    /// <summary>Signs in fully and opens the account security page, which only a full staff session may see.</summary>
    public static async Task<Page> SignInAndOpenSecurityAsync(this PageClient browser, TestStaff staff)
    {
        (await browser.SignInAsync(staff)).Location.ShouldBe("/staff");
        var security = await browser.GetAsync("/account/security");
        security.Status.ShouldBe(HttpStatusCode.OK);
        return security;
    }

    /// <summary>
    /// The cookie that the directory's OpenID Connect handler would leave after a successful sign-in there, with the
    /// claims the directory reported, protected with the application's own keys.
    /// </summary>
    public static string ExternalCookie(this PerhesiltaApp app, params Claim[] claims)
    {
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ExternalScheme);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, DirectorySignIn.Scheme));
        var properties = new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddMinutes(5) };
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.ExternalScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }

    public static bool SetsCookie(this Page page, string name) =>
        page.Response.Headers.TryGetValues("Set-Cookie", out var values)
        && values.Any(v => v.StartsWith(name + "=", StringComparison.Ordinal) && !v.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    public const string StaffCookie = ".Perhesilta.Staff";

    /// <summary>The one answer to a refused password step: wrong, unknown, deactivated, locked or throttled alike.</summary>
    public const string SignInRefused =
        "Kirjautuminen ei onnistunut. Tarkista sähköpostiosoite ja salasana. Monen epäonnistuneen yrityksen jälkeen kirjautuminen estetään 15 minuutiksi.";

    /// <summary>The staff cookie a response set, as a request's Cookie header: a copy of the session, as a thief would hold it.</summary>
    public static string StaffCookieOf(Page page) =>
        page.Response.Headers.GetValues("Set-Cookie").Last(v => v.StartsWith(StaffCookie + "=", StringComparison.Ordinal)).Split(';')[0];

    /// <summary>Whether a copied staff cookie, sent alone from another client, still opens a staff page.</summary>
    public static async Task<bool> CookieWorksAsync(this PerhesiltaApp app, string cookie)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/security");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK;
    }
}

/// <summary>
/// Lets a test choose the client address of its requests (header <see cref="Header"/>), as the forwarded headers of a
/// reverse proxy would give it: sign-in throttling and security events follow the client's address.
/// </summary>
public sealed class TestClientAddress : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static void Add(IServiceCollection services) => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestClientAddress>();

    /// <summary>A new browser whose requests come from <paramref name="address"/>.</summary>
    public static PageClient Browser(PerhesiltaApp app, string address)
    {
        var browser = app.NewBrowser();
        browser.Http.DefaultRequestHeaders.Add(Header, address);
        return browser;
    }

    /// <summary>An address of the documentation range no other test uses.</summary>
    public static string NewAddress() => $"198.51.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && System.Net.IPAddress.TryParse(value.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await nextMiddleware();
        });
        next(app);
    };
}
