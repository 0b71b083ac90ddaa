using System.Net;
using System.Text.Json.Nodes;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Calendar;

/// <summary>The calendar API is limited per client address (here to three requests a minute), across both operations.</summary>
public abstract class CalendarRateLimitTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Asking_too_often_gets_a_429_problem_with_a_retry_time()
    {
        using var http = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        (await http.GetAsync("/api/v1/calendar/due-date?rule=shl36-start&start=2026-04-02", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await http.GetAsync("/api/v1/calendar/non-working-days?from=2026-04-01&to=2026-04-30", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await http.GetAsync("/api/v1/calendar/due-date?rule=nope&start=2026-04-02", ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var limited = await http.GetAsync("/api/v1/calendar/due-date?rule=shl36-start&start=2026-04-02", ct);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonNode.Parse(await limited.Content.ReadAsStringAsync(ct))!["status"]!.GetValue<int>().ShouldBe(429);

        // The directory's own limit is another.
        (await http.GetAsync("/api/v1/services/search?q=neuvola&municipality=564", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public sealed class OnSqlite(LimitedCalendarSqliteApp app) : CalendarRateLimitTests(app.App), IClassFixture<LimitedCalendarSqliteApp>;

    public sealed class OnPostgres(LimitedCalendarPostgresApp app) : CalendarRateLimitTests(app.App), IClassFixture<LimitedCalendarPostgresApp>;
}

public sealed class LimitedCalendarSqliteApp() : CustomApp(new SqliteApp())
{
    protected override void Configure(PerhesiltaApp app) => app.Settings["Calendar:ApiRateLimitPermits"] = "3";
}

public sealed class LimitedCalendarPostgresApp(PostgresCluster cluster) : CustomApp(new PostgresApp(cluster))
{
    protected override void Configure(PerhesiltaApp app) => app.Settings["Calendar:ApiRateLimitPermits"] = "3";
}
