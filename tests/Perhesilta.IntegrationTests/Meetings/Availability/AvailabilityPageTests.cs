using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Meetings.Availability;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Localization;
using Shouldly;
using static Perhesilta.IntegrationTests.Meetings.Availability.AvailabilityTestData;

namespace Perhesilta.IntegrationTests.Meetings.Availability;

/// <summary>A staff member keeps their working hours, busy times and imported calendar on /availability.</summary>
public abstract class AvailabilityPageTests(PerhesiltaApp app)
{
    private const string Url = "/availability";

    [Fact]
    public async Task Working_hours_are_saved_for_each_weekday_and_a_day_off_has_no_row()
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync(Url);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#hours-state").ShouldContain("oletustyöaika");

        var saved = await browser.PostAsync(Url + "?handler=Hours", Hours(page,
            (DayOfWeek.Monday, "9:00", "15:30"), (DayOfWeek.Tuesday, "08.00", "16.00"), (DayOfWeek.Wednesday, "8:00", "16:00"), (DayOfWeek.Thursday, "7:30", "14:00")));

        saved.Location.ShouldBe(Url);
        var hours = await HoursOfAsync(app, guide.Id);
        hours.Select(h => h.Day).ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], ignoreOrder: true);
        hours.Single(h => h.Day == DayOfWeek.Monday).ShouldSatisfyAllConditions(h => h.Start.ShouldBe(new TimeOnly(9, 0)), h => h.End.ShouldBe(new TimeOnly(15, 30)));
        hours.Single(h => h.Day == DayOfWeek.Tuesday).Start.ShouldBe(new TimeOnly(8, 0));
        var shown = await browser.GetAsync(Url);
        shown.Text("#notice").ShouldBe("Työaika tallennettiin.");
        shown.Document.QuerySelector("#day-Friday-works")!.HasAttribute("checked").ShouldBeFalse();
        shown.Document.QuerySelector("#day-Thursday-start")!.GetAttribute("value").ShouldBe("07:30");

        var reset = await browser.SubmitAsync(shown, "#default-hours-form");
        reset.Location.ShouldBe(Url);
        (await HoursOfAsync(app, guide.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Wrong_working_hours_are_refused_with_a_message_at_the_field_and_nothing_is_saved()
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var page = await browser.GetAsync(Url);

        var refused = await browser.PostAsync(Url + "?handler=Hours", Hours(page, (DayOfWeek.Monday, "16:00", "8:00"), (DayOfWeek.Tuesday, "kahdeksan", "16:00"), (DayOfWeek.Wednesday, "8:00", "")));

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("#day-Monday-end-error").ShouldBe("Päättymisajan on oltava alkamisajan jälkeen.");
        refused.Text("#day-Tuesday-start-error").ShouldContain("muodossa tt:mm");
        refused.Text("#day-Wednesday-end-error").ShouldContain("Anna kellonaika");
        refused.Document.QuerySelectorAll("#error-summary li").Length.ShouldBe(3);
        refused.Document.QuerySelector("#day-Tuesday-start")!.GetAttribute("value").ShouldBe("kahdeksan");
        (await HoursOfAsync(app, guide.Id)).ShouldBeEmpty();

        var noDays = await browser.PostAsync(Url + "?handler=Hours", Hours(page));
        noDays.Text("#error-summary").ShouldContain("Valitse vähintään yksi työpäivä.");
        (await HoursOfAsync(app, guide.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_busy_time_typed_by_hand_is_saved_in_Finnish_time_listed_and_removed()
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

        var added = await PostAsync(browser, Url, "AddBusy", ("Busy.StartDate", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("Busy.StartTime", "9:00"), ("Busy.EndTime", "11:30"), ("Busy.Note", "Koulutus"));
        var wholeDays = await PostAsync(browser, Url, "AddBusy", ("Busy.StartDate", day.AddDays(7).ToString("d.M.yyyy", CultureInfo.InvariantCulture)), ("Busy.EndDate", day.AddDays(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        added.Location.ShouldBe(Url);
        wholeDays.Location.ShouldBe(Url);
        var busy = await BusyOfAsync(app, guide.Id);
        busy.Count.ShouldBe(2);
        busy[0].ShouldSatisfyAllConditions(
            b => b.StartsAt.ShouldBe(HelsinkiTime.ToUtc(day.ToDateTime(new TimeOnly(9, 0)))),
            b => b.EndsAt.ShouldBe(HelsinkiTime.ToUtc(day.ToDateTime(new TimeOnly(11, 30)))),
            b => b.Source.ShouldBe(BusySource.Manual),
            b => b.Note.ShouldBe("Koulutus"));
        busy[1].StartsAt.ShouldBe(HelsinkiTime.ToUtc(day.AddDays(7).ToDateTime(TimeOnly.MinValue)));
        busy[1].EndsAt.ShouldBe(HelsinkiTime.ToUtc(day.AddDays(9).ToDateTime(TimeOnly.MinValue)));
        var page = await browser.GetAsync(Url);
        page.Document.QuerySelectorAll("#busy-times tbody tr").Length.ShouldBe(2);
        page.Text("#busy-times").ShouldContain("Koulutus");

        var removed = await PostAsync(browser, Url, "RemoveBusy", ("busyId", busy[0].Id.ToString()));
        removed.Location.ShouldBe(Url);
        (await BusyOfAsync(app, guide.Id)).Select(b => b.Id).ShouldBe([busy[1].Id]);
    }

    [Fact]
    public async Task Wrong_busy_times_are_refused_with_their_message_and_what_was_typed_stays()
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var noDate = await PostAsync(browser, Url, "AddBusy", ("Busy.StartDate", ""), ("Busy.Note", "Loma"));
        var badDate = await PostAsync(browser, Url, "AddBusy", ("Busy.StartDate", "31.2.2027"));
        var backwards = await PostAsync(browser, Url, "AddBusy", ("Busy.StartDate", future), ("Busy.StartTime", "12:00"), ("Busy.EndTime", "10:00"));
        var oneTime = await PostAsync(browser, Url, "AddBusy", ("Busy.StartDate", future), ("Busy.StartTime", "12:00"));
        var past = await PostAsync(browser, Url, "AddBusy", ("Busy.StartDate", "2020-01-02"));
        var tooLong = await PostAsync(browser, Url, "AddBusy", ("Busy.StartDate", future), ("Busy.EndDate", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(500).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        noDate.Text("#busy-start-date-error").ShouldBe("Anna alkamispäivä.");
        noDate.Document.QuerySelector("#busy-note")!.GetAttribute("value").ShouldBe("Loma");
        badDate.Text("#busy-start-date-error").ShouldContain("p.k.vvvv");
        badDate.Document.QuerySelector("#busy-start-date")!.GetAttribute("value").ShouldBe("31.2.2027");
        backwards.Text("#busy-end-time-error").ShouldBe("Varatun ajan on päätyttävä alkamisensa jälkeen.");
        oneTime.Text("#busy-end-time-error").ShouldContain("sekä alkamis- että päättymisaika");
        past.Text("#busy-end-date-error").ShouldContain("on jo mennyt");
        tooLong.Text("#busy-end-date-error").ShouldContain("liian pitkä");
        (await BusyOfAsync(app, guide.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_uploaded_calendar_becomes_busy_times_without_its_titles_and_a_new_file_replaces_it()
    {
        var professional = await app.CreateStaffAsync(StaffRoles.Professional, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, professional);
        var tomorrow = DateTime.UtcNow.Date.AddDays(1);

        var first = await UploadAsync(browser, Url, CalendarSamples.Daily(tomorrow, 10));

        first.Location.ShouldBe(Url);
        var busy = await BusyOfAsync(app, professional.Id);
        busy.Count.ShouldBe(10);
        busy.ShouldAllBe(b => b.Source == BusySource.Imported && b.Note == null && b.FeedId != null);
        busy[0].StartsAt.ShouldBe(tomorrow.AddHours(8));
        var feed = (await FeedOfAsync(app, professional.Id))!;
        feed.ShouldSatisfyAllConditions(f => f.Kind.ShouldBe(CalendarFeedKind.File), f => f.FileName.ShouldBe("kalenteri.ics"), f => f.BusyCount.ShouldBe(10));
        var page = await browser.GetAsync(Url);
        page.Text("#notice").ShouldBe("Kalenteri tuotiin.");
        page.Text("#feed-busy-count").ShouldBe("10");
        page.Text("#feed-last-good").ShouldContain("sitten");
        page.Body.ShouldNotContain("Asiakastapaaminen");

        (await UploadAsync(browser, Url, Encoding.UTF8.GetBytes(CalendarSamples.Daily(tomorrow, 3, "other")), "uusi.ics")).Location.ShouldBe(Url);
        (await BusyOfAsync(app, professional.Id)).Count.ShouldBe(3);
        (await FeedOfAsync(app, professional.Id))!.ShouldSatisfyAllConditions(f => f.Id.ShouldBe(feed.Id), f => f.FileName.ShouldBe("uusi.ics"));

        var removed = await PostAsync(browser, Url, "RemoveFeed");
        removed.Location.ShouldBe(Url);
        (await FeedOfAsync(app, professional.Id)).ShouldBeNull();
        (await BusyOfAsync(app, professional.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Hostile_files_are_refused_with_their_reason_and_the_last_good_copy_stays()
    {
        var professional = await app.CreateStaffAsync(StaffRoles.Professional, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, professional);
        var tomorrow = DateTime.UtcNow.Date.AddDays(1);
        var good = CalendarSamples.Daily(tomorrow, 5);
        (await UploadAsync(browser, Url, good)).Location.ShouldBe(Url);
        var before = (await FeedOfAsync(app, professional.Id))!;

        var cases = new (byte[] Content, string Message)[]
        {
            (Encoding.UTF8.GetBytes(CalendarSamples.Huge()), "liian suuri"),
            (Encoding.Latin1.GetBytes(CalendarSamples.Daily(tomorrow, 2).Replace("Asiakastapaaminen", "Äitiysneuvola", StringComparison.Ordinal)), "UTF-8"),
            (Encoding.UTF8.GetBytes(CalendarSamples.EveryMinute(tomorrow)), "liian tiheään"),
            (Encoding.UTF8.GetBytes(CalendarSamples.DenseSince1900()), "liian monta varattua aikaa"),
            (Encoding.UTF8.GetBytes(CalendarSamples.DeeplyNested()), "liian monella tasolla"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "UTF-8"),
            (Encoding.UTF8.GetBytes("Hei, tässä kalenterini!"), "iCalendar"),
        };
        foreach (var (content, message) in cases)
        {
            var refused = await UploadAsync(browser, Url, content);
            refused.Status.ShouldBe(HttpStatusCode.OK, message);
            refused.Text("#calendar-file-error").ShouldContain(message);
            refused.Text("#error-summary").ShouldContain(message);
        }

        var after = (await FeedOfAsync(app, professional.Id))!;
        after.ShouldSatisfyAllConditions(f => f.Version.ShouldBe(before.Version), f => f.LastGoodContent.ShouldBe(good), f => f.LastError.ShouldBeNull());
        (await BusyOfAsync(app, professional.Id)).Count.ShouldBe(5);

        var nothing = await UploadAsync(browser, Url, Array.Empty<byte>());
        nothing.Text("#calendar-file-error").ShouldBe("Valitse ladattava .ics-tiedosto.");
    }

    [Fact]
    public async Task An_administrator_keeps_another_staff_members_availability_and_others_may_not()
    {
        var professional = await app.CreateStaffAsync(StaffRoles.Professional, ["oulu"]);
        var (admin, _) = await StaffTestData.SignedInAdministratorAsync(app);
        var url = $"/admin/staff/{professional.Id}/availability";
        using (admin)
        {
            var account = await admin.GetAsync("/admin/staff/" + professional.Id);
            account.Document.QuerySelector("#availability-link")!.GetAttribute("href").ShouldBe(url);
            var page = await admin.GetAsync(url);
            page.Status.ShouldBe(HttpStatusCode.OK);
            page.Text("h1").ShouldContain("Testi Professional");

            (await admin.PostAsync(url + "?handler=Hours", Hours(page, (DayOfWeek.Wednesday, "10:00", "14:00")))).Location.ShouldBe(url);
            (await UploadAsync(admin, url, CalendarSamples.Daily(DateTime.UtcNow.Date.AddDays(2), 4))).Location.ShouldBe(url);
            (await admin.GetAsync("/admin/staff/" + Guid.NewGuid() + "/availability")).Status.ShouldBe(HttpStatusCode.NotFound);
        }

        (await HoursOfAsync(app, professional.Id)).Single().Day.ShouldBe(DayOfWeek.Wednesday);
        (await BusyOfAsync(app, professional.Id)).Count.ShouldBe(4);

        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        using var other = await StaffTestData.SignedInAsync(app, guide);
        (await other.GetAsync(url)).ShouldBeForbidden(url);
        var token = Token(await other.GetAsync(Url));
        (await other.PostAsync(url + "?handler=RemoveFeed", [new("__RequestVerificationToken", token)])).ShouldBeForbidden(url);
        (await FeedOfAsync(app, professional.Id)).ShouldNotBeNull();

        // One's own page shows one's own availability only.
        (await other.GetAsync(Url)).Text("#feed-state").ShouldBe("Kalenteria ei ole tuotu.");
        using var anonymous = app.NewBrowser();
        (await anonymous.GetAsync(Url)).ShouldAskToSignIn(Url);
    }

    [Fact]
    public async Task The_page_speaks_Swedish_and_English()
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        await browser.GetAsync("/language/sv?returnUrl=/availability");
        (await browser.GetAsync(Url)).Text("h1").ShouldBe("Min tillgänglighet");
        await browser.GetAsync("/language/en?returnUrl=/availability");
        var english = await browser.GetAsync(Url);
        english.Text("h1").ShouldBe("My availability");
        english.Document.QuerySelector("nav a[href='/availability']").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_demo_guides_and_professional_have_working_hours_and_busy_times_and_the_professional_an_imported_calendar()
    {
        var (guide, professional) = await app.WithDbAsync(async db => (
            await db.Users.SingleAsync(u => u.Email == "ohjaaja@perhesilta.example"),
            await db.Users.SingleAsync(u => u.Email == "ammattilainen@perhesilta.example")));

        (await HoursOfAsync(app, guide.Id)).Count.ShouldBe(5);
        (await BusyOfAsync(app, guide.Id)).ShouldContain(b => b.Source == BusySource.Manual && b.StartsAt > DateTime.UtcNow);
        (await HoursOfAsync(app, professional.Id)).Count.ShouldBe(5);
        var feed = (await FeedOfAsync(app, professional.Id)).ShouldNotBeNull();
        feed.BusyCount.ShouldBeGreaterThan(20);
        (await BusyOfAsync(app, professional.Id)).Count(b => b.FeedId == feed.Id).ShouldBe(feed.BusyCount);
    }

    public sealed class OnSqlite(SqliteApp app) : AvailabilityPageTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AvailabilityPageTests(app), IClassFixture<PostgresApp>;
}
