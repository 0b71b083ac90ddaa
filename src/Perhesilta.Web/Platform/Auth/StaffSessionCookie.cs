using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Security;

namespace Perhesilta.Platform.Auth;

/// <summary>
/// Ties the staff cookie to a server-side <see cref="StaffSession"/>: signing in opens one and names it in the
/// cookie, each request checks it (one primary-key read, no cache, so that an ended session is refused at once on
/// every instance), and signing out ends it. The security stamp is still checked every minute, for role changes.
/// </summary>
internal static class StaffSessionCookie
{
    public static async Task StartAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } userId)
        {
            return;
        }

        // A sign-in within a signed-in request of the same person continues that session (see StartAsync).
        var current = context.HttpContext.User;
        var continuing = current.FindFirstValue(ClaimTypes.NameIdentifier) == userId ? StaffSessions.IdOf(current) : null;
        foreach (var old in identity.FindAll(StaffSessions.ClaimType).ToList())
        {
            identity.RemoveClaim(old);
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        identity.AddClaim(new Claim(StaffSessions.ClaimType, await sessions.StartAsync(userId, continuing, context.HttpContext.RequestAborted)));
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = StaffSessions.IdOf(context.Principal);
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var state = SessionState.Ended;
        if (sessionId is not null && userId is not null)
        {
            var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
            state = await sessions.CheckAsync(sessionId, userId, context.HttpContext.RequestAborted);
        }

        if (state == SessionState.Open)
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            return;
        }

        if (state == SessionState.TooOld)
        {
            await context.HttpContext.RequestServices.GetRequiredService<ISecurityEvents>().RecordAsync(
                SecurityEventCodes.SessionEnded, SecurityOutcome.Success, userId, SecurityEventCodes.Reasons.AbsoluteLifetime);
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }

    public static async Task EndAsync(CookieSigningOutContext context)
    {
        if (StaffSessions.IdOf(context.HttpContext.User) is { } sessionId)
        {
            await context.HttpContext.RequestServices.GetRequiredService<StaffSessions>().EndAsync(sessionId, StaffSessions.Reasons.SignedOut);
        }
    }
}
