using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.HelpRequests;

/// <summary>The whole way of one contact: a parent sends the form, and a service guide of that area finds it and reads it.</summary>
public sealed class OneContactIsEnoughTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";

    [Fact]
    public async Task What_a_parent_sends_reaches_the_guide_of_the_area_intact()
    {
        var description = $"Esikoulu jännittää niin, että vatsaan sattuu joka aamu 😟 — {Guid.NewGuid():N}";
        string reference;
        await using (var family = await host.NewContextAsync(360, 800))
        {
            var page = await family.NewPageAsync();
            await page.GotoAsync("/pyyda-apua");
            await page.Locator("#requester").CheckAsync();
            await page.Locator("#kind").CheckAsync();
            await page.Locator("#municipalityCode").SelectOptionAsync("564");
            await page.Locator("#childAges").FillAsync("6");
            await page.Locator("#topics").CheckAsync();
            await page.Locator("#description").FillAsync(description);
            await page.Locator("#urgency").CheckAsync();
            await page.Locator("#contactName").FillAsync("Testi Vanhempi");
            await page.Locator("#phone").FillAsync("040 000 0006");
            await page.Locator("#contactMethod").CheckAsync();
            await page.Locator("#consentToContactProfessionals").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kiitos, pyyntösi on vastaanotettu");
            reference = (await page.Locator("#reference-code").TextContentAsync())!.Trim();
        }

        await using var desk = await host.NewContextAsync();
        var guide = await DemoSignIn.SignedInPageAsync(desk, Guide);

        await guide.GotoAsync("/desk");
        var row = guide.Locator($"tr[data-contact='{reference}']");
        await Expect(row).ToContainTextAsync("Oulu");
        await row.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Yhteydenotto {reference}");
        await Expect(guide.Locator("#description")).ToHaveTextAsync(description);
        await Axe.AssertNoViolationsAsync(guide);
    }
}
