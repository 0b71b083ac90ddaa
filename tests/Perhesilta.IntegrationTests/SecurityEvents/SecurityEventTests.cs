using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Security;
using Shouldly;

namespace Perhesilta.IntegrationTests.SecurityEvents;

/// <summary>
/// Security events (ASVS 7.1–7.2): each kind is recorded with who, what, when, from where and the outcome, never with
/// a client's data or what was typed for an unknown account; administrators read them; old ones are deleted.
/// </summary>
public abstract class SecurityEventTests(SecurityEventApp custom)
{
    private readonly PerhesiltaApp _app = custom.App;
    private readonly TestClock _clock = custom.Clock;
    private readonly CapturedLog _log = custom.Log;

    [Fact]
    public async Task Signing_in_and_out_is_recorded_with_the_account_the_address_and_the_outcome()
    {
        _clock.Reset();
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var address = TestClientAddress.NewAddress();
        using var browser = TestClientAddress.Browser(_app, address);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.perhesilta.example";

        await browser.SignInAsync(unknown, "Typed-secret-2026", null);
        await browser.SignInAsync(staff.Email, "Wrong-password-2026", null);
        var afterPassword = await browser.SignInAsync(staff.Email, staff.Password, null);
        await browser.SubmitAsync(await browser.GetAsync(afterPassword.Location!), "main form", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        await browser.SignInAsync(staff);
        await browser.SubmitAsync(await browser.GetAsync("/account/sign-out"), "main form");

        var events = await EventsFromAsync(address);
        events.Select(e => (e.Code, e.Outcome, e.AccountId, e.Detail)).ShouldBe(
        [
            (SecurityEventCodes.SignInPassword, SecurityOutcome.Failure, null, "unknown-account"),
            (SecurityEventCodes.SignInPassword, SecurityOutcome.Failure, staff.Id, "wrong-password"),
            (SecurityEventCodes.SignInPassword, SecurityOutcome.Success, staff.Id, null),
            (SecurityEventCodes.SignInSecondFactor, SecurityOutcome.Failure, staff.Id, "authenticator wrong-code"),
            (SecurityEventCodes.SignInPassword, SecurityOutcome.Success, staff.Id, null),
            (SecurityEventCodes.SignInSecondFactor, SecurityOutcome.Success, staff.Id, "authenticator"),
            (SecurityEventCodes.SignedOut, SecurityOutcome.Success, staff.Id, null),
        ]);
        events.ShouldAllBe(e => e.OccurredAt > DateTime.UtcNow.AddMinutes(-5));

        // Nothing the person typed is kept: not the unknown address, not a password, not a code.
        var everything = await _app.WithDbAsync(db => db.Set<SecurityEvent>().AsNoTracking().ToListAsync());
        var text = string.Join('\n', everything.Select(e => $"{e.Code} {e.AccountId} {e.TargetAccountId} {e.ClientAddress} {e.Detail}"));
        text.ShouldNotContain(unknown);
        text.ShouldNotContain("Typed-secret-2026");
        text.ShouldNotContain(staff.Password);
    }

    [Fact]
    public async Task Throttling_and_lockouts_are_recorded()
    {
        _clock.Reset();
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        await _app.NewRecoveryCodesAsync(staff.Id);
        var address = TestClientAddress.NewAddress();
        using (var attacker = TestClientAddress.Browser(_app, address))
        {
            for (var i = 0; i < 6; i++)
            {
                await attacker.SignInAsync(staff.Email, "Wrong-password-" + i, null);
            }
        }

        var other = TestClientAddress.NewAddress();
        using (var browser = TestClientAddress.Browser(_app, other))
        {
            var afterPassword = await browser.SignInAsync(staff.Email, staff.Password, null);
            for (var i = 0; i < 5; i++)
            {
                await browser.SubmitAsync(await browser.GetAsync("/account/recovery-code"), "main form", new Dictionary<string, string> { ["Input.Code"] = "WRONG-" + i });
            }

            afterPassword.Location.ShouldBe("/account/two-factor");
        }

        var throttled = (await EventsFromAsync(address)).Last();
        (throttled.Code, throttled.Outcome, throttled.AccountId, throttled.Detail).ShouldBe((SecurityEventCodes.SignInThrottled, SecurityOutcome.Failure, staff.Id, "account-and-address"));
        var locked = (await EventsFromAsync(other)).Where(e => e.Code == SecurityEventCodes.AccountLockedOut).ShouldHaveSingleItem();
        (locked.AccountId, locked.Detail).ShouldBe((staff.Id, "recovery-code"));
    }

    [Fact]
    public async Task Account_administration_is_recorded_with_the_administrator_and_the_account_changed()
    {
        _clock.Reset();
        var (admin, administrator) = await StaffTestData.SignedInAdministratorAsync(_app);
        using var _admin = admin;
        var email = StaffTestData.Unique("tapahtuma.") + "@test.perhesilta.example";
        var form = await admin.GetAsync("/admin/staff/new");
        await admin.PostAsync("/admin/staff/new", StaffAccountCreationTests.Fields(form, email, "Tiina Tapahtuma", [StaffRoles.ServiceGuide], ["oulu"], []));
        var id = (await StaffTestData.FindUserByEmailAsync(_app, email))!.Id;

        var edit = await admin.GetAsync("/admin/staff/" + id);
        await admin.PostAsync("/admin/staff/" + id, StaffAccountEditingTests.EditFields(edit, "Tiina Tapahtuma", [StaffRoles.Manager], ["raahe"], ["009"]));
        await admin.SubmitAsync(await admin.GetAsync("/admin/staff/" + id), "#deactivate-form");
        await admin.SubmitAsync(await admin.GetAsync("/admin/staff/" + id), "#reactivate-form");
        await admin.SubmitAsync(await admin.GetAsync("/admin/staff/" + id), "#reset-second-factor-form");
        await admin.SubmitAsync(await admin.GetAsync("/admin/staff/" + id), "#temporary-password-form");

        var events = await _app.WithDbAsync(db => db.Set<SecurityEvent>().AsNoTracking().Where(e => e.TargetAccountId == id).OrderBy(e => e.Id).ToListAsync());
        events.Select(e => (e.Code, e.Detail)).ShouldBe(
        [
            (SecurityEventCodes.AccountCreated, "+ServiceGuide"),
            (SecurityEventCodes.AreasChanged, "+oulu"),
            (SecurityEventCodes.RolesChanged, "+Manager -ServiceGuide"),
            (SecurityEventCodes.AreasChanged, "+raahe -oulu +009"),
            (SecurityEventCodes.AccountDeactivated, null),
            (SecurityEventCodes.AccountReactivated, null),
            (SecurityEventCodes.SecondFactorReset, null),
            (SecurityEventCodes.TemporaryPasswordIssued, null),
        ]);
        events.ShouldAllBe(e => e.AccountId == administrator.Id && e.Outcome == SecurityOutcome.Success);
    }

    [Fact]
    public async Task A_password_change_an_authenticator_set_up_new_recovery_codes_and_an_export_are_recorded()
    {
        _clock.Reset();
        var staff = await _app.CreateStaffAsync(StaffRoles.Administrator, secondFactor: false);
        using var browser = _app.NewBrowser();
        await browser.SignInAsync(staff);
        var setup = await browser.GetAsync("/account/setup-authenticator");
        var key = setup.Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await browser.SubmitAsync(setup, "main form", new Dictionary<string, string> { ["Input.Code"] = await PageClient.NextCodeAsync(staff.Email, key) });
        await browser.SubmitAsync(await browser.GetAsync("/account/security"), "#regenerate-form");
        await browser.SubmitAsync(await browser.GetAsync("/account/change-password"), "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = staff.Password,
            ["Input.NewPassword"] = "Neljä-outoa-sanaa-laiturilla-9",
            ["Input.ConfirmPassword"] = "Neljä-outoa-sanaa-laiturilla-9",
        });
        var csv = await browser.Http.GetAsync("/reports/deadlines/csv?from=2026-03&to=2026-03", TestContext.Current.CancellationToken);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);

        var events = await _app.WithDbAsync(db => db.Set<SecurityEvent>().AsNoTracking().Where(e => e.AccountId == staff.Id).OrderBy(e => e.Id).ToListAsync());
        events.Select(e => e.Code).ShouldBe(
        [
            SecurityEventCodes.SignInPassword,
            SecurityEventCodes.SecondFactorSetUp,
            SecurityEventCodes.RecoveryCodesRenewed,
            SecurityEventCodes.PasswordChanged,
            SecurityEventCodes.Export,
        ]);
        events[^1].Detail.ShouldBe("perhesilta-figures-2026-03-2026-03.csv");
    }

    [Fact]
    public async Task Every_event_is_also_a_structured_log_line_for_the_countys_log_system()
    {
        _clock.Reset();
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var address = TestClientAddress.NewAddress();
        using var browser = TestClientAddress.Browser(_app, address);

        await browser.SignInAsync(staff.Email, "Wrong-password-2026", null);

        var line = _log.Entries.Where(e => e.EventId.Id == SecurityEventLog.EventId && Equals(e.Properties.GetValueOrDefault("ClientAddress"), address)).ShouldHaveSingleItem();
        line.EventId.Name.ShouldBe("SecurityEvent");
        line.Level.ShouldBe(LogLevel.Warning);
        line.Properties["SecurityEvent"].ShouldBe(SecurityEventCodes.SignInPassword);
        line.Properties["Outcome"].ShouldBe(SecurityOutcome.Failure);
        line.Properties["AccountId"].ShouldBe(staff.Id);
        line.Properties["Detail"].ShouldBe("wrong-password");
    }

    [Fact]
    public async Task Administrators_read_and_filter_the_events_and_nobody_else_does()
    {
        _clock.Reset();
        var staff = await _app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var address = TestClientAddress.NewAddress();
        using (var browser = TestClientAddress.Browser(_app, address))
        {
            await browser.SignInAsync(staff.Email, "Wrong-password-2026", null);
        }

        var (admin, _) = await StaffTestData.SignedInAdministratorAsync(_app);
        using var _admin = admin;
        var page = await admin.GetAsync($"/admin/security-events?account={staff.Id}&event={SecurityEventCodes.SignInPassword}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("h1").ShouldBe("Tietoturvatapahtumat");
        var row = page.Document.QuerySelectorAll("tbody tr").ShouldHaveSingleItem();
        row.GetAttribute("data-event").ShouldBe(SecurityEventCodes.SignInPassword);
        row.TextContent.ShouldContain("Kirjautuminen salasanalla");
        row.TextContent.ShouldContain("Epäonnistui");
        row.TextContent.ShouldContain("väärä salasana");
        row.TextContent.ShouldContain(address);
        row.TextContent.ShouldContain("Testi ServiceGuide");

        var invalid = await admin.GetAsync("/admin/security-events?from=31.2.2026&event=no-such");
        invalid.Text("#from-error").ShouldBe("Alkupäivä ei ole päivämäärä. Kirjoita se muodossa 22.11.2026.");
        invalid.Text("#event-error").ShouldBe("Valittua tapahtumaa ei ole. Valitse tapahtuma luettelosta.");

        await admin.GetAsync("/language/en?returnUrl=/");
        (await admin.GetAsync("/admin/security-events")).Text("h1").ShouldBe("Security events");

        using var guide = await StaffTestData.SignedInAsync(_app, staff);
        (await guide.GetAsync("/admin/security-events")).ShouldBeForbidden("/admin/security-events");
        using var anonymous = _app.NewBrowser();
        (await anonymous.GetAsync("/admin/security-events")).ShouldAskToSignIn("/admin/security-events");
    }

    [Fact]
    public async Task Events_are_deleted_once_past_their_retention()
    {
        _clock.Reset();
        var old = Guid.NewGuid().ToString();
        var recent = Guid.NewGuid().ToString();
        await _app.WithServicesAsync(services => services.GetRequiredService<ISecurityEvents>().RecordAsync(SecurityEventCodes.Export, SecurityOutcome.Success, old, "old.csv"));
        _clock.Advance(TimeSpan.FromDays(700));
        await _app.WithServicesAsync(services => services.GetRequiredService<ISecurityEvents>().RecordAsync(SecurityEventCodes.Export, SecurityOutcome.Success, recent, "recent.csv"));
        _clock.Advance(TimeSpan.FromDays(31));

        await _app.WithServicesAsync(async services => (await services.GetRequiredService<PurgeSecurityEvents>().RunAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1));

        var left = await _app.WithDbAsync(db => db.Set<SecurityEvent>().Where(e => e.AccountId == old || e.AccountId == recent).Select(e => e.AccountId).ToListAsync());
        left.ShouldBe([recent]);
        _clock.Reset();
    }

    private Task<List<SecurityEvent>> EventsFromAsync(string address) =>
        _app.WithDbAsync(db => db.Set<SecurityEvent>().AsNoTracking().Where(e => e.ClientAddress == address).OrderBy(e => e.Id).ToListAsync());

    public sealed class OnSqlite(SecuritySqliteApp app) : SecurityEventTests(app), IClassFixture<SecuritySqliteApp>;

    public sealed class OnPostgres(SecurityPostgresApp app) : SecurityEventTests(app), IClassFixture<SecurityPostgresApp>;
}

/// <summary>An application with a clock, chosen client addresses, and its log lines kept for the tests to read.</summary>
public abstract class SecurityEventApp(PerhesiltaApp app) : CustomApp(app)
{
    public CapturedLog Log { get; } = new();

    protected override void Configure(PerhesiltaApp app)
    {
        ClockedApp.Configure(app, Clock);
        app.TestServices.Add(services => services.AddSingleton<ILoggerProvider>(Log));
    }
}

public sealed class SecuritySqliteApp() : SecurityEventApp(new SqliteApp());

public sealed class SecurityPostgresApp(PostgresCluster cluster) : SecurityEventApp(new PostgresApp(cluster));

/// <summary>Keeps the structured log lines of the application: event id, level and named properties.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    public sealed record Entry(EventId EventId, LogLevel Level, IReadOnlyDictionary<string, object?> Properties);

    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(_entries);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> properties)
            {
                entries.Enqueue(new Entry(eventId, logLevel, properties.ToDictionary(p => p.Key, p => p.Value)));
            }
        }
    }
}
