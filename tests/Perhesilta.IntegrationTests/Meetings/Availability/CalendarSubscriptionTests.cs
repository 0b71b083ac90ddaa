using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Meetings.Availability;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.Meetings.Availability.AvailabilityTestData;

namespace Perhesilta.IntegrationTests.Meetings.Availability;

/// <summary>A calendar subscription is fetched from a real HTTP server; a failing one keeps its last good copy and says how old it is.</summary>
public abstract class CalendarSubscriptionTests(PerhesiltaApp app)
{
    private const string Url = "/availability";

    [Fact]
    public async Task A_subscription_is_read_at_once_and_a_failing_server_leaves_the_last_good_copy_with_its_age()
    {
        await using var server = await CalendarServer.StartAsync();
        var (professional, browser) = await SubscribedAsync(server, CalendarSamples.Daily(DateTime.UtcNow.Date.AddDays(1), 6));
        using var _ = browser;

        var feed = (await FeedOfAsync(app, professional.Id))!;
        feed.ShouldSatisfyAllConditions(f => f.Kind.ShouldBe(CalendarFeedKind.Subscription), f => f.Url.ShouldBe(server.Url), f => f.BusyCount.ShouldBe(6), f => f.NextRefreshAt.ShouldNotBeNull());
        (await BusyOfAsync(app, professional.Id)).Count.ShouldBe(6);

        // The last good copy is a day old by the time the server fails.
        var dayAgo = DateTime.UtcNow.AddDays(-1).AddMinutes(-5);
        await app.WithDbAsync(db => db.Set<CalendarFeed>().Where(f => f.Id == feed.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.LastGoodAt, dayAgo)));
        server.Status = HttpStatusCode.InternalServerError;
        var failed = await PostAsync(browser, Url, "Refresh");

        failed.Location.ShouldBe(Url);
        var page = await browser.GetAsync(Url);
        page.Text("#notice").ShouldContain("epäonnistui");
        page.Text("#feed-error").ShouldContain("palvelin vastasi virheellä");
        page.Text("#feed-error").ShouldContain("1 vrk vanhoja");
        (await FeedOfAsync(app, professional.Id))!.ShouldSatisfyAllConditions(f => f.LastError.ShouldBe(CalendarErrors.HttpStatus), f => f.BusyCount.ShouldBe(6), f => f.LastGoodAt.ShouldNotBeNull().ShouldBe(dayAgo, TimeSpan.FromSeconds(1)));
        (await BusyOfAsync(app, professional.Id)).Count.ShouldBe(6);

        await server.StopAsync();
        await PostAsync(browser, Url, "Refresh");

        (await browser.GetAsync(Url)).Text("#feed-error").ShouldContain("ei saatu yhteyttä");
        (await FeedOfAsync(app, professional.Id))!.LastError.ShouldBe(CalendarErrors.Unreachable);
        (await BusyOfAsync(app, professional.Id)).Count.ShouldBe(6);
    }

    [Fact]
    public async Task A_refresh_replaces_the_busy_times_with_those_of_the_new_copy_and_clears_the_error()
    {
        await using var server = await CalendarServer.StartAsync();
        var tomorrow = DateTime.UtcNow.Date.AddDays(1);
        var (professional, browser) = await SubscribedAsync(server, CalendarSamples.Daily(tomorrow, 6));
        using var _ = browser;
        server.Content = "ei kalenteri";
        await PostAsync(browser, Url, "Refresh");
        (await FeedOfAsync(app, professional.Id))!.LastError.ShouldBe(CalendarErrors.NotICalendar);

        server.Content = CalendarSamples.Daily(tomorrow, 2, "fewer");
        var refreshed = await PostAsync(browser, Url, "Refresh");

        refreshed.Location.ShouldBe(Url);
        (await browser.GetAsync(Url)).Text("#notice").ShouldBe("Kalenteri haettiin ja luettiin uudelleen.");
        (await FeedOfAsync(app, professional.Id))!.ShouldSatisfyAllConditions(f => f.LastError.ShouldBeNull(), f => f.BusyCount.ShouldBe(2));
        (await BusyOfAsync(app, professional.Id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Addresses_that_are_not_http_or_cannot_be_read_are_refused_and_nothing_is_saved()
    {
        await using var server = await CalendarServer.StartAsync();
        server.Content = "<html>Kirjaudu sisään</html>";
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var ftp = await PostAsync(browser, Url, "Subscribe", ("FeedUrl", "ftp://kalenteri.example/oma.ics"));
        var words = await PostAsync(browser, Url, "Subscribe", ("FeedUrl", "minun kalenterini"));
        var notCalendar = await PostAsync(browser, Url, "Subscribe", ("FeedUrl", server.Url));
        server.Status = HttpStatusCode.NotFound;
        var missing = await PostAsync(browser, Url, "Subscribe", ("FeedUrl", server.Url));

        ftp.Text("#calendar-url-error").ShouldContain("http-, https- tai webcal-osoitteena");
        words.Text("#calendar-url-error").ShouldContain("http-, https- tai webcal-osoitteena");
        words.Document.QuerySelector("#calendar-url")!.GetAttribute("value").ShouldBe("minun kalenterini");
        notCalendar.Text("#calendar-url-error").ShouldContain("iCalendar");
        missing.Text("#calendar-url-error").ShouldContain("palvelin vastasi virheellä");
        (await FeedOfAsync(app, guide.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task Two_instances_refreshing_at_once_fetch_a_due_feed_only_once()
    {
        await using var server = await CalendarServer.StartAsync();
        var (professional, browser) = await SubscribedAsync(server, CalendarSamples.Daily(DateTime.UtcNow.Date.AddDays(1), 3));
        browser.Dispose();
        var feed = (await FeedOfAsync(app, professional.Id))!;
        var due = DateTime.UtcNow.AddMinutes(-1);
        await app.WithDbAsync(db => db.Set<CalendarFeed>().Where(f => f.Id == feed.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.NextRefreshAt, due)));
        var hitsBefore = server.Hits;

        var refreshed = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RefreshCalendarFeeds>().RunDueAsync(CancellationToken.None);
        })));

        (server.Hits - hitsBefore).ShouldBe(1);
        (await FeedOfAsync(app, professional.Id))!.NextRefreshAt.ShouldNotBeNull().ShouldBeGreaterThan(DateTime.UtcNow);
        (await BusyOfAsync(app, professional.Id)).Count.ShouldBe(3);
        refreshed.Sum().ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task The_round_reads_an_uploaded_file_again_each_day_without_making_it_look_newer()
    {
        var professional = await app.CreateStaffAsync(StaffRoles.Professional, ["oulu"]);
        using (var browser = await StaffTestData.SignedInAsync(app, professional))
        {
            (await UploadAsync(browser, Url, CalendarSamples.Daily(DateTime.UtcNow.Date.AddDays(1), 4))).Location.ShouldBe(Url);
        }

        var uploaded = (await FeedOfAsync(app, professional.Id))!;
        uploaded.NextRefreshAt.ShouldNotBeNull().ShouldBe(DateTime.UtcNow.AddDays(1), TimeSpan.FromMinutes(5));
        var due = DateTime.UtcNow.AddMinutes(-1);
        await app.WithDbAsync(db => db.Set<CalendarFeed>().Where(f => f.Id == uploaded.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.NextRefreshAt, due)));

        await app.WithServicesAsync(async services => await services.GetRequiredService<RefreshCalendarFeeds>().RunDueAsync(CancellationToken.None));

        var reread = (await FeedOfAsync(app, professional.Id))!;
        reread.ShouldSatisfyAllConditions(
            f => f.LastGoodAt.ShouldBe(uploaded.LastGoodAt),
            f => f.LastAttemptAt.ShouldNotBeNull().ShouldBeGreaterThan(uploaded.LastAttemptAt!.Value),
            f => f.NextRefreshAt.ShouldNotBeNull().ShouldBeGreaterThan(DateTime.UtcNow.AddHours(23)));
        (await BusyOfAsync(app, professional.Id)).Count.ShouldBe(4);
    }

    /// <summary>A professional of this test, signed in, subscribed to the server's calendar.</summary>
    private async Task<(TestStaff Professional, PageClient Browser)> SubscribedAsync(CalendarServer server, string content)
    {
        server.Content = content;
        var professional = await app.CreateStaffAsync(StaffRoles.Professional, ["oulu"]);
        var browser = await StaffTestData.SignedInAsync(app, professional);
        (await PostAsync(browser, Url, "Subscribe", ("FeedUrl", server.Url))).Location.ShouldBe(Url);
        return (professional, browser);
    }

    public sealed class OnSqlite(SqliteApp app) : CalendarSubscriptionTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CalendarSubscriptionTests(app), IClassFixture<PostgresApp>;
}
