using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Meetings;

/// <summary>The demo professional looks after their availability in a real browser; the page and its errors pass axe-core.</summary>
public sealed class AvailabilityBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task The_demo_professional_sees_the_imported_calendar_adds_a_busy_time_and_the_page_passes_axe()
    {
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, "ammattilainen@perhesilta.example");

        await page.GetByRole(AriaRole.Link, new() { Name = "Oma saatavuus" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Oma saatavuus" })).ToBeVisibleAsync();
        // The demo imported a calendar file for her (the network meeting journey, sharing this host, may have
        // imported another one on her behalf since): the page says where it came from and when it was read.
        await Expect(page.Locator("#feed-state")).ToContainTextAsync("Tiedosto:");
        await Expect(page.Locator("#feed-state")).ToContainTextAsync("Viimeksi luettu onnistuneesti");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Lisää varattu aika" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Anna alkamispäivä.");
        await Axe.AssertNoViolationsAsync(page);

        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Alkamispäivä").FillAsync(day);
        await page.GetByLabel("Huomautus (valinnainen, esimerkiksi koulutuspäivä)").FillAsync("Koulutuspäivä selaintestissä");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lisää varattu aika" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToContainTextAsync("Varattu aika lisättiin.");
        await Expect(page.Locator("#busy-times")).ToContainTextAsync("Koulutuspäivä selaintestissä");
        await Axe.AssertNoViolationsAsync(page);
    }
}
