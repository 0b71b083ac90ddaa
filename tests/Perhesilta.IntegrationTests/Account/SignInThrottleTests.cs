using System.Diagnostics;
using System.Net;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

/// <summary>
/// Password attempts are throttled by client address and by account, never by locking the account for everyone, and
/// every refusal looks the same. Each test signs in from addresses of its own (as forwarded headers would give them).
/// </summary>
public abstract class SignInThrottleTests(CustomApp custom)
{
    private readonly PerhesiltaApp _app = custom.App;

    [Fact]
    public async Task Wrong_passwords_from_one_address_do_not_lock_out_the_person_signing_in_elsewhere()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var attacker = TestClientAddress.Browser(_app, TestClientAddress.NewAddress());
        for (var i = 0; i < 5; i++)
        {
            (await attacker.SignInAsync(staff.Email, "Wrong-password-" + i, null)).Text("#error-summary p").ShouldBe(AccountTestExtensions.SignInRefused);
        }

        // From the attacker's address even the right password is refused now, with the same answer.
        var right = await attacker.SignInAsync(staff.Email, staff.Password, null);
        right.Status.ShouldBe(HttpStatusCode.OK);
        right.Text("#error-summary p").ShouldBe(AccountTestExtensions.SignInRefused);

        using var guide = TestClientAddress.Browser(_app, TestClientAddress.NewAddress());
        (await guide.SignInAsync(staff)).Location.ShouldBe("/staff");
        (await _app.UserAsync(staff.Id)).LockoutEnd.ShouldBeNull();
    }

    [Fact]
    public async Task Password_spraying_from_one_address_is_stopped_for_every_account()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var sprayer = TestClientAddress.NewAddress();
        using var browser = TestClientAddress.Browser(_app, sprayer);
        for (var i = 0; i < 30; i++)
        {
            await browser.SignInAsync($"guessed-{i}-{Guid.NewGuid():N}@test.perhesilta.example", "Kesa-2026-salasana", null);
        }

        var refused = await browser.SignInAsync(staff.Email, staff.Password, null);
        refused.Text("#error-summary p").ShouldBe(AccountTestExtensions.SignInRefused);

        using var elsewhere = TestClientAddress.Browser(_app, TestClientAddress.NewAddress());
        (await elsewhere.SignInAsync(staff)).Location.ShouldBe("/staff");
    }

    [Fact]
    public async Task Unknown_deactivated_wrong_and_throttled_attempts_get_the_same_answer()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var deactivated = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        await _app.UpdateUserAsync(deactivated.Id, u => u.IsActive = false);
        var throttled = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var throttledAddress = TestClientAddress.NewAddress();
        using (var attacker = TestClientAddress.Browser(_app, throttledAddress))
        {
            for (var i = 0; i < 5; i++)
            {
                await attacker.SignInAsync(throttled.Email, "Wrong-password-" + i, null);
            }
        }

        var answers = new List<Page>
        {
            await AttemptAsync(TestClientAddress.NewAddress(), $"nobody-{Guid.NewGuid():N}@test.perhesilta.example", "Some-password-2026"),
            await AttemptAsync(TestClientAddress.NewAddress(), staff.Email, "Wrong-password-2026"),
            await AttemptAsync(TestClientAddress.NewAddress(), deactivated.Email, deactivated.Password),
            await AttemptAsync(throttledAddress, throttled.Email, throttled.Password),
        };

        foreach (var answer in answers)
        {
            answer.Status.ShouldBe(HttpStatusCode.OK);
            answer.Location.ShouldBeNull();
            answer.Text("#error-summary").ShouldBe(answers[0].Text("#error-summary"));
            answer.Text("#error-summary p").ShouldBe(AccountTestExtensions.SignInRefused);
            answer.SetsCookie(AccountTestExtensions.StaffCookie).ShouldBeFalse();
            answer.SetsCookie("Identity.TwoFactorUserId").ShouldBeFalse();
        }
    }

    [Fact]
    public async Task An_unknown_account_takes_about_as_long_to_refuse_as_a_wrong_password()
    {
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);

        // The quickest of a few attempts each, so that a busy machine's pauses do not decide; without a password hash
        // verified for the unknown account, it would answer many times faster.
        var wrong = await QuickestAsync(() => staff.Email);
        var unknown = await QuickestAsync(() => $"nobody-{Guid.NewGuid():N}@test.perhesilta.example");

        unknown.ShouldBeGreaterThan(wrong / 2, $"unknown {unknown.TotalMilliseconds} ms, wrong password {wrong.TotalMilliseconds} ms");
    }

    private async Task<TimeSpan> QuickestAsync(Func<string> email)
    {
        var quickest = TimeSpan.MaxValue;
        for (var i = 0; i < 4; i++)
        {
            using var browser = TestClientAddress.Browser(_app, TestClientAddress.NewAddress());
            var form = await browser.GetAsync("/account/sign-in");
            var fields = new Dictionary<string, string> { ["Input.Email"] = email(), ["Input.Password"] = "Wrong-password-" + i };
            var watch = Stopwatch.StartNew();
            await browser.SubmitAsync(form, "main form", fields);
            quickest = TimeSpan.FromTicks(Math.Min(quickest.Ticks, watch.Elapsed.Ticks));
        }

        return quickest;
    }

    private async Task<Page> AttemptAsync(string address, string email, string password)
    {
        using var browser = TestClientAddress.Browser(_app, address);
        return await browser.SignInAsync(email, password, null);
    }

    public sealed class OnSqlite(AddressedSqliteApp app) : SignInThrottleTests(app), IClassFixture<AddressedSqliteApp>;

    public sealed class OnPostgres(AddressedPostgresApp app) : SignInThrottleTests(app), IClassFixture<AddressedPostgresApp>;
}

/// <summary>An application whose tests choose their requests' client addresses (<see cref="TestClientAddress"/>).</summary>
public sealed class AddressedSqliteApp() : CustomApp(new SqliteApp())
{
    protected override void Configure(PerhesiltaApp app) => app.TestServices.Add(TestClientAddress.Add);
}

public sealed class AddressedPostgresApp(PostgresCluster cluster) : CustomApp(new PostgresApp(cluster))
{
    protected override void Configure(PerhesiltaApp app) => app.TestServices.Add(TestClientAddress.Add);
}
