using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;
using Shouldly;

namespace Perhesilta.IntegrationTests.Calendar;

/// <summary>
/// The administrators' closure days page (<c>/admin/calendar</c>): adding and removing a day, every kind of bad input
/// refused with nothing saved, the clocks a change moves, and who may use it. Each test uses days of its own, weeks apart.
/// </summary>
public abstract class ClosurePageTests(PerhesiltaApp app)
{
    private const string Url = "/admin/calendar";

    [Fact]
    public async Task An_administrator_adds_a_closure_day_that_is_listed_and_no_longer_a_working_day()
    {
        var day = WorkingDayFrom(40);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (browser)
        {
            var page = await browser.GetAsync(Url);
            page.Status.ShouldBe(HttpStatusCode.OK);
            page.Text("h1").ShouldBe("Kalenteri ja sulkupäivät");

            var added = await browser.SubmitAsync(page, "#add-closure", Fields(Iso(day), "Välipäivä: toimipisteet suljettu"));
            added.Location.ShouldBe(Url);
            var shown = await browser.GetAsync(Url);

            shown.Text("#notice").ShouldStartWith($"Sulkupäivä {day.ToString("d.M.yyyy", CultureInfo.InvariantCulture)} lisätty.");
            var row = shown.Document.QuerySelector($"#coming tr[data-date='{Iso(day)}']")!;
            row.TextContent.ShouldContain("Välipäivä: toimipisteet suljettu");
            row.TextContent.ShouldContain("Testi Administrator");
        }

        (await ClosureAsync(day))!.Reason.ShouldBe("Välipäivä: toimipisteet suljettu");
        Calendar.IsWorkingDay(day).ShouldBeFalse();
        using var http = app.CreateClient();
        var days = await http.GetStringAsync($"/api/v1/calendar/non-working-days?from={Iso(day)}&to={Iso(day)}", TestContext.Current.CancellationToken);
        days.ShouldContain("\"kind\":\"closure\",\"reason\":\"Välipäivä: toimipisteet suljettu\"");
    }

    [Fact]
    public async Task Bad_input_is_refused_next_to_its_field_with_what_was_typed_kept_and_nothing_saved()
    {
        var today = Today();
        var taken = WorkingDayFrom(70);
        await AddDirectlyAsync(taken, "Henkilöstöpäivä");
        var saturday = today.AddDays(14 + ((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7);
        while (FinnishCalendar.HolidayOn(saturday) is not null)
        {
            saturday = saturday.AddDays(7);
        }

        var mayDay = new DateOnly(today.Year + 1, 5, 1);
        var free = WorkingDayFrom(100);
        var cases = new (string Date, string Reason, string Field, string Message)[]
        {
            ("", "Syy", "date", "Anna päivämäärä."),
            ("31/12/2030", "Syy", "date", "Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 2.1.2027."),
            (Iso(today.AddDays(-1)), "Syy", "date", "Päivämäärä on mennyt: sulkupäivän voi lisätä vain tälle päivälle tai tulevalle päivälle, jotta jo lasketut määräajat eivät muutu."),
            (Iso(saturday), "Syy", "date", $"{Finnish(saturday)} ei ole muutenkaan arkipäivä (Lauantai): sulkupäivä ei muuttaisi mitään."),
            (Iso(mayDay), "Syy", "date", $"{Finnish(mayDay)} ei ole muutenkaan arkipäivä (Vappu): sulkupäivä ei muuttaisi mitään."),
            (Iso(taken), "Syy", "date", $"{Finnish(taken)} on jo sulkupäivä."),
            ("2101-01-03", "Syy", "date", "Kalenteri ulottuu päivään 31.12.2100 asti: valitse aiempi päivä."),
            (Iso(free), "   ", "reason", "Kerro syy: se näkyy kalenterissa ja eräpäivien yhteydessä."),
            (Iso(free), new string('x', 201), "reason", "Syy on liian pitkä: enintään 200 merkkiä."),
        };

        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (browser)
        {
            foreach (var (date, reason, field, message) in cases)
            {
                var before = await CountAsync();
                var page = await browser.SubmitAsync(await browser.GetAsync(Url), "#add-closure", Fields(date, reason));

                page.Status.ShouldBe(HttpStatusCode.OK, $"{date} / {reason}");
                page.Text("#error-summary").ShouldContain(message);
                page.Text($"#{field}-error").ShouldBe(message);
                page.Document.QuerySelector($"#{field}")!.GetAttribute("aria-invalid").ShouldBe("true");
                (page.Document.QuerySelector("#date")!.GetAttribute("value") ?? "").ShouldBe(date);
                (page.Document.QuerySelector("#reason")!.GetAttribute("value") ?? "").ShouldBe(reason.Trim());
                (await CountAsync()).ShouldBe(before, $"{date} / {reason}");
            }
        }

        (await ClosureAsync(free)).ShouldBeNull();
    }

    [Fact]
    public async Task A_date_written_the_Finnish_way_is_understood()
    {
        var day = WorkingDayFrom(130);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (browser)
        {
            var page = await browser.SubmitAsync(await browser.GetAsync(Url), "#add-closure", Fields(day.ToString("d.M.yyyy", CultureInfo.InvariantCulture), "Koulutuspäivä"));
            page.Location.ShouldBe(Url);
        }

        (await ClosureAsync(day))!.Reason.ShouldBe("Koulutuspäivä");
    }

    [Fact]
    public async Task A_coming_closure_day_is_removed_and_is_a_working_day_again_but_a_past_one_stays()
    {
        var day = WorkingDayFrom(160);
        await AddDirectlyAsync(day, "Välipäivä");
        var past = Today().AddDays(-3);
        await AddDirectlyAsync(past, "Myrsky: toimipisteet suljettu");
        Calendar.IsWorkingDay(day).ShouldBeFalse();

        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (browser)
        {
            var page = await browser.GetAsync(Url);
            page.Document.QuerySelector($"#past tr[data-date='{Iso(past)}']")!.TextContent.ShouldContain("Myrsky: toimipisteet suljettu");
            page.Document.QuerySelector($"#past tr[data-date='{Iso(past)}'] form").ShouldBeNull();

            var removed = await browser.SubmitAsync(page, $"#coming tr[data-date='{Iso(day)}'] form");
            removed.Location.ShouldBe(Url);
            var shown = await browser.GetAsync(Url);
            shown.Text("#notice").ShouldStartWith($"Sulkupäivä {Finnish(day)} poistettu: päivä on taas arkipäivä.");
            shown.Document.QuerySelector($"#coming tr[data-date='{Iso(day)}']").ShouldBeNull();

            var refused = await browser.PostAsync(Url + "?handler=Remove", [new("date", Iso(past)), new("__RequestVerificationToken", Token(shown))]);
            refused.Location.ShouldBe(Url);
            (await browser.GetAsync(Url)).Text("#notice").ShouldBe($"Mennyttä sulkupäivää {Finnish(past)} ei voi poistaa: sen yli lasketut määräajat on laskettu sen mukaan.");
        }

        (await ClosureAsync(day)).ShouldBeNull();
        (await ClosureAsync(past)).ShouldNotBeNull();
        Calendar.IsWorkingDay(day).ShouldBeTrue();
    }

    [Fact]
    public async Task Closing_a_day_inside_a_running_clock_moves_its_due_date_and_opening_it_moves_it_back()
    {
        var today = Today();
        var area = await app.WithDbAsync(db => db.Set<Area>().OrderBy(a => a.Id).FirstAsync());
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        var clockId = Guid.Empty;
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            var started = services.GetRequiredService<DeadlineClocks>().Start(db, new ClockStart(
                ClockRule.Shl36Start, contact.Id, null, area.Id, DateTime.UtcNow, null, null));
            await db.SaveChangesAsync();
            clockId = started.Id;
        });
        var before = await ClockAsync(clockId);
        before.StartDate.ShouldBe(today);
        var closed = Calendar.AddWorkingDays(today, 1);

        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (browser)
        {
            await browser.SubmitAsync(await browser.GetAsync(Url), "#add-closure", Fields(Iso(closed), "Henkilöstön virkistyspäivä"));
            (await browser.GetAsync(Url)).Text("#notice").ShouldStartWith($"Sulkupäivä {Finnish(closed)} lisätty. Määräaikoja laskettiin uudelleen: ");

            var moved = await ClockAsync(clockId);
            moved.DueOn.ShouldBe(Calendar.AddWorkingDays(before.DueOn, 1));
            moved.DueOn.ShouldBe(Calendar.AddWorkingDays(today, 7));
            moved.State.ShouldBe(ClockState.Running);

            var page = await browser.GetAsync(Url);
            await browser.SubmitAsync(page, $"#coming tr[data-date='{Iso(closed)}'] form");
        }

        (await ClockAsync(clockId)).DueOn.ShouldBe(before.DueOn);
    }

    [Theory]
    [InlineData(StaffRoles.ServiceGuide)]
    [InlineData(StaffRoles.Manager)]
    [InlineData(StaffRoles.Professional)]
    [InlineData(StaffRoles.DirectoryEditor)]
    public async Task Other_roles_are_refused_the_page_and_its_forms_and_change_nothing(string role)
    {
        var day = WorkingDayFrom(190);
        var person = await app.CreateStaffAsync(role, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, person);
        var token = await StaffTestData.AntiforgeryTokenAsync(browser);

        (await browser.GetAsync(Url)).ShouldBeForbidden(Url);
        (await browser.PostAsync(Url + "?handler=Add", [new("Input.Date", Iso(day)), new("Input.Reason", "Syy"), new("__RequestVerificationToken", token)])).ShouldBeForbidden(Url);
        (await ClosureAsync(day)).ShouldBeNull();
        (await browser.GetAsync("/staff")).Document.QuerySelector($"a[href='{Url}']").ShouldBeNull();
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var browser = app.NewBrowser();
        (await browser.GetAsync(Url)).ShouldAskToSignIn(Url);
    }

    [Fact]
    public async Task The_administration_section_of_the_start_page_links_to_the_calendar()
    {
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (browser)
        {
            var start = await browser.GetAsync("/staff");
            start.Document.QuerySelector($"#administration a[href='{Url}']")!.TextContent.ShouldBe("Kalenterin sulkupäivät");
        }
    }

    private static Dictionary<string, string> Fields(string date, string reason) => new() { ["Input.Date"] = date, ["Input.Reason"] = reason };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Finnish(DateOnly day) => day.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    private static string Token(Page page) => page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

    private static DateOnly Today() => DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow));

    private FinnishCalendar Calendar => app.Services.GetRequiredService<FinnishCalendar>();

    /// <summary>The first working day at least <paramref name="days"/> days from today.</summary>
    private DateOnly WorkingDayFrom(int days) => Calendar.AddWorkingDays(Today().AddDays(days), 0);

    private Task<CountyClosure?> ClosureAsync(DateOnly day) =>
        app.WithDbAsync(db => db.Set<CountyClosure>().AsNoTracking().SingleOrDefaultAsync(c => c.Date == day));

    private Task<int> CountAsync() => app.WithDbAsync(db => db.Set<CountyClosure>().CountAsync());

    private Task<DeadlineClock> ClockAsync(Guid id) => app.WithDbAsync(db => db.Set<DeadlineClock>().AsNoTracking().SingleAsync(c => c.Id == id));

    private async Task AddDirectlyAsync(DateOnly day, string reason)
    {
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        await app.WithDbAsync(async db =>
        {
            db.Add(new CountyClosure { Date = day, Reason = reason, CreatedByUserId = admin.Id, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
    }

    public sealed class OnSqlite(SqliteApp app) : ClosurePageTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ClosurePageTests(app), IClassFixture<PostgresApp>;
}
