using System.Net;
using System.Text.Json.Nodes;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.ServiceDirectory;

/// <summary>The search API is limited per client address (here to three searches a minute).</summary>
public abstract class SearchRateLimitTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Searching_too_often_gets_a_429_problem_with_a_retry_time()
    {
        using var http = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await http.GetAsync("/api/v1/services/search?q=neuvola&municipality=564", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var limited = await http.GetAsync("/api/v1/services/search?q=neuvola&municipality=564", TestContext.Current.CancellationToken);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonNode.Parse(await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["status"]!.GetValue<int>().ShouldBe(429);
    }

    public sealed class OnSqlite(LimitedSearchSqliteApp app) : SearchRateLimitTests(app.App), IClassFixture<LimitedSearchSqliteApp>;

    public sealed class OnPostgres(LimitedSearchPostgresApp app) : SearchRateLimitTests(app.App), IClassFixture<LimitedSearchPostgresApp>;
}

public sealed class LimitedSearchSqliteApp() : CustomApp(new SqliteApp())
{
    protected override void Configure(PerhesiltaApp app) => app.Settings["ServiceDirectory:ApiRateLimitPermits"] = "3";
}

public sealed class LimitedSearchPostgresApp(PostgresCluster cluster) : CustomApp(new PostgresApp(cluster))
{
    protected override void Configure(PerhesiltaApp app) => app.Settings["ServiceDirectory:ApiRateLimitPermits"] = "3";
}
