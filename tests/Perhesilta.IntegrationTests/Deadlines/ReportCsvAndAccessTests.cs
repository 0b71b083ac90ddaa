using System.Net;
using System.Text;
using Perhesilta.Features.Deadlines;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.Deadlines.ReportTestData;

namespace Perhesilta.IntegrationTests.Deadlines;

/// <summary>The report's CSV files for Finnish Excel, and who may read the report: managers for their areas, administrators for all.</summary>
public abstract class ReportCsvAndAccessTests(PerhesiltaApp app)
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public async Task The_figures_download_as_UTF8_CSV_with_a_byte_order_mark_semicolons_and_decimal_commas()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        await ClockAsync(app, area.Id, ClockRule.Shl36Start, Monday, Met(new(2026, 3, 4)));
        await ClockAsync(app, area.Id, ClockRule.Shl36Start, Monday, Met(new(2026, 3, 5)));
        await ClockAsync(app, area.Id, ClockRule.Shl36Start, Monday, Late(new(2026, 3, 12), "Sijaista ei saatu"));
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        var response = await browser.Http.GetAsync("/reports/deadlines/csv?from=2026-03&to=2026-03", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("perhesilta-figures-2026-03-2026-03.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        lines[0].ShouldBe("Alue;Kuukausi;Säännön koodi;Määräaika;Määräaikoja;Täyttyi;Myöhästyi;Pysäytetty;Käynnissä;Käynnissä, myöhässä;Ajallaan (%);Mediaani;90. persentiili;Yksikkö");
        lines.ShouldContain($"{area.NameFi};2026-03;shl36-start;Palvelutarpeen arvioinnin aloittaminen (SHL 36 §);3;2;1;0;0;0;66,7;3;8;arkipäivää");
        lines.ShouldContain($"{area.NameFi};Koko kausi;shl36-start;Palvelutarpeen arvioinnin aloittaminen (SHL 36 §);3;2;1;0;0;0;66,7;3;8;arkipäivää");
    }

    [Fact]
    public async Task The_misses_download_with_their_reasons_quoted_and_a_formula_made_harmless()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        await ClockAsync(app, area.Id, ClockRule.Shl36Start, Monday, Late(new(2026, 3, 13), "Tulkki; \"kiireellinen\" muualla"));
        await ClockAsync(app, area.Id, ClockRule.Lsl26Decision, Monday, Late(new(2026, 3, 12), "=1+1"));
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        var csv = Encoding.UTF8.GetString(await browser.Http.GetByteArrayAsync("/reports/deadlines/misses?from=2026-03&to=2026-03", TestContext.Current.CancellationToken)).TrimStart('\uFEFF');

        var lines = csv.Split("\r\n");
        lines[0].ShouldBe("Säännön koodi;Määräaika;Alue;Vireille;Eräpäivä;Tehty;Myöhässä;Yksikkö;Syy");
        lines.ShouldContain($"shl36-start;Palvelutarpeen arvioinnin aloittaminen (SHL 36 §);{area.NameFi};2026-03-02;2026-03-11;2026-03-13;2;arkipäivää;\"Tulkki; \"\"kiireellinen\"\" muualla\"");
        lines.ShouldContain($"lsl26-decision;Päätös lastensuojelutarpeen selvityksestä (LSL 26 §);{area.NameFi};2026-03-02;2026-03-11;2026-03-12;1;arkipäivää;'=1+1");
    }

    [Fact]
    public async Task A_manager_sees_only_the_areas_they_manage_even_when_asking_for_another()
    {
        var mine = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        await ClockAsync(app, mine.Id, ClockRule.Shl36Start, Monday, Met(new(2026, 3, 4)));
        await ClockAsync(app, other.Id, ClockRule.Shl36Start, Monday, Late(new(2026, 3, 13), "Muun alueen syy"));
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [mine.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        var report = await browser.GetAsync($"/reports/deadlines?from=2026-03&to=2026-03&area={other.Id}");
        var everything = await browser.GetAsync("/reports/deadlines?from=2026-03&to=2026-03");
        var csv = await browser.Http.GetStringAsync($"/reports/deadlines/misses?from=2026-03&to=2026-03&area={other.Id}", TestContext.Current.CancellationToken);

        report.Body.ShouldNotContain(other.NameFi);
        report.Document.QuerySelectorAll("table.report-table").ShouldBeEmpty();
        everything.Document.QuerySelectorAll("#report-filters input[name=area]").Select(i => i.GetAttribute("value")).ShouldBe([mine.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        everything.Document.QuerySelector($"table[data-area='{mine.NameFi}']").ShouldNotBeNull();
        everything.Body.ShouldNotContain(other.NameFi);
        everything.Body.ShouldNotContain("Muun alueen syy");
        csv.ShouldNotContain("Muun alueen syy");
    }

    [Fact]
    public async Task An_administrator_may_report_on_any_area()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        await ClockAsync(app, area.Id, ClockRule.Shl36Start, Monday, Late(new(2026, 3, 13), "Ylläpitäjä näkee tämän"));
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (browser)
        {
            var report = await browser.GetAsync($"/reports/deadlines?from=2026-03&to=2026-03&area={area.Id}");

            ReportTests.Row(report, area, "03/2026", "shl36-start")[2].ShouldBe("1");
            report.Text("#misses-table").ShouldContain("Ylläpitäjä näkee tämän");
        }
    }

    [Theory]
    [InlineData(StaffRoles.ServiceGuide)]
    [InlineData(StaffRoles.Professional)]
    [InlineData(StaffRoles.DirectoryEditor)]
    public async Task Others_than_managers_and_administrators_are_refused_the_report_and_its_files(string role)
    {
        var staff = await app.CreateStaffAsync(role);
        using var browser = await StaffTestData.SignedInAsync(app, staff);

        foreach (var url in new[] { "/reports/deadlines", "/reports/deadlines/csv", "/reports/deadlines/misses", "/reports/deadlines/print" })
        {
            (await browser.GetAsync(url)).ShouldBeForbidden(url);
        }

        (await browser.GetAsync("/staff")).Document.QuerySelector("a[href='/reports/deadlines']").ShouldBeNull();
    }

    [Fact]
    public async Task Without_signing_in_the_report_asks_to_sign_in()
    {
        using var browser = app.NewBrowser();

        foreach (var url in new[] { "/reports/deadlines", "/reports/deadlines/csv" })
        {
            (await browser.GetAsync(url)).ShouldAskToSignIn(url);
        }
    }

    public sealed class OnSqlite(SqliteApp app) : ReportCsvAndAccessTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ReportCsvAndAccessTests(app), IClassFixture<PostgresApp>;
}
