using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.ServiceDirectory;

/// <summary>A parent on a phone finds services in the demo directory; every state of the finder passes axe-core.</summary>
public sealed class ServiceFinderBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task A_parent_on_a_phone_finds_services_for_their_worry_reads_one_and_goes_back_to_the_results()
    {
        await using var context = await host.NewContextAsync(width: 360, height: 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Etsi palveluja itse" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Palveluhaku");
        await Axe.AssertNoViolationsAsync(page);

        // Sent empty: the summary names what is missing, the fields say it too.
        await page.GetByRole(AriaRole.Button, new() { Name = "Hae palveluja" }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#teksti-error")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await NoSidewaysScrollingAsync(page);

        await page.GetByLabel("Kunta", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Kempele" });
        await page.GetByLabel("Lapsen ikä vuosina (vapaaehtoinen)").FillAsync("9");
        await page.GetByLabel("Mikä huolettaa?").FillAsync("poika ei halua mennä kouluun ja häntä kiusataan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hae palveluja" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/palveluhaku\?kunta=244&ika=9&teksti=poika"));
        await Expect(page.Locator("#results-heading")).ToContainTextAsync("Hakutulokset");
        var first = page.Locator("#service-list > li").First;
        await Expect(first.Locator(".reasons li").First).ToBeVisibleAsync();
        await Expect(first.Locator("[data-fact='access']")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await NoSidewaysScrollingAsync(page);

        var name = (await first.Locator("h3").InnerTextAsync()).Trim();
        await first.Locator("h3 a").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(page.Locator("[data-fact='municipalities']")).ToContainTextAsync("Kempele");
        await Axe.AssertNoViolationsAsync(page);
        await NoSidewaysScrollingAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Takaisin hakutuloksiin" }).ClickAsync();
        await Expect(page.GetByLabel("Mikä huolettaa?")).ToHaveValueAsync("poika ei halua mennä kouluun ja häntä kiusataan");
        await Expect(page.Locator("#service-list > li").First.Locator("h3")).ToHaveTextAsync(name);
    }

    [Fact]
    public async Task The_finder_works_in_swedish_without_javascript()
    {
        await using var context = await host.NewContextAsync(width: 360, height: 740, javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/language/sv?returnUrl=/palveluhaku");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tjänstesök");

        await page.GetByLabel("Kommun", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Uleåborg" });
        await page.GetByLabel("Eller välj ett ämne").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök tjänster" }).ClickAsync();

        await Expect(page.Locator("#results-heading")).ToContainTextAsync("Sökresultat");
        (await page.Locator("#service-list > li").CountAsync()).ShouldBeGreaterThan(0);
        await Expect(page.Locator("#service-list > li").First.Locator(".reasons__title")).ToHaveTextAsync("Varför den här föreslås");
    }

    private static async Task NoSidewaysScrollingAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"{page.Url} is {widths[0]} px wide in a {widths[1]} px window");
    }
}
