using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Staff;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

/// <summary>
/// Temporary passwords and second-factor resets are setup paths that expire (24 hours) and close once used; without
/// one, a password alone binds no authenticator.
/// </summary>
public abstract class SetupPathTests(CustomApp custom)
{
    private const string TemporaryPasswordExpired = "Väliaikainen salasanasi on vanhentunut. Pyydä Perhesillan ylläpitäjältä uusi väliaikainen salasana.";
    private const string SetupExpired = "Todennussovelluksen käyttöönoton aika on päättynyt.";
    private readonly PerhesiltaApp _app = custom.App;
    private readonly TestClock _clock = custom.Clock;

    [Fact]
    public async Task An_expired_temporary_password_is_refused_with_a_message_to_ask_for_a_new_one_and_the_administrator_sees_the_expiry()
    {
        _clock.Reset();
        var (admin, _) = await StaffTestData.SignedInAdministratorAsync(_app);
        using var _admin = admin;
        var (id, email, password) = await CreateAccountAsync(admin);
        var details = await admin.GetAsync("/admin/staff/" + id);
        details.Text("#temporary-password-expiry").ShouldStartWith("Voimassa ");

        _clock.Advance(TimeSpan.FromHours(24).Add(TimeSpan.FromMinutes(1)));
        using var browser = _app.NewBrowser();
        var page = await browser.SignInAsync(email, password, null);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#error-summary p").ShouldBe(TemporaryPasswordExpired);
        (await browser.GetAsync("/account/setup-authenticator")).Location!.ShouldStartWith("/account/sign-in");
        (await _app.UserAsync(id)).TwoFactorEnabled.ShouldBeFalse();
    }

    [Fact]
    public async Task Within_its_validity_a_temporary_password_leads_to_setting_up_the_authenticator()
    {
        _clock.Reset();
        var (admin, _) = await StaffTestData.SignedInAdministratorAsync(_app);
        using var _admin = admin;
        var (_, email, password) = await CreateAccountAsync(admin);

        _clock.Advance(TimeSpan.FromHours(23));
        using var browser = _app.NewBrowser();

        (await browser.SignInAsync(email, password, null)).Location.ShouldBe("/account/setup-authenticator");
        (await browser.GetAsync("/account/setup-authenticator")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_expired_second_factor_reset_no_longer_lets_a_password_bind_an_authenticator()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        _clock.Reset();
        await ResetSecondFactorAsync(staff.Id);
        (await _app.UserAsync(staff.Id)).SecondFactorSetupExpiresAt.ShouldNotBeNull().ShouldBe(_clock.GetUtcNow().UtcDateTime.AddHours(24), TimeSpan.FromSeconds(1));

        _clock.Advance(TimeSpan.FromHours(25));
        using var browser = _app.NewBrowser();
        var page = await browser.SignInAsync(staff.Email, staff.Password, null);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#error-summary p").ShouldStartWith(SetupExpired);
        (await browser.GetAsync("/account/setup-authenticator")).Location!.ShouldStartWith("/account/sign-in");
    }

    [Fact]
    public async Task Without_a_setup_path_a_password_alone_binds_no_authenticator()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide, secondFactor: false);
        await _app.UpdateUserAsync(staff.Id, u => u.SecondFactorSetupExpiresAt = null);
        _clock.Reset();
        using var browser = _app.NewBrowser();

        var page = await browser.SignInAsync(staff);

        page.Text("#error-summary p").ShouldStartWith(SetupExpired);
        (await browser.GetAsync("/account/setup-authenticator")).Location!.ShouldStartWith("/account/sign-in");
        (await _app.UserAsync(staff.Id)).TwoFactorEnabled.ShouldBeFalse();
    }

    [Fact]
    public async Task A_second_factor_reset_sets_up_one_authenticator_and_then_closes()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        _clock.Reset();
        await ResetSecondFactorAsync(staff.Id);

        // Two password-only sessions on the same reset, as an attacker who knows the password would open.
        using var person = _app.NewBrowser();
        using var attacker = _app.NewBrowser();
        (await person.SignInAsync(staff.Email, staff.Password, null)).Location.ShouldBe("/account/setup-authenticator");
        (await attacker.SignInAsync(staff.Email, staff.Password, null)).Location.ShouldBe("/account/setup-authenticator");
        var attackerForm = await attacker.GetAsync("/account/setup-authenticator");
        var attackerKey = attackerForm.Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        var setup = await person.GetAsync("/account/setup-authenticator");
        var key = setup.Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var done = await person.SubmitAsync(setup, "main form", new Dictionary<string, string> { ["Input.Code"] = await PageClient.NextCodeAsync(staff.Email, key) });
        done.Document.QuerySelectorAll("#recovery-codes li").Length.ShouldBe(10);
        (await _app.UserAsync(staff.Id)).SecondFactorSetupExpiresAt.ShouldBeNull();

        // The other session ended; its form binds nothing.
        var refused = await attacker.SubmitAsync(attackerForm, "main form", new Dictionary<string, string> { ["Input.Code"] = await PageClient.NextCodeAsync(staff.Email + "/attacker", attackerKey) });
        refused.Location!.ShouldStartWith("/account/sign-in");
        (await person.HasStaffSessionAsync()).ShouldBeTrue();

        // The password now leads to the authenticator set up, not to setting up another.
        using var later = _app.NewBrowser();
        (await later.SignInAsync(staff.Email, staff.Password, null)).Location.ShouldBe("/account/two-factor");
    }

    [Fact]
    public async Task An_administrator_gives_a_new_temporary_password_that_replaces_the_old_one_and_ends_the_sessions()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        _clock.Reset();
        using var person = _app.NewBrowser();
        await person.SignInAsync(staff);
        var (admin, _) = await StaffTestData.SignedInAdministratorAsync(_app);
        using var _admin = admin;

        var given = await admin.SubmitAsync(await admin.GetAsync("/admin/staff/" + staff.Id), "#temporary-password-form");

        given.Status.ShouldBe(HttpStatusCode.OK);
        given.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var password = given.Text("#temporary-password");
        password.Length.ShouldBe(23);
        given.Text("#temporary-password-expiry").ShouldStartWith("Voimassa ");
        (await person.HasStaffSessionAsync()).ShouldBeFalse();
        (await admin.GetAsync("/admin/staff/" + staff.Id)).Body.ShouldNotContain(password);

        using var browser = _app.NewBrowser();
        (await browser.SignInAsync(staff.Email, staff.Password, null)).Text("#error-summary p").ShouldBe(AccountTestExtensions.SignInRefused);
        (await browser.SignInAsync(staff.Email, password, staff.TotpSecret)).Location.ShouldBe("/staff");
        (await browser.GetAsync("/staff")).Location.ShouldBe("/account/change-password");
    }

    private async Task<(string Id, string Email, string Password)> CreateAccountAsync(PageClient admin)
    {
        var email = StaffTestData.Unique("uusi.") + "@test.perhesilta.example";
        var form = await admin.GetAsync("/admin/staff/new");
        var created = await admin.PostAsync("/admin/staff/new", StaffAccountCreationTests.Fields(form, email, "Uuno Uusi", [StaffRoles.ServiceGuide], ["oulu"], []));
        created.Text("#temporary-password-expiry").ShouldStartWith("Voimassa ");
        var user = (await StaffTestData.FindUserByEmailAsync(_app, email)).ShouldNotBeNull();
        return (user.Id, email, created.Text("#temporary-password"));
    }

    private Task ResetSecondFactorAsync(string id) =>
        _app.WithServicesAsync(async services => (await services.GetRequiredService<ResetSecondFactor>().HandleAsync(id)).ShouldBeTrue());

    public sealed class OnSqlite(ClockedSqliteApp app) : SetupPathTests(app), IClassFixture<ClockedSqliteApp>;

    public sealed class OnPostgres(ClockedPostgresApp app) : SetupPathTests(app), IClassFixture<ClockedPostgresApp>;
}
