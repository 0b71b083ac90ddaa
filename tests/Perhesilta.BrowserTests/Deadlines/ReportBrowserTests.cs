using System.Globalization;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Deadlines;

/// <summary>
/// The demo manager reads the compliance report on the demo's clocks: met and missed clocks per area, the misses with
/// their reasons, THL's figures and the printable version; the guide's deadline list. Every page passes axe-core.
/// </summary>
public sealed class ReportBrowserTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";
    private const string Manager = "esihenkilo@perhesilta.example";

    [Fact]
    public async Task The_compliance_report_shows_met_and_missed_clocks_per_area()
    {
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Manager);

        await page.GetByRole(AriaRole.Link, new() { Name = "Määräaikaraportti" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Määräaikojen toteutuminen");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Oulun seutu", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Raahen seutu", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä raportti" }).ClickAsync();

        var tables = page.Locator("table.report-table");
        await Expect(tables).ToHaveCountAsync(2);
        foreach (var area in new[] { "Oulun seutu", "Raahen seutu" })
        {
            var table = page.GetByRole(AriaRole.Table, new() { Name = $"{area}: määräajat kuukausittain ja koko kaudelta" });
            var totals = table.Locator("tr.report-total");
            var met = await SumAsync(totals, 4);
            var missed = await SumAsync(totals, 5);
            Assert.True(met > 0, $"{area}: no clock met");
            Assert.True(missed > 0, $"{area}: no clock missed");
        }

        await Expect(page.Locator("#misses-table tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#misses-table")).ToContainTextAsync("Oulun seutu");
        await Expect(page.Locator("table.thl-table").First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tulostettava raportti valvontaviranomaiselle" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Selvitys sosiaalihuollon määräaikojen toteutumisesta");
        await Expect(page.Locator("table.report-table")).ToHaveCountAsync(2);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".staff-nav")).ToBeHiddenAsync();
        await Expect(page.Locator("#misses-table")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_guide_finds_their_deadlines_from_the_start_page()
    {
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Guide);

        await Expect(page.Locator("#due-clocks-heading")).ToHaveTextAsync("Omat määräaikani");
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("#due-clocks").GetByRole(AriaRole.Link, new() { Name = "Kaikki määräajat" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Määräajat");
        await page.GetByLabel("Tiimini (kaikki alueeni)").CheckAsync();
        await page.GetByLabel("Näytä kaikki käynnissä olevat, myös myöhemmin erääntyvät").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä", Exact = true }).ClickAsync();
        await Expect(page.Locator("#deadlines tbody tr").First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>The sum of one column (0-based, the month being column 0) over the rows.</summary>
    private static async Task<int> SumAsync(ILocator rows, int column)
    {
        var sum = 0;
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            sum += int.Parse(await rows.Nth(i).Locator("th, td").Nth(column).InnerTextAsync(), CultureInfo.InvariantCulture);
        }

        return sum;
    }
}
