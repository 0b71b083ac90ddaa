using System.Net;
using OtpNet;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

public abstract class SignInTests(PerhesiltaApp app)
{
    private static readonly Dictionary<string, string> NoValues = [];

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
        var signedIn = await browser.SubmitAsync(twoFactor, "main form", new Dictionary<string, string> { ["Input.Code"] = PageClient.NextCode(staff.TotpSecret!) });

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
        page.Text("#error-summary p").ShouldBe("Sähköpostiosoite tai salasana on väärin.");
        page.Document.QuerySelector("#email")!.GetAttribute("value").ShouldBe(staff.Email);
        page.SetsCookie(AccountTestExtensions.StaffCookie).ShouldBeFalse();
        (await browser.HasStaffSessionAsync()).ShouldBeFalse();
        (await app.UserAsync(staff.Id)).AccessFailedCount.ShouldBe(1);
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
    public async Task A_wrong_authenticator_code_is_refused()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = app.NewBrowser();
        var otherSecret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

        var page = await browser.SignInAsync(staff.Email, staff.Password, otherSecret);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#code-error").ShouldStartWith("Koodi on väärä tai jo käytetty.");
        (await browser.HasStaffSessionAsync()).ShouldBeFalse();
        (await app.UserAsync(staff.Id)).LastTotpTimeStep.ShouldBeNull();
    }

    [Fact]
    public async Task A_code_in_the_wrong_format_is_explained_next_to_the_field()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = app.NewBrowser();
        var afterPassword = await browser.SignInAsync(staff.Email, staff.Password, totpSecret: null);

        var page = await browser.SubmitAsync(await browser.GetAsync(afterPassword.Location!), "main form", new Dictionary<string, string> { ["Input.Code"] = "12a4" });

        page.Text("#code-error").ShouldBe("Koodissa on kuusi numeroa.");
        page.Document.QuerySelector("#code")!.GetAttribute("aria-invalid").ShouldBe("true");
        (await app.UserAsync(staff.Id)).AccessFailedCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_used_authenticator_code_is_refused_the_second_time_and_so_is_an_older_one()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var totp = new Totp(Base32Encoding.ToBytes(staff.TotpSecret!));
        var now = DateTime.UtcNow;
        var current = totp.ComputeTotp(now);
        var previous = totp.ComputeTotp(now.AddSeconds(-30));

        using (var first = app.NewBrowser())
        {
            (await SignInWithCodeAsync(first, staff, current)).Location.ShouldBe("/staff");
        }

        using var second = app.NewBrowser();
        var replayed = await SignInWithCodeAsync(second, staff, current);
        replayed.Status.ShouldBe(HttpStatusCode.OK);
        replayed.Text("#code-error").ShouldStartWith("Koodi on väärä tai jo käytetty.");

        var older = await browserSubmitCodeAsync(second, previous);
        older.Text("#code-error").ShouldStartWith("Koodi on väärä tai jo käytetty.");
        (await second.HasStaffSessionAsync()).ShouldBeFalse();

        static async Task<Page> browserSubmitCodeAsync(PageClient browser, string code) =>
            await browser.SubmitAsync(await browser.GetAsync("/account/two-factor"), "main form", new Dictionary<string, string> { ["Input.Code"] = code });
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = app.NewBrowser();
        for (var i = 0; i < 4; i++)
        {
            (await browser.SignInAsync(staff.Email, "Wrong-password-" + i, null)).Text("#error-summary p").ShouldBe("Sähköpostiosoite tai salasana on väärin.");
        }

        (await browser.SignInAsync(staff.Email, "Wrong-password-5", null)).Text("#error-summary p").ShouldStartWith("Tili on lukittu");

        var right = await browser.SignInAsync(staff.Email, staff.Password, staff.TotpSecret);
        right.Status.ShouldBe(HttpStatusCode.OK);
        right.Text("#error-summary p").ShouldStartWith("Tili on lukittu");
        (await browser.HasStaffSessionAsync()).ShouldBeFalse();
        (await app.UserAsync(staff.Id)).LockoutEnd.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var codes = await app.NewRecoveryCodesAsync(staff.Id);

        using (var first = app.NewBrowser())
        {
            var signedIn = await SignInWithRecoveryCodeAsync(first, staff, codes[0]);
            signedIn.Location.ShouldBe("/staff");
            (await first.HasStaffSessionAsync()).ShouldBeTrue();
        }

        using var second = app.NewBrowser();
        var again = await SignInWithRecoveryCodeAsync(second, staff, codes[0]);
        again.Status.ShouldBe(HttpStatusCode.OK);
        again.Text("#recovery-code-error").ShouldBe("Varakoodi on väärä tai jo käytetty.");
        again.Document.QuerySelector("#recovery-code")!.GetAttribute("value").ShouldBe(codes[0]);
        (await second.HasStaffSessionAsync()).ShouldBeFalse();

        var security = await SignInAndOpenSecurityAsync(second, staff);
        security.Text("#recovery-codes-left").ShouldBe("Käyttämättömiä varakoodeja: 9");
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_towards_the_lockout()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        await app.NewRecoveryCodesAsync(staff.Id);
        using var browser = app.NewBrowser();

        Page page = null!;
        for (var i = 0; i < 5; i++)
        {
            page = await SignInWithRecoveryCodeAsync(browser, staff, $"WRONG-{i}");
        }

        page.Text("#recovery-code-error").ShouldStartWith("Tili on lukittu");
        (await app.UserAsync(staff.Id)).LockoutEnd.ShouldNotBeNull();
        (await browser.HasStaffSessionAsync()).ShouldBeFalse();
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
    public async Task Signing_out_ends_the_session()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = app.NewBrowser();
        var security = await SignInAndOpenSecurityAsync(browser, staff);

        var signedOut = await browser.SubmitAsync(security, "form[action='/account/sign-out']", NoValues);

        signedOut.Location.ShouldBe("/account/sign-in?signedOut=True");
        (await browser.GetAsync(signedOut.Location!)).Text("#session-notice").ShouldBe("Olet kirjautunut ulos.");
        var after = await browser.GetAsync("/account/security");
        after.Status.ShouldBe(HttpStatusCode.Redirect);
        after.Location.ShouldStartWith("/account/sign-in?ReturnUrl=");
        after.Location.ShouldNotContain("expired");
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        await app.UpdateUserAsync(staff.Id, u => u.IsActive = false);
        using var browser = app.NewBrowser();

        var page = await browser.SignInAsync(staff);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#error-summary p").ShouldBe("Sähköpostiosoite tai salasana on väärin.");
        (await browser.GetAsync("/account/two-factor")).Location.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task A_session_without_second_factor_cannot_reach_a_staff_page_and_is_sent_to_set_one_up()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide, secondFactor: false);
        using var browser = app.NewBrowser();

        var afterPassword = await browser.SignInAsync(staff);
        afterPassword.Location.ShouldBe("/account/setup-authenticator");

        var staffPage = await browser.GetAsync("/account/security");
        staffPage.Status.ShouldBe(HttpStatusCode.Redirect);
        staffPage.Location.ShouldStartWith("/account/access-denied");
        var shown = await browser.FollowAsync(staffPage);
        shown.Url.ShouldBe("/account/setup-authenticator");
        shown.Text("h1").ShouldBe("Ota todennussovellus käyttöön");

        var api = await browser.GetAsync("/api/v1/anything");
        api.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_request_that_is_not_signed_in_gets_401_from_the_api_and_the_sign_in_page_elsewhere()
    {
        using var browser = app.NewBrowser();

        (await browser.GetAsync("/api/v1/anything")).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/account/security")).Location.ShouldBe("/account/sign-in?ReturnUrl=%2Faccount%2Fsecurity");
    }

    [Fact]
    public async Task A_full_session_refused_by_a_page_gets_a_localized_403()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.Professional);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(staff);

        var denied = await browser.GetAsync("/account/access-denied?ReturnUrl=%2Fadmin%2Fstaff");

        denied.Status.ShouldBe(HttpStatusCode.Forbidden);
        denied.Text("h1").ShouldBe("Ei käyttöoikeutta");
    }

    private static async Task<Page> SignInWithCodeAsync(PageClient browser, TestStaff staff, string code)
    {
        var afterPassword = await browser.SignInAsync(staff.Email, staff.Password, totpSecret: null);
        afterPassword.Location.ShouldBe("/account/two-factor");
        return await browser.SubmitAsync(await browser.GetAsync(afterPassword.Location!), "main form", new Dictionary<string, string> { ["Input.Code"] = code });
    }

    private static async Task<Page> SignInWithRecoveryCodeAsync(PageClient browser, TestStaff staff, string code)
    {
        var afterPassword = await browser.SignInAsync(staff.Email, staff.Password, totpSecret: null);
        var twoFactor = await browser.GetAsync(afterPassword.Location!);
        var link = twoFactor.Document.QuerySelector("a[href^='/account/recovery-code']")!.GetAttribute("href")!;
        return await browser.SubmitAsync(await browser.GetAsync(link), "main form", new Dictionary<string, string> { ["Input.Code"] = code });
    }

    private static async Task<Page> SignInAndOpenSecurityAsync(PageClient browser, TestStaff staff)
    {
        (await browser.SignInAsync(staff)).Location.ShouldBe("/staff");
        var security = await browser.GetAsync("/account/security");
        security.Status.ShouldBe(HttpStatusCode.OK);
        return security;
    }

    public sealed class OnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
}
