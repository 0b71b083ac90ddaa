using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.HelpRequests;

/// <summary>A person on a 360 px phone sends "Pyydä apua" in each language: empty, error, confirmation and status pages pass axe.</summary>
public sealed class AskForHelpJourneyTests(BrowserHost host)
{
    [Theory]
    [InlineData("fi", "Lähetä", "Tarkista nämä kohdat", "Kiitos, pyyntösi on vastaanotettu", "Asiasi tilanne")]
    [InlineData("sv", "Skicka", "Kontrollera de här punkterna", "Tack, din begäran har tagits emot", "Läget i ditt ärende")]
    [InlineData("en", "Send", "Please check these", "Thank you, your request has been received", "Where your matter stands")]
    public async Task A_family_sends_the_form_on_a_phone_and_every_state_is_accessible(string language, string send, string errorHeading, string confirmed, string statusHeading)
    {
        await using var context = await host.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/language/{language}?returnUrl=/pyyda-apua");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Axe.AssertNoViolationsAsync(page);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);

        await page.GetByRole(AriaRole.Button, new() { Name = send, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = errorHeading })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.Locator("#requester").CheckAsync();
        await page.Locator("#kind").CheckAsync();
        await page.Locator("#municipalityCode").SelectOptionAsync("244");
        await page.Locator("#childAges").FillAsync("3, 7");
        await page.Locator("#topics").CheckAsync();
        await page.Locator("#description").FillAsync("Lapsi ei nuku ja olemme väsyneitä. <b>kiitos</b>");
        await page.Locator("#urgency").CheckAsync();
        await page.Locator("#contactName").FillAsync("Testi Vanhempi");
        await page.Locator("#phone").FillAsync("040 000 0001");
        await page.Locator("#contactMethod").CheckAsync();
        await page.Locator("#consentToContactProfessionals").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = send, Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(confirmed);
        await Expect(page.Locator("#reference-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^PS-[0-9A-Z]{4}-[0-9A-Z]{4}$"));
        await Axe.AssertNoViolationsAsync(page);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);

        await page.Locator("#status-link").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(statusHeading);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_professional_form_and_its_errors_are_accessible()
    {
        await using var context = await host.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/pyyda-apua");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ammattilaisen yhteydenotto tai ilmoitus" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ammattilaisen yhteydenotto");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Lastensuojeluilmoitus", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tarkista nämä kohdat" })).ToBeVisibleAsync();
        await Expect(page.Locator("#professionalName-error")).ToHaveTextAsync("Kirjoita oma nimesi.");
        await Axe.AssertNoViolationsAsync(page);
    }
}
