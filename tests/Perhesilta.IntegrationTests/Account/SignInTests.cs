using System.Net;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

public abstract class SignInTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Signing_in_with_password_and_authenticator_code_lands_on_the_staff_start_page()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = app.NewBrowser();

        var afterPassword = await browser.SubmitAsync(await browser.GetAsync("/account/sign-in"), "main form",
            new Dictionary<string, string> { ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password });
        afterPassword.Location.ShouldBe("/account/two-factor");
        (await browser.HasStaffSessionAsync()).ShouldBeFalse();

        var twoFactor = await browser.GetAsync(afterPassword.Location!);
        var signedIn = await browser.SubmitAsync(twoFactor, "main form", new Dictionary<string, string> { ["Input.Code"] = await PageClient.NextCodeAsync(staff.Email, staff.TotpSecret!) });

        signedIn.Location.ShouldBe("/staff");
        signedIn.SetsCookie(AccountTestExtensions.StaffCookie).ShouldBeTrue();
        (await browser.HasStaffSessionAsync()).ShouldBeTrue();
        (await app.UserAsync(staff.Id)).LastTotpTimeStep.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_wrong_password_shows_a_message_keeps_the_email_and_signs_nobody_in()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = app.NewBrowser();

        var page = await browser.SignInAsync(staff.Email, "Wrong-password-123", staff.TotpSecret);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#error-summary p").ShouldBe(AccountTestExtensions.SignInRefused);
        page.Document.QuerySelector("#email")!.GetAttribute("value").ShouldBe(staff.Email);
        page.SetsCookie(AccountTestExtensions.StaffCookie).ShouldBeFalse();
        (await browser.HasStaffSessionAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task An_empty_form_names_each_missing_field()
    {
        using var browser = app.NewBrowser();
        var page = await browser.SubmitAsync(await browser.GetAsync("/account/sign-in"), "main form",
            new Dictionary<string, string> { ["Input.Email"] = " ", ["Input.Password"] = "" });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#email-error").ShouldBe("Anna sähköpostiosoite.");
        page.Text("#password-error").ShouldBe("Anna salasana.");
        page.Document.QuerySelectorAll("#error-summary a").Select(a => a.GetAttribute("href")).ShouldBe(["#email", "#password"]);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_anti_forgery_token_is_refused_and_changes_nothing()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = app.NewBrowser();
        await browser.GetAsync("/account/sign-in");

        var withRightPassword = await browser.PostAsync("/account/sign-in", [new("Input.Email", staff.Email), new("Input.Password", staff.Password)]);
        var withWrongPassword = await browser.PostAsync("/account/sign-in", [new("Input.Email", staff.Email), new("Input.Password", "Wrong-password-1")]);

        withRightPassword.Status.ShouldBe(HttpStatusCode.BadRequest);
        withRightPassword.Text("h1").ShouldBe("Virheellinen pyyntö");
        withWrongPassword.Status.ShouldBe(HttpStatusCode.BadRequest);
        withRightPassword.Response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await browser.GetAsync("/account/two-factor")).Location.ShouldBe("/account/sign-in");
        (await app.UserAsync(staff.Id)).AccessFailedCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        await app.UpdateUserAsync(staff.Id, u => u.IsActive = false);
        using var browser = app.NewBrowser();

        var page = await browser.SignInAsync(staff);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#error-summary p").ShouldBe(AccountTestExtensions.SignInRefused);
        (await browser.GetAsync("/account/two-factor")).Location.ShouldBe("/account/sign-in");
    }

    [Theory]
    [InlineData("sv", "Din session har gått ut. Logga in på nytt.", "Logga in")]
    [InlineData("en", "Your session expired. Please sign in again.", "Sign in")]
    public async Task The_sign_in_page_speaks_the_chosen_language(string language, string expired, string title)
    {
        using var browser = app.NewBrowser();
        await browser.GetAsync($"/language/{language}?returnUrl=/");

        var page = await browser.GetAsync("/account/sign-in?expired=true");

        page.Text("h1").ShouldBe(title);
        page.Text("#session-notice").ShouldBe(expired);
    }

    public sealed class OnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
}
