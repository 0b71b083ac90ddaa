using System.Net;
using OtpNet;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

public abstract class SecondFactorTests(PerhesiltaApp app)
{
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

        var security = await second.SignInAndOpenSecurityAsync(staff);
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

    public sealed class OnSqlite(SqliteApp app) : SecondFactorTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SecondFactorTests(app), IClassFixture<PostgresApp>;
}
