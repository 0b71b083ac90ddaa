using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Mail;
using Shouldly;

namespace Perhesilta.IntegrationTests.Mail;

/// <summary>
/// Several senders on one database, as several application instances would run: three background senders in the
/// application and four more rounds running side by side from the test, each claiming small batches.
/// </summary>
public abstract class MailConcurrencyTests(CrowdedMailApp custom)
{
    private readonly PerhesiltaApp _app = custom.App;
    private readonly RecordingTransport _transport = custom.Transport;

    [Fact]
    public async Task Many_senders_on_one_database_deliver_every_message_exactly_once()
    {
        var ids = new List<Guid>();
        await _app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            var outbox = services.GetRequiredService<MailOutbox>();
            for (var i = 0; i < 60; i++)
            {
                ids.Add(outbox.Enqueue(db, MailTestSupport.NewAddress(), $"Viesti {i}", "Hei!", "test-message").Id);
            }

            await db.SaveChangesAsync();
        });

        var dispatcher = _app.Services.GetRequiredService<MailDispatcher>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var extraSenders = Enumerable.Range(1, 4).Select(n => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && await PendingAsync(ids) > 0)
            {
                await dispatcher.RunOnceAsync($"test-sender-{n}", stop.Token);
            }
        }));
        await Task.WhenAll(extraSenders);

        (await PendingAsync(ids)).ShouldBe(0);
        var deliveries = _transport.Delivered.Select(m => m.MessageId ?? "").Where(m => m.Length > 0 && ids.Contains(Guid.ParseExact(m.Split('@')[0], "N"))).ToList();
        deliveries.Count.ShouldBe(60);
        deliveries.Distinct().Count().ShouldBe(60);
        var rows = await _app.WithDbAsync(db => db.Set<OutgoingMail>().Where(m => ids.Contains(m.Id)).ToListAsync());
        rows.ShouldAllBe(m => m.Status == OutgoingMailStatus.Sent && m.Attempts == 1 && m.LockedBy == null);
    }

    [Fact]
    public async Task A_message_held_by_another_sender_waits_for_its_lease_and_is_taken_over_when_the_lease_runs_out()
    {
        var held = await _app.EnqueueHeldAsync(DateTime.UtcNow.AddHours(1));
        var abandoned = await _app.EnqueueHeldAsync(DateTime.UtcNow.AddMinutes(-1));

        await _app.WaitForMailAsync(abandoned, m => m.Status == OutgoingMailStatus.Sent);
        await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);

        var stillHeld = (await _app.MailAsync(held))!;
        stillHeld.Status.ShouldBe(OutgoingMailStatus.Pending);
        stillHeld.LockedBy.ShouldBe("another-instance:1:0");
        stillHeld.Attempts.ShouldBe(0);
    }

    private Task<int> PendingAsync(List<Guid> ids) =>
        _app.WithDbAsync(db => db.Set<OutgoingMail>().CountAsync(m => ids.Contains(m.Id) && m.Status == OutgoingMailStatus.Pending));

    public sealed class OnSqlite(CrowdedMailSqliteApp app) : MailConcurrencyTests(app), IClassFixture<CrowdedMailSqliteApp>;

    public sealed class OnPostgres(CrowdedMailPostgresApp app) : MailConcurrencyTests(app), IClassFixture<CrowdedMailPostgresApp>;
}

internal static class HeldMail
{
    /// <summary>A message that another (perhaps crashed) instance claimed, with its lease ending at <paramref name="leaseUntil"/>.</summary>
    public static async Task<Guid> EnqueueHeldAsync(this PerhesiltaApp app, DateTime leaseUntil)
    {
        var id = Guid.Empty;
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            var mail = services.GetRequiredService<MailOutbox>().Enqueue(db, MailTestSupport.NewAddress(), "Varattu", "Hei!", "test-message");
            mail.LockedBy = "another-instance:1:0";
            mail.LockedUntil = leaseUntil;
            id = mail.Id;
            await db.SaveChangesAsync();
        });
        return id;
    }
}

/// <summary>An application with three background senders claiming five messages at a time, each delivery taking a moment.</summary>
public abstract class CrowdedMailApp(PerhesiltaApp app) : CustomApp(app)
{
    public RecordingTransport Transport { get; } = new() { Delay = TimeSpan.FromMilliseconds(5) };

    protected override void Configure(PerhesiltaApp app)
    {
        app.Settings["Mail:BatchSize"] = "5";
        app.Settings["Mail:PollInterval"] = "00:00:00.1";
        app.TestServices.Add(services =>
        {
            services.AddSingleton<IMailTransport>(Transport);
            services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<MailSender>(provider));
            services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<MailSender>(provider));
        });
    }
}

public sealed class CrowdedMailSqliteApp() : CrowdedMailApp(new SqliteApp());

public sealed class CrowdedMailPostgresApp(PostgresCluster cluster) : CrowdedMailApp(new PostgresApp(cluster));
