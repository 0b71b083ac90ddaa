using Microsoft.Net.Http.Headers;

namespace Perhesilta.Platform.Http;

/// <summary>
/// Security headers of every response. Our pages get a strict Content-Security-Policy (no inline script or style;
/// JavaScript comes only as files from our origin). The embeddable button's files under <c>/embed/</c> are meant to
/// be loaded by other sites, so they are instead marked for cross-origin use and cached for long.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// img-src allows data: for the authenticator QR code. No form-action: signing in through the county's directory
    /// posts a form that redirects to the identity provider, which form-action would block.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public const string EmbedPath = "/embed";

    /// <summary>A year for a file whose URL carries the version of its content; a day for a URL without one.</summary>
    public const string VersionedCacheControl = "public, max-age=31536000, immutable";
    public const string UnversionedCacheControl = "public, max-age=86400";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            await next(context);
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        if (context.Request.Path.StartsWithSegments(EmbedPath, StringComparison.OrdinalIgnoreCase))
        {
            // Loaded by <script src> and <link rel=stylesheet> on municipality sites, some of which isolate
            // themselves (COEP) and so need the resource to allow cross-origin use explicitly.
            headers[HeaderNames.AccessControlAllowOrigin] = "*";
            headers["Cross-Origin-Resource-Policy"] = "cross-origin";
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                headers[HeaderNames.CacheControl] = context.Request.Query.ContainsKey("v") ? VersionedCacheControl : UnversionedCacheControl;
            }

            return;
        }

        headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        headers[HeaderNames.XFrameOptions] = "DENY";
    }
}
