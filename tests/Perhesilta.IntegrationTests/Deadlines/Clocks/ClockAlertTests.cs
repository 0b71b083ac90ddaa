using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Deadlines.Alerts;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Mail;
using Shouldly;

namespace Perhesilta.IntegrationTests.Deadlines.Clocks;

/// <summary>The alert round: clocks due soon and overdue are told to those responsible by e-mail, once.</summary>
public abstract class ClockAlertTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Due_soon_and_overdue_clocks_are_told_to_the_responsible_guide_or_else_the_area_guides_once()
    {
        var world = await ClockAlertWorld.CreateAsync(app, dueSoon: 1);

        await ClockAlertWorld.RoundAsync(app);
        await ClockAlertWorld.RoundAsync(app);

        var alerts = await world.AlertsAsync(app);
        alerts.Count(a => a.Kind == ClockAlertKind.DueSoon).ShouldBe(1);
        alerts.Single(a => a.Kind == ClockAlertKind.DueSoon).RecipientUserId.ShouldBe(world.Responsible.Id);
        alerts.Where(a => a.Kind == ClockAlertKind.Overdue).Select(a => a.RecipientUserId).Order().ShouldBe(new[] { world.Responsible.Id, world.OtherGuide.Id }.Order());
        var mails = await world.MailsAsync(app);
        mails.Count(m => m.To == world.Responsible.Email).ShouldBe(2);
        mails.Count(m => m.To == world.OtherGuide.Email).ShouldBe(1);
        mails.ShouldAllBe(m => m.Purpose == SendClockAlerts.MailPurpose);
        var overdue = mails.Single(m => m.To == world.OtherGuide.Email);
        overdue.Subject.ShouldStartWith("Määräaika on ylittynyt: Vastaus yhteydenottoon, " + world.Contact.ReferenceCode);
        overdue.TextBody.ShouldContain($"/desk/contacts/{world.Contact.Id}");
        overdue.TextBody.ShouldNotContain(DeskTestData.ContactName);
        mails.ShouldNotContain(m => m.To == world.GuideOfAnotherArea.Email);
    }

    [Fact]
    public async Task A_contacts_reply_clock_due_today_is_left_to_the_queue_and_alerts_only_once_overdue()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.InitiatedAt = DateTime.UtcNow.AddDays(-2));
        var reply = await ClockTestData.StartAsync(app, contact, ClockRule.ReplyToContact, daysAgo: 2, guide.Id);
        await ClockAlertWorld.SetDueAsync(app, reply.Id, ClockTestData.Today);

        await ClockAlertWorld.RoundAsync(app);

        (await app.WithDbAsync(db => db.Set<ClockAlert>().CountAsync(a => a.ClockId == reply.Id))).ShouldBe(0);
        await ClockAlertWorld.SetDueAsync(app, reply.Id, ClockTestData.Today.AddDays(-1));
        await ClockAlertWorld.RoundAsync(app);
        (await app.WithDbAsync(db => db.Set<ClockAlert>().Where(a => a.ClockId == reply.Id).Select(a => a.Kind).ToListAsync())).ShouldBe([ClockAlertKind.Overdue]);
    }

    public sealed class OnSqlite(SqliteApp app) : ClockAlertTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ClockAlertTests(app), IClassFixture<PostgresApp>;
}

/// <summary>Two instances of the application on one PostgreSQL database run their rounds at the same time.</summary>
public sealed class ClockAlertInstanceTests(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly string _database = "perhesilta_two_" + Guid.NewGuid().ToString("N")[..12];
    private SharedDatabaseApp _first = null!;
    private SharedDatabaseApp _second = null!;

    public async ValueTask InitializeAsync()
    {
        // One after the other: the first creates and seeds the database, the second finds it ready.
        _first = new SharedDatabaseApp(cluster.ConnectionString(_database));
        await _first.InitializeAsync();
        _second = new SharedDatabaseApp(cluster.ConnectionString(_database));
        await _second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Each_alert_is_sent_exactly_once_when_two_instances_run_their_rounds_at_once()
    {
        var world = await ClockAlertWorld.CreateAsync(_first, dueSoon: 25);

        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { ClockAlertWorld.RoundAsync(_first), ClockAlertWorld.RoundAsync(_second) }));

        var alerts = await world.AlertsAsync(_second);
        alerts.Count.ShouldBe(25 + 2);
        alerts.GroupBy(a => (a.ClockId, a.Kind, a.RecipientUserId)).ShouldAllBe(g => g.Count() == 1);
        var mails = await world.MailsAsync(_second);
        mails.Count(m => m.To == world.Responsible.Email).ShouldBe(25 + 1);
        mails.Count(m => m.To == world.OtherGuide.Email).ShouldBe(1);
    }

    private sealed class SharedDatabaseApp(string connectionString) : PerhesiltaApp
    {
        public override string Provider => DatabaseProviders.Postgres;

        protected override string ConnectionString => connectionString;
    }
}

/// <summary>
/// An area with a responsible guide and another guide, a guide of another area, and a contact of the area with clocks:
/// some due today with the responsible guide named, one overdue with nobody named, one far off.
/// </summary>
internal sealed record ClockAlertWorld(Contact Contact, TestStaff Responsible, TestStaff OtherGuide, TestStaff GuideOfAnotherArea, IReadOnlyList<Guid> ClockIds)
{
    public static async Task<ClockAlertWorld> CreateAsync(PerhesiltaApp app, int dueSoon)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var responsible = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var otherGuide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var elsewhere = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [other.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.InitiatedAt = DateTime.UtcNow.AddDays(-60));
        var today = ClockTestData.Today;
        var ids = new List<Guid>();
        for (var i = 0; i < dueSoon; i++)
        {
            var clock = await ClockTestData.StartAsync(app, contact, ClockRule.NetworkMeeting, daysAgo: 5, responsible.Id);
            await SetDueAsync(app, clock.Id, today);
            ids.Add(clock.Id);
        }

        var overdue = await ClockTestData.StartAsync(app, contact, ClockRule.ReplyToContact, daysAgo: 30);
        ids.Add(overdue.Id);
        var farOff = await ClockTestData.StartAsync(app, contact, ClockRule.Lsl26Complete, daysAgo: 1, responsible.Id);
        ids.Add(farOff.Id);
        return new ClockAlertWorld(contact, responsible, otherGuide, elsewhere, ids);
    }

    public static async Task RoundAsync(PerhesiltaApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendClockAlerts>().RunOnceAsync(CancellationToken.None);
    }

    public Task<List<ClockAlert>> AlertsAsync(PerhesiltaApp app) =>
        app.WithDbAsync(db => db.Set<ClockAlert>().AsNoTracking().Where(a => ClockIds.Contains(a.ClockId)).ToListAsync());

    public Task<List<OutgoingMail>> MailsAsync(PerhesiltaApp app)
    {
        string[] to = [Responsible.Email, OtherGuide.Email, GuideOfAnotherArea.Email];
        return app.WithDbAsync(db => db.Set<OutgoingMail>().AsNoTracking().Where(m => to.Contains(m.To) && m.Purpose == SendClockAlerts.MailPurpose).ToListAsync());
    }

    /// <summary>The stored due date, as a clock started a while ago would have it: the round reads only that.</summary>
    public static Task<int> SetDueAsync(PerhesiltaApp app, Guid id, DateOnly due) =>
        app.WithDbAsync(db => db.Set<DeadlineClock>().Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.DueOn, due)));
}
