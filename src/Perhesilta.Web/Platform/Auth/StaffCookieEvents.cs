using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Perhesilta.Platform.Auth;

/// <summary>Where the staff cookie sends a person who is not signed in, or not far enough, for what they asked.</summary>
internal static class StaffCookieEvents
{
    public const string SetupAuthenticatorPath = "/account/setup-authenticator";
    public const string ChangePasswordPath = "/account/change-password";

    /// <summary>The query parameter that tells the sign-in page that a session has just ended.</summary>
    public const string ExpiredParameter = "expired";

    public static void Configure(CookieAuthenticationEvents events)
    {
        events.OnRedirectToLogin = RedirectToSignIn;
        events.OnRedirectToAccessDenied = RedirectWhenDenied;
        events.OnSigningIn = StaffSessionCookie.StartAsync;
        events.OnValidatePrincipal = StaffSessionCookie.ValidateAsync;
        events.OnSigningOut = StaffSessionCookie.EndAsync;
    }

    /// <summary>
    /// The security-stamp check rebuilds the principal from the database every minute and would drop how the person
    /// signed in and which session this is; keep the second-factor claims, or a full session would lose its MFA after
    /// a minute, and the session claim, or it would end.
    /// </summary>
    public static Task KeepAuthenticationMethods(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal is null || context.NewPrincipal?.Identity is not ClaimsIdentity identity)
        {
            return Task.CompletedTask;
        }

        foreach (var claim in context.CurrentPrincipal.Claims.Where(c => c.Type is AuthPolicies.MultiFactorClaimType or ClaimTypes.AuthenticationMethod or StaffSessions.ClaimType))
        {
            if (!identity.HasClaim(claim.Type, claim.Value))
            {
                identity.AddClaim(new Claim(claim.Type, claim.Value));
            }
        }

        return Task.CompletedTask;
    }

    private static Task RedirectToSignIn(RedirectContext<CookieAuthenticationOptions> context)
    {
        var http = context.HttpContext;
        if (IsApi(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        var target = context.RedirectUri;
        var cookieName = context.Options.Cookie.Name!;
        if (http.Request.Cookies.ContainsKey(cookieName))
        {
            // A staff cookie came with the request but no longer signs anyone in: the session expired or was ended.
            // Remove it, so that the message is shown once.
            context.Options.CookieManager.DeleteCookie(http, cookieName, context.Options.Cookie.Build(http));
            target = QueryHelpers.AddQueryString(target, ExpiredParameter, "true");
        }

        http.Response.Redirect(target);
        return Task.CompletedTask;
    }

    private static Task RedirectWhenDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        var http = context.HttpContext;
        var user = http.User;
        if (IsApi(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else if (!AuthPolicies.HasSecondFactor(user))
        {
            // The access-denied page sends a password-only session to set up its second factor.
            http.Response.Redirect(context.RedirectUri);
        }
        else if (AuthPolicies.MustChangePassword(user))
        {
            http.Response.Redirect(ChangePasswordPath);
        }
        else
        {
            // A real 403 at the address asked for; the status-code page explains it in the person's language.
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
