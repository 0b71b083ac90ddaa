using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perhesilta.Platform.Data;

[assembly: AssemblyFixture(typeof(Perhesilta.BrowserTests.Infrastructure.BrowserHost))]

namespace Perhesilta.BrowserTests.Infrastructure;

/// <summary>
/// The real application on a real loopback port (Kestrel, embedded SQLite with the demo data) and one headless
/// Debian Chromium for the whole run; each test opens a browser context of its own, so cookies never leak.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly PerhesiltaServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the application listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The application's services, for a test that prepares data the pages it visits will show.</summary>
    public IServiceProvider Services => _server.Services;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. Run scripts/test, which installs it (apt-get install -y chromium); " +
                "never 'playwright install'.");
        }

        BaseUrl = _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (no cookies) whose relative URLs resolve against the application.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900, bool javaScriptEnabled = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fi-FI",
            TimezoneId = "Europe/Helsinki",
            JavaScriptEnabled = javaScriptEnabled,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>The application hosted by Kestrel on a free loopback port, on a SQLite file of its own.</summary>
    private sealed class PerhesiltaServer : WebApplicationFactory<Program>
    {
        private readonly string _file = Path.Combine(Path.GetTempPath(), $"perhesilta-browser-{Guid.NewGuid():N}.db");

        public PerhesiltaServer() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

        public string Start()
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            return addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address.");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Test");
            builder.UseSetting("Database:Provider", DatabaseProviders.Sqlite);
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={_file}");
            builder.UseSetting("Database:MigrateAtStartup", "true");
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Mail:Folder", _file + "-mail");
            builder.UseSetting("AccessLog:KeyFile", _file + ".key");
            builder.UseSetting("AccessLog:CheckpointFolder", _file + "-checkpoints");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", ".key" })
            {
                File.Delete(_file + suffix);
            }

            foreach (var folder in new[] { _file + "-mail", _file + "-checkpoints" }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
