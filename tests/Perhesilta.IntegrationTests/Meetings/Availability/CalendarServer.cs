using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Perhesilta.IntegrationTests.Meetings.Availability;

/// <summary>A real HTTP server on loopback that serves one calendar, or the status a test sets; stopping it makes it unreachable.</summary>
internal sealed class CalendarServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _hits;

    private CalendarServer(WebApplication app) => _app = app;

    public string Content { get; set; } = "";

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public int Hits => _hits;

    public string Url { get; private set; } = "";

    public static async Task<CalendarServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new CalendarServer(app);
        app.MapGet("/kalenteri.ics", async context =>
        {
            Interlocked.Increment(ref server._hits);
            context.Response.StatusCode = (int)server.Status;
            context.Response.ContentType = "text/calendar; charset=utf-8";
            await context.Response.WriteAsync(server.Status == HttpStatusCode.OK ? server.Content : "Palvelinvirhe");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = address + "/kalenteri.ics";
        return server;
    }

    public async Task StopAsync() => await _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
