using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Perhesilta.Bench.DirectoryQuality;

/// <summary>
/// The application, hosted in this process on an SQLite file: starting it migrates the database and seeds the
/// reference data and the demo directory, as the embedded default does.
/// </summary>
public sealed class BenchApp(string databasePath, bool demo = true) : WebApplicationFactory<Program>
{
    private readonly string mailFolder = Path.Combine(Path.GetTempPath(), $"perhesilta-bench-mail-{Guid.NewGuid():N}");
    private readonly string keyFile = databasePath + ".key";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(WebProjectFolder());
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={databasePath}");
        builder.UseSetting("Database:MigrateAtStartup", "true");
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
        builder.UseSetting("Mail:Transport", "folder");
        builder.UseSetting("Mail:Folder", mailFolder);
        builder.UseSetting("Mail:SenderEnabled", "false");

        // Production refuses to start without the access-log key, which an operator makes once; the bench makes its own.
        if (!File.Exists(keyFile))
        {
            File.WriteAllBytes(keyFile, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        }

        builder.UseSetting("AccessLog:KeyFile", keyFile);
        builder.UseSetting("AccessLog:CheckpointFolder", databasePath + "-checkpoints");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>src/Perhesilta.Web above this program's folder; the factory's own guess assumes a test project's layout.</summary>
    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Perhesilta.Web");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return AppContext.BaseDirectory;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(mailFolder))
        {
            Directory.Delete(mailFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
