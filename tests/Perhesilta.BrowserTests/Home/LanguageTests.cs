using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Home;

public sealed class LanguageTests(BrowserHost host)
{
    [Fact]
    public async Task The_front_page_switches_from_Finnish_to_Swedish_and_English_and_the_choice_persists()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fi");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Yksi yhteydenotto riittää");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Kieli" }).GetByRole(AriaRole.Link, new() { Name = "Svenska" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("En kontakt räcker");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Be om hjälp" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(host.BaseUrl + "/pyyda-apua");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Be om hjälp");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Språk" }).GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(host.BaseUrl + "/pyyda-apua");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ask for help");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("One contact is enough");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Each_language_is_named_in_its_own_language_and_the_current_one_is_marked()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var languages = page.GetByRole(AriaRole.Navigation, new() { Name = "Kieli" }).GetByRole(AriaRole.Link);
        await Expect(languages).ToHaveTextAsync(["Suomi", "Svenska", "English"]);
        await Expect(languages.Nth(0)).ToHaveAttributeAsync("aria-current", "true");
        await Expect(languages.Nth(1)).ToHaveAttributeAsync("lang", "sv");
        await Expect(languages.Nth(2)).ToHaveAttributeAsync("lang", "en");
    }
}
