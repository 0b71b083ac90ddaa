using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Desk;

/// <summary>
/// The caseload as a guide and as a manager sees it, and a manager reading a contact: first the question of the
/// purpose, then the read-only record. Every page passes axe-core.
/// </summary>
public sealed class CaseloadAndManagerTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";
    private const string Manager = "esihenkilo@perhesilta.example";

    [Fact]
    public async Task A_guide_sees_their_own_caseload()
    {
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Guide);

        await page.GotoAsync("/desk/caseload");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Työtilanne");
        await Expect(page.Locator("#mine-heading")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_manager_sees_the_caseloads_and_the_queue_and_reads_a_contact_only_for_a_stated_purpose()
    {
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Manager);

        await page.GotoAsync("/desk/caseload");
        await Expect(page.Locator("#areas-heading")).ToBeVisibleAsync();
        await Expect(page.Locator("#guides-heading")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/desk");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "DEMO-0001" }).ClickAsync();

        await Expect(page.Locator("#purpose-form")).ToBeVisibleAsync();
        await Expect(page.Locator("#description")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Palvelun valvonta").CheckAsync();
        await page.Locator("#purpose-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#read-only")).ToContainTextAsync("Palvelun valvonta");
        await Expect(page.Locator("#description")).ToBeVisibleAsync();
        await Expect(page.Locator("main form[method=post]")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);
    }
}
