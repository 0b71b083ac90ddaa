using System.Net;
using System.Text;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>The slot-finding API is limited per client address (here to two requests a minute), apart from the calendar API.</summary>
public abstract class FindSlotsRateLimitTests(PerhesiltaApp app)
{
    private const string Body = """
        {"durationMinutes":60,"from":"2030-11-18T08:00:00+02:00","to":"2030-11-30T00:00:00+02:00","participants":[{"id":1}]}
        """;

    [Fact]
    public async Task Asking_too_often_gets_a_429_and_the_calendar_api_still_answers()
    {
        using var http = app.CreateClient();
        (await PostAsync(http)).ShouldBe(HttpStatusCode.OK);
        (await PostAsync(http)).ShouldBe(HttpStatusCode.OK);

        (await PostAsync(http)).ShouldBe(HttpStatusCode.TooManyRequests);
        (await http.GetAsync("/api/v1/calendar/due-date?rule=shl36-start&start=2026-04-02", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http)
    {
        using var content = new StringContent(Body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/v1/meetings/find-slots", content, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    public sealed class OnSqlite(LimitedSlotsSqliteApp app) : FindSlotsRateLimitTests(app.App), IClassFixture<LimitedSlotsSqliteApp>;

    public sealed class OnPostgres(LimitedSlotsPostgresApp app) : FindSlotsRateLimitTests(app.App), IClassFixture<LimitedSlotsPostgresApp>;
}

public sealed class LimitedSlotsSqliteApp() : CustomApp(new SqliteApp())
{
    protected override void Configure(PerhesiltaApp app) => app.Settings["Meetings:SlotApiRateLimitPermits"] = "2";
}

public sealed class LimitedSlotsPostgresApp(PostgresCluster cluster) : CustomApp(new PostgresApp(cluster))
{
    protected override void Configure(PerhesiltaApp app) => app.Settings["Meetings:SlotApiRateLimitPermits"] = "2";
}
