using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.Demo;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Account;

/// <summary>Staff sign in with a password and an authenticator code (TOTP) and land on their start page, /staff.</summary>
public sealed class StaffSignInTests(BrowserHost host)
{
    [Fact]
    public async Task The_demo_administrator_signs_in_with_a_password_and_an_authenticator_code_and_lands_on_the_staff_start_page()
    {
        const string email = "yllapitaja@perhesilta.example";
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu sisään" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kirjaudu sisään");
        await Axe.AssertNoViolationsAsync(page);

        await DemoSignIn.SubmitPasswordAsync(page, email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vahvista kirjautuminen");
        await Axe.AssertNoViolationsAsync(page);

        await ExpectStaffStartPageAsync(page, email, () => DemoSignIn.SubmitCodeAsync(page, email));
    }

    [Theory]
    [InlineData("ohjaaja@perhesilta.example")]
    [InlineData("ammattilainen@perhesilta.example")]
    [InlineData("esihenkilo@perhesilta.example")]
    public async Task Each_demo_role_lands_on_an_accessible_staff_start_page(string email)
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        await DemoSignIn.SubmitPasswordAsync(page, email);
        await Expect(page.GetByLabel("Vahvistuskoodi")).ToBeVisibleAsync();

        await ExpectStaffStartPageAsync(page, email, () => DemoSignIn.SubmitCodeAsync(page, email));
    }

    [Fact]
    public async Task A_wrong_authenticator_code_keeps_the_person_on_the_two_factor_page_with_an_accessible_message()
    {
        const string email = "ohjaaja.raahe@perhesilta.example";
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await DemoSignIn.SubmitPasswordAsync(page, email);

        var valid = await DemoSignIn.NextCodeAsync(email);
        await page.GetByLabel("Vahvistuskoodi").FillAsync(valid == "000000" ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Koodi on väärä tai jo käytetty.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vahvista kirjautuminen");
        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>Runs the step that signs in and checks that it ends on the staff start page, which answers 200.</summary>
    private async Task ExpectStaffStartPageAsync(IPage page, string email, Func<Task> signIn)
    {
        var account = DemoData.Accounts.Single(a => a.Email == email);
        // Several tests sign in to the same demo account; a fresh authenticator code may mean waiting for the next 30 s step.
        var response = await page.RunAndWaitForResponseAsync(
            signIn,
            r => r.Url == host.BaseUrl + "/staff" && r.Request.Method == "GET",
            new() { Timeout = 90_000 });

        response.Status.ShouldBe(200, $"{account.Email} should land on an existing staff start page");
        await Expect(page).ToHaveURLAsync(host.BaseUrl + "/staff");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText(account.DisplayName).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }
}
