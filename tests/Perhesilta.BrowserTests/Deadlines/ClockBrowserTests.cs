using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Platform.Localization;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Deadlines;

/// <summary>A statutory clock started by a child welfare notification shows on the contact page with the right due date.</summary>
public sealed class ClockBrowserTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";

    [Fact]
    public async Task A_child_welfare_notification_made_on_the_Thursday_before_Easter_shows_its_section_26_decision_due_on_the_7th_working_day()
    {
        var contact = await TestContacts.CreateInOuluAsync(host, "Naapurin lapset ovat olleet yksin kotona useita päiviä.", c =>
            c.InitiatedAt = HelsinkiTime.ToUtc(new DateTime(2026, 4, 2, 9, 0, 0)));
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Guide);
        await page.GotoAsync($"/desk/contacts/{contact.Id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Kirjaa lakisääteinen ilmoitus" }).ClickAsync();
        await page.GetByLabel("Lastensuojeluilmoitus", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Päivämäärä").FillAsync("2026-04-02");
        await page.GetByLabel("Kellonaika").FillAsync("10:00");
        await page.GetByLabel("Vastaanottava yksikkö").FillAsync("Lastensuojelun alkuarviotiimi");
        await page.GetByLabel("Peruste").FillAsync("Lapset ovat olleet yksin kotona.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        // Good Friday 3.4. and Easter Monday 6.4. are not working days: the 7th working day is Wednesday 15.4.2026.
        var decision = page.Locator("article.clock").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Lastensuojelun selvitystarpeen ratkaiseminen" }) });
        await Expect(decision.Locator(".clock-due")).ToHaveTextAsync("15.4.2026");
        await Expect(decision.Locator(".clock-basis")).ToHaveTextAsync("LSL 417/2007 26 §: viimeistään 7. arkipäivänä ratkaistava, onko selvitys tarpeen");
        await Expect(decision.Locator(".clock-start")).ToHaveTextAsync("2.4.2026 10.00");
        await Expect(decision.Locator(".clock-state")).ToContainTextAsync("myöhässä");
        await Axe.AssertNoViolationsAsync(page);

        // The decision was made in time: recorded on the clock, it shows as met; a completion needs no reason then.
        await decision.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lastensuojelun selvitystarpeen ratkaiseminen");
        await page.Locator("#stop-form").GetByRole(AriaRole.Button, new() { Name = "Pysäytä" }).ClickAsync();
        await Expect(page.Locator("#stop-reason-error")).ToHaveTextAsync("Kirjoita syy.");
        await Axe.AssertNoViolationsAsync(page);

        await page.Locator("#complete-date").FillAsync("2026-04-14");
        await page.Locator("#complete-time").FillAsync("12:00");
        await page.Locator("#complete-form").GetByRole(AriaRole.Button, new() { Name = "Kirjaa tehdyksi" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Määräaika kirjattiin tehdyksi.");
        await Expect(page.Locator(".clock-state")).ToHaveTextAsync("täyttyi 14.4.2026");
        await Axe.AssertNoViolationsAsync(page);

        // Starting a clock by hand: the form, and its errors when sent empty.
        await page.GotoAsync($"/desk/contacts/{contact.Id}/clocks/new");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("main form button[type='submit']").Last.ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }
}
