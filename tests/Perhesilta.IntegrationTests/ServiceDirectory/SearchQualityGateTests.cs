using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Bench.DirectoryQuality;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.ServiceDirectory;

/// <summary>
/// The quality gate of issue 5: over the demo directory, a service of an expected type is among the first three for
/// at least 90 % of the labelled needs (bench/directory-quality), as bench/Perhesilta.Bench.DirectoryQuality reports.
/// The search is in memory, so one database is enough.
/// </summary>
public sealed class SearchQualityGateTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_service_of_an_expected_type_is_in_the_top_three_for_at_least_nine_needs_in_ten()
    {
        var needs = QualitySet.Load(QualitySet.DefaultPath());
        var results = await QualitySet.SearchAsync(app.Services.GetRequiredService<ServiceSearch>(), needs);

        var figures = QualityFigures.Of("engine", results).ToDictionary(f => f.Group);
        figures["all"].Needs.ShouldBeGreaterThanOrEqualTo(150);
        figures["all"].HitAt3.ShouldBeGreaterThanOrEqualTo(0.9);
        figures["held-out half"].HitAt3.ShouldBeGreaterThanOrEqualTo(0.85, "the half not tuned on");
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            figures[language].HitAt3.ShouldBeGreaterThanOrEqualTo(0.85, language);
        }
    }
}
