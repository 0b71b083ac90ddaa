using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Bench.DirectoryQuality;

/// <summary>The search's latency over a directory of thousands of services: in this process, and over HTTP.</summary>
public static class SpeedRun
{
    private const int Rounds = 5;

    public static async Task InProcessAsync(string databasePath, int services, JsonSerializerOptions json)
    {
        await using var app = new BenchApp(databasePath);
        var generated = await GenerateAsync(app.Services, services);
        var needs = QualitySet.Load(QualitySet.DefaultPath());
        var search = app.Services.GetRequiredService<ServiceSearch>();

        // Building the index (every language) is measured on its own; searches then run against the built index.
        var build = Stopwatch.StartNew();
        search.Invalidate();
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            await search.SearchAsync(new ServiceSearchQuery("perhe", language, null, [], [], 1), CancellationToken.None);
        }

        build.Stop();
        var latencies = new List<double>();
        for (var round = 0; round <= Rounds; round++)
        {
            foreach (var need in needs)
            {
                var started = Stopwatch.GetTimestamp();
                await search.SearchAsync(QualitySet.QueryOf(need) with { Limit = 10 }, CancellationToken.None);
                if (round > 0)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }

        Console.WriteLine(JsonSerializer.Serialize(Figures("in-process SearchAsync", latencies) with { Services = generated, IndexBuildMs = Math.Round(build.Elapsed.TotalMilliseconds) }, json));
    }

    public static async Task HttpAsync(Uri url, string needsPath, JsonSerializerOptions json)
    {
        var needs = QualitySet.Load(needsPath);
        using var client = new HttpClient { BaseAddress = url };
        var latencies = new List<double>();
        var errors = 0;
        for (var round = 0; round <= Rounds; round++)
        {
            foreach (var need in needs)
            {
                var query = $"/api/v1/services/search?q={Uri.EscapeDataString(need.Text)}&municipality={need.Municipality}&lang={need.Language}&limit=10"
                    + (need.ChildAge is { } age ? $"&age={age.ToString(CultureInfo.InvariantCulture)}" : "");
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(new Uri(query, UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                if (round == 0)
                {
                    continue;
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                errors += response.IsSuccessStatusCode ? 0 : 1;
            }
        }

        Console.WriteLine(JsonSerializer.Serialize(Figures("HTTP GET /api/v1/services/search", latencies) with { Errors = errors }, json));
    }

    /// <summary>
    /// Copies of the demo directory's services (each serving the same municipalities, under a numbered name) until the
    /// directory holds <paramref name="target"/> active services; saved as imported versions, 500 at a time.
    /// </summary>
    private static async Task<int> GenerateAsync(IServiceProvider services, int target)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var originals = await db.Set<DirectoryService>().AsNoTracking()
            .Include(s => s.ServiceTypes).Include(s => s.Municipalities).Include(s => s.Locations).Include(s => s.OpeningHours)
            .AsSplitQuery().OrderBy(s => s.Id).ToListAsync();
        var count = await db.Set<DirectoryService>().CountAsync();
        var now = DateTime.UtcNow;

        // Only new rows are added: nothing to detect, and scanning thousands of tracked rows at each Add is slow.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var copy = 1; count < target; copy++)
        {
            foreach (var original in originals.TakeWhile(_ => count < target))
            {
                var service = new DirectoryService
                {
                    OrganizationId = original.OrganizationId,
                    Name = LocalizedText.Of($"{original.Name.Fi} ({copy + 1})", $"{original.Name.Sv} ({copy + 1})", $"{original.Name.En} ({copy + 1})"),
                    Description = original.Description.Copy(),
                    Eligibility = original.Eligibility.Copy(),
                    ApplicationProcess = original.ApplicationProcess.Copy(),
                    Access = original.Access,
                    MinAge = original.MinAge,
                    MaxAge = original.MaxAge,
                    Languages = [.. original.Languages],
                    Email = original.Email,
                    Website = original.Website,
                    CheckedOn = original.CheckedOn,
                };
                service.ServiceTypes.AddRange(original.ServiceTypes.Select(t => new DirectoryServiceType { ServiceId = service.Id, ServiceTypeCode = t.ServiceTypeCode }));
                service.Municipalities.AddRange(original.Municipalities.Select(m => new DirectoryServiceArea { ServiceId = service.Id, MunicipalityCode = m.MunicipalityCode }));
                service.Locations.AddRange(original.Locations.Select(l => new ServiceAtLocation { ServiceId = service.Id, LocationId = l.LocationId }));
                db.Add(service);
                DirectoryHistory.Record(db, service, DirectoryChangeSource.Import, null, now);
                count++;
                if (count % 500 == 0)
                {
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }
            }
        }

        await db.SaveChangesAsync();
        return count;
    }

    private static SpeedFigures Figures(string target, List<double> latencies)
    {
        latencies.Sort();
        double At(double share) => Math.Round(latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(share * latencies.Count) - 1)], 2);
        return new SpeedFigures("speed", target, latencies.Count, At(0.5), At(0.95), At(0.99), Math.Round(latencies[^1], 2));
    }

    private sealed record SpeedFigures(string Kind, string Target, int Queries, double P50, double P95, double P99, double Max)
    {
        public int? Services { get; init; }

        public double? IndexBuildMs { get; init; }

        public int? Errors { get; init; }
    }
}
