using System.Net;
using OtpNet;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

public abstract class AccountSecurityTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_person_without_a_second_factor_sets_up_an_authenticator_and_gets_recovery_codes_once()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide, secondFactor: false);
        using var browser = app.NewBrowser();
        (await browser.SignInAsync(staff)).Location.ShouldBe("/account/setup-authenticator");

        var setup = await browser.GetAsync("/account/setup-authenticator");
        setup.Status.ShouldBe(HttpStatusCode.OK);
        var key = setup.Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        key.Length.ShouldBe(32);
        setup.Document.QuerySelector("img[src^='data:image/png;base64,']")!.GetAttribute("alt").ShouldNotBeNullOrWhiteSpace();

        var wrong = await browser.SubmitAsync(setup, "main form", new Dictionary<string, string> { ["Input.Code"] = "000000" == Code(key) ? "111111" : "000000" });
        wrong.Text("#code-error").ShouldStartWith("Koodi ei täsmää.");
        wrong.Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant().ShouldBe(key);
        (await app.UserAsync(staff.Id)).TwoFactorEnabled.ShouldBeFalse();

        var done = await browser.SubmitAsync(wrong, "main form", new Dictionary<string, string> { ["Input.Code"] = await PageClient.NextCodeAsync(staff.Email, key) });

        done.Status.ShouldBe(HttpStatusCode.OK);
        var codes = done.Document.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        codes.Count.ShouldBe(10);
        codes.Distinct().Count().ShouldBe(10);
        done.Document.QuerySelector("a[href='/staff']").ShouldNotBeNull();
        (await app.UserAsync(staff.Id)).TwoFactorEnabled.ShouldBeTrue();

        var security = await browser.GetAsync("/account/security");
        security.Status.ShouldBe(HttpStatusCode.OK);
        security.Text("#second-factor-status").ShouldBe("Todennussovellus on käytössä.");
        security.Text("#recovery-codes-left").ShouldBe("Käyttämättömiä varakoodeja: 10");
        security.Body.ShouldNotContain(codes[0]);
        (await browser.GetAsync("/account/setup-authenticator")).Location.ShouldBe("/account/security");

        // The key now signs in, as a second factor of its own.
        using var later = app.NewBrowser();
        (await later.SignInAsync(staff.Email, staff.Password, key)).Location.ShouldBe("/staff");
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones_and_are_shown_once()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.Manager);
        var old = await app.NewRecoveryCodesAsync(staff.Id);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(staff);

        var regenerated = await browser.SubmitAsync(await browser.GetAsync("/account/security"), "#regenerate-form");

        regenerated.Status.ShouldBe(HttpStatusCode.OK);
        var codes = regenerated.Document.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        codes.Count.ShouldBe(10);
        codes.ShouldNotContain(old[0]);
        (await browser.GetAsync("/account/security")).Body.ShouldNotContain(codes[0]);

        using var other = app.NewBrowser();
        var afterPassword = await other.SignInAsync(staff.Email, staff.Password, totpSecret: null);
        var recovery = await other.GetAsync("/account/recovery-code");
        (await other.SubmitAsync(recovery, "main form", new Dictionary<string, string> { ["Input.Code"] = old[0] })).Text("#recovery-code-error")
            .ShouldBe("Varakoodi on väärä tai jo käytetty.");
        (await other.SubmitAsync(recovery, "main form", new Dictionary<string, string> { ["Input.Code"] = codes[0] })).Location.ShouldBe("/staff");
        afterPassword.Location.ShouldBe("/account/two-factor");
    }

    [Fact]
    public async Task Changing_the_password_checks_every_field_and_then_works()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(staff);
        var form = await browser.GetAsync("/account/change-password");

        var bad = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Not-my-password-1",
            ["Input.NewPassword"] = "short",
            ["Input.ConfirmPassword"] = "different",
        });
        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.Text("#new-password-error").ShouldBe("Salasanassa pitää olla vähintään 12 merkkiä.");
        bad.Text("#confirm-password-error").ShouldBe("Salasanat eivät ole samat.");

        var wrongCurrent = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Not-my-password-1",
            ["Input.NewPassword"] = "A-new-Password-2026",
            ["Input.ConfirmPassword"] = "A-new-Password-2026",
        });
        wrongCurrent.Text("#current-password-error").ShouldBe("Nykyinen salasana on väärin.");

        var changed = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = staff.Password,
            ["Input.NewPassword"] = "A-new-Password-2026",
            ["Input.ConfirmPassword"] = "A-new-Password-2026",
        });
        changed.Location.ShouldBe("/account/security?passwordChanged=True");
        (await browser.GetAsync(changed.Location!)).Status.ShouldBe(HttpStatusCode.OK);

        using var later = app.NewBrowser();
        (await later.SignInAsync(staff.Email, staff.Password, null)).Text("#error-summary p").ShouldBe(AccountTestExtensions.SignInRefused);
        (await later.SignInAsync(staff.Email, "A-new-Password-2026", null)).Location.ShouldBe("/account/two-factor");
    }

    [Fact]
    public async Task A_temporary_password_must_be_changed_before_anything_else()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        await app.UpdateUserAsync(staff.Id, u => (u.MustChangePassword, u.TemporaryPasswordExpiresAt) = (true, DateTime.UtcNow.AddDays(1)));
        using var browser = app.NewBrowser();

        (await browser.SignInAsync(staff)).Location.ShouldBe("/staff");
        var staffPage = await browser.GetAsync("/staff");
        staffPage.Location.ShouldBe("/account/change-password");
        (await browser.GetAsync("/account/security")).Location.ShouldBe("/account/change-password");

        var form = await browser.GetAsync("/account/change-password");
        form.Text("main .notice").ShouldStartWith("Sinulla on väliaikainen salasana.");
        var changed = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = staff.Password,
            ["Input.NewPassword"] = "My-own-Password-2026",
            ["Input.ConfirmPassword"] = "My-own-Password-2026",
        });

        changed.Location.ShouldBe("/staff");
        (await app.UserAsync(staff.Id)).MustChangePassword.ShouldBeFalse();
        (await browser.HasStaffSessionAsync()).ShouldBeTrue();
    }

    [Theory]
    [InlineData("fi", "Password2026", "Salasana on yleisesti käytettyjen salasanojen joukossa tai liian lähellä sellaista. Valitse toinen salasana.")]
    [InlineData("sv", "Password2026", "Lösenordet finns bland vanliga lösenord eller liknar ett sådant för mycket. Välj ett annat lösenord.")]
    [InlineData("en", "Johnsmith1990", "The password is too easy to guess: it is made of common words, names, dates, keyboard patterns or your own details. Make it longer, for example from several unrelated words.")]
    [InlineData("fi", "Perhesilta2026", "Salasana on liian helppo arvata: se koostuu tavallisista sanoista, nimistä, päivämääristä, näppäimistön kuvioista tai omista tiedoistasi. Tee siitä pidempi, esimerkiksi useasta toisiinsa liittymättömästä sanasta.")]
    public async Task A_new_password_that_is_common_or_easy_to_guess_is_refused_in_the_persons_language(string language, string password, string message)
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(staff);
        await browser.GetAsync($"/language/{language}?returnUrl=/");

        var refused = await browser.SubmitAsync(await browser.GetAsync("/account/change-password"), "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = staff.Password,
            ["Input.NewPassword"] = password,
            ["Input.ConfirmPassword"] = password,
        });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("#new-password-error").ShouldBe(message);
        using var later = app.NewBrowser();
        (await later.SignInAsync(staff.Email, staff.Password, null)).Location.ShouldBe("/account/two-factor");
    }

    private static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);

    public sealed class OnSqlite(SqliteApp app) : AccountSecurityTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AccountSecurityTests(app), IClassFixture<PostgresApp>;
}
