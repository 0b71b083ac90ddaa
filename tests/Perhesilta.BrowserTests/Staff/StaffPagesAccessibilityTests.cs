using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Staff;

/// <summary>The staff pages that the other journeys do not visit pass axe-core, detail pages and error states included.</summary>
public sealed partial class StaffPagesAccessibilityTests(BrowserHost host)
{
    [Fact]
    public async Task The_administrators_pages_pass_axe()
    {
        await using var context = await host.NewContextAsync();
        var page = await SignedInAsync(context, "yllapitaja@perhesilta.example");

        foreach (var path in new[] { "/admin/staff", "/admin/staff/new", "/admin/areas", "/admin/areas/new", "/admin/access-log", "/admin/security-events", "/admin/security-events?from=x", "/admin/sent-mail", "/admin/embed", "/admin/calendar", "/account/security", "/account/change-password" })
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Axe.AssertNoViolationsAsync(page);
        }

        await page.GotoAsync("/admin/staff");
        await page.Locator("main table tbody tr a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(StaffAccountPath());
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync(page.Url + "/services");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/areas");
        await page.Locator("main a[href^='/admin/areas/']:not([href$='/new'])").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(AreaPath());
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_guides_recording_form_and_its_errors_pass_axe()
    {
        await using var context = await host.NewContextAsync();
        var page = await SignedInAsync(context, "ohjaaja@perhesilta.example");

        await page.GotoAsync("/desk/contacts/new");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.Locator("main form button[type='submit']").Last.ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Setting_up_the_authenticator_and_the_recovery_code_page_pass_axe()
    {
        await using var setup = await host.NewContextAsync();
        var page = await setup.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await DemoSignIn.SubmitPasswordAsync(page, "uusi.ohjaaja@perhesilta.example");
        await Expect(page).ToHaveURLAsync(SetupPath());
        await Axe.AssertNoViolationsAsync(page);

        await using var recovery = await host.NewContextAsync();
        var other = await recovery.NewPageAsync();
        await other.GotoAsync("/account/sign-in");
        await DemoSignIn.SubmitPasswordAsync(other, "ohjaaja.raahe@perhesilta.example");
        await other.GotoAsync("/account/recovery-code");
        await Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(other);
    }

    private static async Task<IPage> SignedInAsync(IBrowserContext context, string email)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await DemoSignIn.SubmitPasswordAsync(page, email);
        await DemoSignIn.SubmitCodeAsync(page, email);
        await Expect(page).ToHaveURLAsync(StartPath(), new() { Timeout = 60_000 });
        return page;
    }

    [GeneratedRegex("/staff$")]
    private static partial Regex StartPath();

    [GeneratedRegex("/admin/staff/[^/]+$")]
    private static partial Regex StaffAccountPath();

    [GeneratedRegex("/admin/areas/[0-9]+$")]
    private static partial Regex AreaPath();

    [GeneratedRegex("/account/setup-authenticator")]
    private static partial Regex SetupPath();
}
