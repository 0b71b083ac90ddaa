using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Perhesilta.BrowserTests.Embed;

/// <summary>
/// A municipality's web site on another origin (another loopback port) with a strict Content-Security-Policy that
/// allows scripts and stylesheets only from Perhesilta: each page is HTML given by the test.
/// </summary>
public sealed class OtherOriginSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtherOriginSite(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>The address the browser sends as the site's host (lahde), e.g. 127.0.0.1:41235.</summary>
    public string Host => new Uri(BaseUrl).Authority;

    public static async Task<OtherOriginSite> StartAsync(string perhesiltaUrl, IReadOnlyDictionary<string, string> pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var policy = $"default-src 'none'; script-src {perhesiltaUrl}; style-src {perhesiltaUrl}; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        app.Run(async context =>
        {
            if (!pages.TryGetValue(context.Request.Path.Value ?? "", out var body))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.Headers.ContentSecurityPolicy = policy;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                $"<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>Testikunnan sivu</title></head><body><main><h1>Testikunta</h1>{body}</main></body></html>");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OtherOriginSite(app, address);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
