using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.Meetings.Availability.AvailabilityTestData;

namespace Perhesilta.IntegrationTests.Meetings.Availability;

/// <summary>
/// A subscription address that leads into a private network or to this server itself is refused without a request
/// being made, however it is written (server-side request forgery). The guard is in the HTTP connection, not the
/// database, so one database is enough.
/// </summary>
public sealed class CalendarAddressGuardTests(GuardedCalendarApp custom) : IClassFixture<GuardedCalendarApp>
{
    private readonly PerhesiltaApp _app = custom.App;

    [Fact]
    public async Task Loopback_and_private_addresses_are_refused_with_their_reason_no_request_reaches_them_and_nothing_is_saved()
    {
        await using var server = await CalendarServer.StartAsync();
        server.Content = CalendarSamples.Daily(DateTime.UtcNow.Date.AddDays(1), 3);
        var port = new Uri(server.Url).Port;
        var guide = await _app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(_app, guide);

        foreach (var address in new[]
        {
            server.Url,
            $"http://localhost:{port}/kalenteri.ics",
            $"webcal://localhost:{port}/kalenteri.ics",
            $"http://[::1]:{port}/kalenteri.ics",
            $"http://[::ffff:127.0.0.1]:{port}/kalenteri.ics",
            $"http://2130706433:{port}/kalenteri.ics",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.20.30.40/kalenteri.ics",
        })
        {
            var refused = await PostAsync(browser, "/availability", "Subscribe", ("FeedUrl", address));
            refused.Text("#calendar-url-error").ShouldContain("sisäverkossa", customMessage: address);
            refused.Document.QuerySelector("#calendar-url")!.GetAttribute("value").ShouldBe(address);
        }

        server.Hits.ShouldBe(0);
        (await FeedOfAsync(_app, guide.Id)).ShouldBeNull();
    }
}

/// <summary>The application as in production: calendar subscriptions only from public addresses.</summary>
public sealed class GuardedCalendarApp() : CustomApp(new SqliteApp())
{
    protected override void Configure(PerhesiltaApp app) => app.Settings["Meetings:AllowPrivateCalendarAddresses"] = "false";
}
