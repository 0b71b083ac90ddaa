using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

/// <summary>
/// What the staff cookie does when a signed-in person is refused. No page of this feature needs a role, so the
/// cookie's own handler is called as the authorisation middleware would call it.
/// </summary>
public sealed class AccessDeniedTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string DeniedPage = "http://localhost/account/access-denied?ReturnUrl=%2Fadmin%2Fstaff";

    [Fact]
    public async Task A_full_session_without_the_role_gets_a_403_at_the_address_it_asked_for()
    {
        var context = await DenyAsync("/admin/staff", Mfa);

        context.Response.StatusCode.ShouldBe(StatusCodes.Status403Forbidden);
        context.Response.Headers.Location.ToString().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_password_only_session_is_sent_to_the_access_denied_page_which_leads_to_setup()
    {
        var context = await DenyAsync("/admin/staff");

        context.Response.StatusCode.ShouldBe(StatusCodes.Status302Found);
        context.Response.Headers.Location.ToString().ShouldBe(DeniedPage);
    }

    [Fact]
    public async Task A_session_with_a_temporary_password_is_sent_to_change_it()
    {
        var context = await DenyAsync("/admin/staff", Mfa, new Claim(StaffClaims.MustChangePassword, "true"));

        context.Response.Headers.Location.ToString().ShouldBe("/account/change-password");
    }

    [Fact]
    public async Task The_api_answers_403_without_redirecting()
    {
        var context = await DenyAsync("/api/v1/referrals", Mfa);

        context.Response.StatusCode.ShouldBe(StatusCodes.Status403Forbidden);
        context.Response.Headers.Location.ToString().ShouldBeEmpty();
    }

    private static readonly Claim Mfa = new(AuthPolicies.MultiFactorClaimType, AuthPolicies.MultiFactorClaimValue);

    private async Task<HttpContext> DenyAsync(string path, params Claim[] claims)
    {
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var context = new DefaultHttpContext { RequestServices = app.Services };
        context.Request.Path = path;
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "someone"), .. claims], IdentityConstants.ApplicationScheme));
        var scheme = new AuthenticationScheme(IdentityConstants.ApplicationScheme, null, typeof(CookieAuthenticationHandler));
        await options.Events.RedirectToAccessDenied(new RedirectContext<CookieAuthenticationOptions>(context, scheme, options, new AuthenticationProperties(), DeniedPage));
        return context;
    }
}
