using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Localization;
using Shouldly;
using static Perhesilta.IntegrationTests.Desk.QueueTestData;

namespace Perhesilta.IntegrationTests.Desk;

/// <summary>The time left to each response target, counted in working hours 8–16, at moments the tests choose.</summary>
public abstract class QueueTimeTests(CustomApp custom)
{
    private readonly PerhesiltaApp _app = custom.App;

    // Wednesday 18 November 2026 in Finnish time; the weekend is 21–22 November.
    private static readonly DateOnly Wednesday = new(2026, 11, 18);

    [Fact]
    public async Task The_time_left_is_told_in_working_hours_or_days_and_overdue_rows_stand_out()
    {
        var area = await StaffTestData.CreateAreaAsync(_app);
        var guide = await _app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var today = await CreateAsync(area.Id, Wednesday);
        var tomorrow = await CreateAsync(area.Id, Wednesday.AddDays(1));
        var friday = await CreateAsync(area.Id, Wednesday.AddDays(2));
        var monday = await CreateAsync(area.Id, Wednesday.AddDays(5));
        var yesterday = await CreateAsync(area.Id, Wednesday.AddDays(-1));
        var lastFriday = await CreateAsync(area.Id, Wednesday.AddDays(-5));
        var contacted = await CreateAsync(area.Id, Wednesday.AddDays(-5), c => c.Status = ContactStatus.Contacted);
        using var browser = await SignedInAtAsync(guide, 12);

        var noon = await browser.GetAsync("/desk");

        TimeLeft(noon, today).ShouldBe("4 t jäljellä");
        TimeLeft(noon, tomorrow).ShouldBe("1 arkipäivä jäljellä");
        TimeLeft(noon, friday).ShouldBe("2 arkipäivää jäljellä");
        TimeLeft(noon, monday).ShouldBe("3 arkipäivää jäljellä");
        TimeLeft(noon, yesterday).ShouldBe("Myöhässä 4 t");
        TimeLeft(noon, lastFriday).ShouldBe("Myöhässä 2 arkipäivää");
        TimeLeft(noon, contacted).ShouldBe("Yhteys saatu");
        foreach (var overdue in new[] { yesterday, lastFriday })
        {
            Row(noon, overdue).ClassList.ShouldContain("queue-row--overdue");
            Row(noon, overdue).QuerySelector("strong.badge--alert")!.TextContent.ShouldStartWith("Myöhässä");
        }

        Row(noon, today).ClassList.ShouldNotContain("queue-row--overdue");
        Row(noon, contacted).ClassList.ShouldNotContain("queue-row--overdue");

        SetClock(Wednesday, 18);
        var evening = await browser.GetAsync("/desk");

        TimeLeft(evening, today).ShouldBe("Myöhässä");
        Row(evening, today).ClassList.ShouldContain("queue-row--overdue");
        TimeLeft(evening, tomorrow).ShouldBe("1 arkipäivä jäljellä");

        SetClock(Wednesday.AddDays(3), 10);
        var saturday = await browser.GetAsync("/desk");

        TimeLeft(saturday, friday).ShouldBe("Myöhässä");
        TimeLeft(saturday, monday).ShouldBe("1 arkipäivä jäljellä");
    }

    [Fact]
    public async Task Call_backs_whose_window_has_passed_stand_out()
    {
        var area = await StaffTestData.CreateAreaAsync(_app);
        var guide = await _app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var morning = await CreateAsync(area.Id, Wednesday, c => (c.CallbackDate, c.CallbackFrom, c.CallbackTo) = (Wednesday, new TimeOnly(9, 0), new TimeOnly(11, 30)));
        var afternoon = await CreateAsync(area.Id, Wednesday, c => (c.CallbackDate, c.CallbackFrom, c.CallbackTo) = (Wednesday, new TimeOnly(14, 0), new TimeOnly(16, 0)));
        var anyTime = await CreateAsync(area.Id, Wednesday, c => (c.CallbackDate, c.CallbackFrom, c.CallbackTo) = (Wednesday, null, null));
        var missed = await CreateAsync(area.Id, Wednesday, c => c.CallbackDate = Wednesday.AddDays(-1));
        var later = await CreateAsync(area.Id, Wednesday, c => c.CallbackDate = Wednesday.AddDays(1));
        using var browser = await SignedInAtAsync(guide, 12);

        var callbacks = await browser.GetAsync("/desk?view=callbacks");

        Codes(callbacks).ShouldBe([morning.ReferenceCode, afternoon.ReferenceCode, anyTime.ReferenceCode, missed.ReferenceCode], ignoreOrder: true);
        Cells(callbacks, morning.ReferenceCode)[9].ShouldBe("18.11.2026 klo 9.00–11.30 Aika ohi");
        Cells(callbacks, afternoon.ReferenceCode)[9].ShouldBe("18.11.2026 klo 14.00–16.00");
        Cells(callbacks, anyTime.ReferenceCode)[9].ShouldBe("18.11.2026");
        Cells(callbacks, missed.ReferenceCode)[9].ShouldBe("17.11.2026 klo 9.00–11.30 Aika ohi");
        callbacks.Body.ShouldNotContain(later.ReferenceCode);
    }

    private static AngleSharp.Dom.IElement Row(Page page, Contact contact) =>
        page.Document.QuerySelector($"#contacts tr[data-contact='{contact.ReferenceCode}']")!;

    private static string TimeLeft(Page page, Contact contact) => Cells(page, contact.ReferenceCode)[^1];

    private Task<Contact> CreateAsync(int areaId, DateOnly respondBy, Action<Contact>? change = null) =>
        DeskTestData.CreateContactAsync(_app, areaId, change: c =>
        {
            (c.RespondBy, c.InitiatedAt) = (respondBy, HelsinkiTime.ToUtc(Wednesday.AddDays(-7).ToDateTime(new TimeOnly(9, 0))));
            change?.Invoke(c);
        });

    /// <summary>Signs in on the real clock (authenticator codes follow it), then stops the clock at the given hour.</summary>
    private async Task<PageClient> SignedInAtAsync(TestStaff staff, int hour)
    {
        custom.Clock.Reset();
        var browser = await StaffTestData.SignedInAsync(_app, staff);
        SetClock(Wednesday, hour);
        return browser;
    }

    private void SetClock(DateOnly day, int hour)
    {
        var at = new DateTimeOffset(HelsinkiTime.ToUtc(day.ToDateTime(new TimeOnly(hour, 0))), TimeSpan.Zero);
        custom.Clock.Advance(at - custom.Clock.GetUtcNow());
    }

    public sealed class OnSqlite(DeskClockSqliteApp app) : QueueTimeTests(app), IClassFixture<DeskClockSqliteApp>;

    public sealed class OnPostgres(DeskClockPostgresApp app) : QueueTimeTests(app), IClassFixture<DeskClockPostgresApp>;
}

public sealed class DeskClockSqliteApp() : CustomApp(new SqliteApp())
{
    protected override void Configure(PerhesiltaApp app) => app.TestServices.Add(services => services.AddSingleton<TimeProvider>(Clock));
}

public sealed class DeskClockPostgresApp(PostgresCluster cluster) : CustomApp(new PostgresApp(cluster))
{
    protected override void Configure(PerhesiltaApp app) => app.TestServices.Add(services => services.AddSingleton<TimeProvider>(Clock));
}
