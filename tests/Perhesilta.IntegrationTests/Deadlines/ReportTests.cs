using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.Deadlines.ReportTestData;

namespace Perhesilta.IntegrationTests.Deadlines;

/// <summary>
/// The compliance report's figures worked out by hand from clocks seeded in March–June 2026 (2.3.2026 is a Monday, so
/// a shl36-start clock begun then is due on Wednesday 11.3.2026).
/// </summary>
public abstract class ReportTests(PerhesiltaApp app)
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public async Task The_report_counts_each_rule_per_area_and_month_with_the_share_met_median_and_90th_percentile()
    {
        var (north, south, _) = await SeedAsync();
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [north.Code, south.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        var report = await browser.GetAsync($"/reports/deadlines?from=2026-03&to=2026-04&area={north.Id}&area={south.Id}");

        report.Text("h1").ShouldBe("Määräaikojen toteutuminen");
        Row(report, north, "03/2026", "shl36-start").ShouldBe(["03/2026", "Palvelutarpeen arvioinnin aloittaminen (SHL 36 §)", "6", "3", "1", "1", "1", "1", "60,0 %", "5,5", "9", "arkipäivää"]);
        Row(report, north, "03/2026", "shl36-complete").ShouldBe(["03/2026", "Palvelutarpeen arvioinnin valmistuminen (SHL 36 §)", "2", "1", "1", "0", "0", "0", "50,0 %", "89,5", "100", "kalenteripäivää"]);
        Row(report, north, "04/2026", "reply-to-contact").ShouldBe(["04/2026", "Vastaus yhteydenottoon", "1", "1", "0", "0", "0", "0", "100,0 %", "1", "1", "arkipäivää"]);
        Row(report, north, "Koko kausi", "shl36-start")[2].ShouldBe("6");
        Row(report, south, "03/2026", "shl36-start").ShouldBe(["03/2026", "Palvelutarpeen arvioinnin aloittaminen (SHL 36 §)", "1", "1", "0", "0", "0", "0", "100,0 %", "1", "1", "arkipäivää"]);
    }

    [Fact]
    public async Task The_misses_are_listed_with_their_reasons_and_nothing_that_identifies_the_family()
    {
        var (north, _, contacts) = await SeedAsync();
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [north.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        var report = await browser.GetAsync($"/reports/deadlines?from=2026-03&to=2026-03&area={north.Id}");

        var misses = report.Document.QuerySelectorAll("#misses-table tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        misses.ShouldBe([
            ["Palvelutarpeen arvioinnin aloittaminen (SHL 36 §)", north.NameFi, "2.3.2026", "11.3.2026", "13.3.2026", "2 arkipäivää", "Tulkkia ei saatu; uusi aika"],
            ["Palvelutarpeen arvioinnin valmistuminen (SHL 36 §)", north.NameFi, "2.3.2026", "2.6.2026", "10.6.2026", "8 kalenteripäivää", "=Sairausloma"],
        ]);
        foreach (var contact in contacts)
        {
            report.Body.ShouldNotContain(contact);
        }

        report.Body.ShouldNotContain(Desk.DeskTestData.ContactName);
    }

    [Fact]
    public async Task THL_half_year_figures_count_assessments_begun_in_7_working_days_and_completed_in_3_months_per_area_and_in_total()
    {
        var (north, south, _) = await SeedAsync();
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [north.Code, south.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        var report = await browser.GetAsync($"/reports/deadlines?from=2026-03&to=2026-04&area={north.Id}&area={south.Id}");

        Thl(report, "2025-10-01").ShouldBe([
            [north.NameFi, "5", "3", "60,0 %", "0", "0", "–"],
            [south.NameFi, "1", "1", "100,0 %", "0", "0", "–"],
            ["Yhteensä", "6", "4", "66,7 %", "0", "0", "–"],
        ], ignoreOrder: true);
        Thl(report, "2026-04-01").ShouldBe([
            [north.NameFi, "0", "0", "–", "2", "1", "50,0 %"],
            [south.NameFi, "0", "0", "–", "0", "0", "–"],
            ["Yhteensä", "0", "0", "–", "2", "1", "50,0 %"],
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task The_printable_report_names_the_authority_the_period_the_county_and_when_it_was_made()
    {
        var (north, _, _) = await SeedAsync();
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [north.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        var print = await browser.GetAsync("/reports/deadlines/print?from=2026-03&to=2026-04");

        print.Text("h1").ShouldBe("Selvitys sosiaalihuollon määräaikojen toteutumisesta");
        print.Text("#print-heading").ShouldContain("Valvontaviranomaiselle");
        print.Text("#print-heading").ShouldContain("Pohjois-Pohjanmaan hyvinvointialue");
        print.Text("#print-period").ShouldBe("1.3.2026–30.4.2026");
        print.Text("#print-generated").ShouldContain(Today.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        print.Document.QuerySelector("#report-filters").ShouldBeNull();
        print.Document.QuerySelector($"table[data-area='{north.NameFi}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_month_that_is_not_a_month_or_a_period_that_ends_before_it_begins_is_explained_next_to_the_field()
    {
        var manager = await app.CreateStaffAsync(StaffRoles.Manager);
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        var bad = await browser.GetAsync("/reports/deadlines?from=2026-13&to=2026-04");
        bad.Text("#from-error").ShouldBe("”2026-13” ei ole kuukausi. Kirjoita se muodossa VVVV-KK, esim. 2026-04.");
        bad.Document.QuerySelector("#from")!.GetAttribute("value").ShouldBe("2026-13");
        bad.Text("#error-summary").ShouldContain("2026-13");
        bad.Document.QuerySelector("#figures").ShouldBeNull();

        var backwards = await browser.GetAsync("/reports/deadlines?from=2026-05&to=2026-04");
        backwards.Text("#to-error").ShouldBe("Viimeinen kuukausi ei voi olla ennen ensimmäistä.");

        var tooLong = await browser.GetAsync("/reports/deadlines?from=2020-01&to=2026-04");
        tooLong.Text("#to-error").ShouldBe("Raportti voi kattaa enintään 36 kuukautta.");

        var csv = await browser.GetAsync("/reports/deadlines/csv?from=x&to=2026-04");
        csv.Status.ShouldBe(System.Net.HttpStatusCode.BadRequest);
    }

    /// <summary>
    /// North, March: shl36-start met in 2, 4 and 7 working days, missed by 2, stopped, running past its due date;
    /// shl36-complete met in 79 and missed by 8 calendar days (100 taken). April: a reply met in 1 working day.
    /// South: one shl36-start met in 1.
    /// </summary>
    private async Task<(Area North, Area South, List<string> ReferenceCodes)> SeedAsync()
    {
        var north = await StaffTestData.CreateAreaAsync(app);
        var south = await StaffTestData.CreateAreaAsync(app);
        var seeded = new List<(Features.HelpRequests.Contact Contact, DeadlineClock Clock)>
        {
            await ClockAsync(app, north.Id, ClockRule.Shl36Start, Monday, Met(new(2026, 3, 4))),
            await ClockAsync(app, north.Id, ClockRule.Shl36Start, Monday, Met(new(2026, 3, 6))),
            await ClockAsync(app, north.Id, ClockRule.Shl36Start, Monday, Met(new(2026, 3, 11))),
            await ClockAsync(app, north.Id, ClockRule.Shl36Start, Monday, Late(new(2026, 3, 13), "Tulkkia ei saatu; uusi aika")),
            await ClockAsync(app, north.Id, ClockRule.Shl36Start, new(2026, 3, 3), Stopped(new(2026, 3, 5), "Arviointi ilmeisen tarpeeton")),
            await ClockAsync(app, north.Id, ClockRule.Shl36Start, Monday),
            await ClockAsync(app, north.Id, ClockRule.Shl36Complete, Monday, Met(new(2026, 5, 20))),
            await ClockAsync(app, north.Id, ClockRule.Shl36Complete, Monday, Late(new(2026, 6, 10), "=Sairausloma")),
            await ClockAsync(app, north.Id, ClockRule.ReplyToContact, new(2026, 4, 1), Met(new(2026, 4, 2))),
            await ClockAsync(app, south.Id, ClockRule.Shl36Start, Monday, Met(new(2026, 3, 3))),
        };

        // A clock of an area the reader does not manage, in the same months: never counted.
        var other = await StaffTestData.CreateAreaAsync(app);
        await ClockAsync(app, other.Id, ClockRule.Shl36Start, Monday, Met(new(2026, 3, 4)));
        return (north, south, seeded.Select(s => s.Contact.ReferenceCode).ToList());
    }

    internal static string[] Row(Page page, Area area, string month, string rule) =>
        page.Document.QuerySelector($"table[data-area='{area.NameFi}'] tr[data-month='{month}'][data-rule='{rule}']")
            ?.QuerySelectorAll("th, td").Select(c => Normalize(c.TextContent)).ToArray()
            ?? throw new ShouldAssertException($"No row {month} {rule} for {area.NameFi}.");

    private static List<string[]> Thl(Page page, string period) =>
        [.. page.Document.QuerySelectorAll($"table.thl-table[data-period='{period}'] tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => Normalize(c.TextContent)).ToArray())];

    /// <summary>Finnish formatting puts a no-break space before the per cent sign.</summary>
    internal static string Normalize(string text) => text.Trim().Replace('\u00a0', ' ').Replace('\u202f', ' ');

    public sealed class OnSqlite(SqliteApp app) : ReportTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ReportTests(app), IClassFixture<PostgresApp>;
}
