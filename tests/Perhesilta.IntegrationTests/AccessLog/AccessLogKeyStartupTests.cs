using Microsoft.AspNetCore.Hosting;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Shouldly;

namespace Perhesilta.IntegrationTests.AccessLog;

/// <summary>The key is made by the operator in production, and by the application itself anywhere else.</summary>
public sealed class AccessLogKeyStartupTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void In_production_a_missing_key_file_stops_the_start_with_a_message_that_names_the_file_and_the_setting()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"perhesilta-missing-{Guid.NewGuid():N}.key");
        using var production = app.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("AccessLog:KeyFile", missing));

        var refused = Should.Throw<Exception>(() => production.Server);

        refused.ToString().ShouldContain($"The access-log key file '{missing}' does not exist");
        refused.ToString().ShouldContain("AccessLog:KeyFile");
        File.Exists(missing).ShouldBeFalse();
    }

    [Fact]
    public void In_production_a_key_file_shorter_than_32_bytes_stops_the_start()
    {
        var shortKey = Path.Combine(Path.GetTempPath(), $"perhesilta-short-{Guid.NewGuid():N}.key");
        File.WriteAllBytes(shortKey, new byte[16]);
        try
        {
            using var production = app.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("AccessLog:KeyFile", shortKey));

            Should.Throw<Exception>(() => production.Server).ToString().ShouldContain("holds 16 bytes; it needs at least 32");
        }
        finally
        {
            File.Delete(shortKey);
        }
    }

    [Fact]
    public void Outside_production_a_missing_key_file_is_made_with_32_random_bytes()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"perhesilta-made-{Guid.NewGuid():N}");
        var keyFile = Path.Combine(folder, "access-log.key");
        try
        {
            using (var test = app.WithWebHostBuilder(builder => builder
                .UseSetting("AccessLog:KeyFile", keyFile)
                .UseSetting("AccessLog:CheckpointFolder", Path.Combine(folder, "checkpoints"))))
            {
                _ = test.Server;
            }

            new FileInfo(keyFile).Length.ShouldBe(AccessLogKey.MinimumLength);
            Directory.GetFiles(Path.Combine(folder, "checkpoints")).ShouldNotBeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
