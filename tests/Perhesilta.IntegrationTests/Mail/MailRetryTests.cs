using Microsoft.Extensions.DependencyInjection;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Mail;
using Shouldly;

namespace Perhesilta.IntegrationTests.Mail;

/// <summary>
/// A relay that refuses mail: the sender tries again after 1 and 5 minutes (on a clock the tests move) and gives up
/// after the configured three attempts; the message stays in the outbox throughout.
/// </summary>
public abstract class MailRetryTests(FailingMailApp custom)
{
    private readonly PerhesiltaApp _app = custom.App;
    private readonly TestClock _clock = custom.Clock;
    private readonly RecordingTransport _transport = custom.Transport;

    [Fact]
    public async Task A_failing_delivery_is_retried_with_growing_delays_and_finally_marked_failed_without_losing_the_message()
    {
        _clock.Reset();
        _transport.FailAlways();
        var to = MailTestSupport.NewAddress("isa");
        var id = await _app.EnqueueAsync(to, "Yhteydenottosi on vastaanotettu", "Hei!\n\nTämä viesti ei mene perille.");

        var first = await _app.WaitForMailAsync(id, m => m.Attempts == 1);
        first.Status.ShouldBe(OutgoingMailStatus.Pending);
        first.NextAttemptAt.ShouldBe(_clock.GetUtcNow().UtcDateTime.AddMinutes(1), TimeSpan.FromSeconds(2));
        first.LastError.ShouldBe("SmtpCommandException MessageNotAccepted 450");
        first.LockedBy.ShouldBeNull();

        // Not yet due: polls come and go, nothing is tried.
        await Task.Delay(TimeSpan.FromMilliseconds(600), TestContext.Current.CancellationToken);
        (await _app.MailAsync(id))!.Attempts.ShouldBe(1);

        _clock.Advance(TimeSpan.FromSeconds(61));
        var second = await _app.WaitForMailAsync(id, m => m.Attempts == 2);
        second.Status.ShouldBe(OutgoingMailStatus.Pending);
        second.NextAttemptAt.ShouldBe(_clock.GetUtcNow().UtcDateTime.AddMinutes(5), TimeSpan.FromSeconds(2));

        _clock.Advance(TimeSpan.FromMinutes(5).Add(TimeSpan.FromSeconds(1)));
        var failed = await _app.WaitForMailAsync(id, m => m.Status == OutgoingMailStatus.Failed);
        failed.Attempts.ShouldBe(3);
        failed.SentAt.ShouldBeNull();
        failed.To.ShouldBe(to);
        failed.TextBody.ShouldBe("Hei!\n\nTämä viesti ei mene perille.");
        failed.LastError!.ShouldNotContain("@");

        // Given up: no fourth attempt, however long one waits.
        _clock.Advance(TimeSpan.FromDays(1));
        await Task.Delay(TimeSpan.FromMilliseconds(600), TestContext.Current.CancellationToken);
        (await _app.MailAsync(id))!.Attempts.ShouldBe(3);
        _transport.Attempted.Count(m => m == $"{id:N}@perhesilta.example").ShouldBe(3);
        _transport.Delivered.ShouldNotContain(m => m.MessageId == $"{id:N}@perhesilta.example");
    }

    [Fact]
    public async Task A_message_that_failed_once_is_delivered_on_the_next_attempt()
    {
        _clock.Reset();
        _transport.FailNext(1);
        var id = await _app.EnqueueAsync(MailTestSupport.NewAddress());

        await _app.WaitForMailAsync(id, m => m.Attempts == 1);
        _clock.Advance(TimeSpan.FromSeconds(61));
        var sent = await _app.WaitForMailAsync(id, m => m.Status == OutgoingMailStatus.Sent);

        sent.Attempts.ShouldBe(2);
        sent.LastError.ShouldBe("SmtpCommandException MessageNotAccepted 450");
        _transport.Delivered.Count(m => m.MessageId == $"{id:N}@perhesilta.example").ShouldBe(1);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 15)]
    [InlineData(4, 60)]
    [InlineData(5, 120)]
    [InlineData(7, 480)]
    [InlineData(20, 480)]
    public void The_delay_after_a_failed_attempt_grows_from_a_minute_to_eight_hours(int attempt, int minutes) =>
        MailDispatcher.RetryDelay(attempt).ShouldBe(TimeSpan.FromMinutes(minutes));

    public sealed class OnSqlite(FailingMailSqliteApp app) : MailRetryTests(app), IClassFixture<FailingMailSqliteApp>;

    public sealed class OnPostgres(FailingMailPostgresApp app) : MailRetryTests(app), IClassFixture<FailingMailPostgresApp>;
}

/// <summary>An application whose mail goes to a <see cref="RecordingTransport"/>, on a clock the tests move.</summary>
public abstract class FailingMailApp(PerhesiltaApp app) : CustomApp(app)
{
    public RecordingTransport Transport { get; } = new();

    protected override void Configure(PerhesiltaApp app)
    {
        app.Settings["Mail:MaxAttempts"] = "3";
        app.Settings["Mail:PollInterval"] = "00:00:00.1";
        app.TestServices.Add(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IMailTransport>(Transport);
        });
    }
}

public sealed class FailingMailSqliteApp() : FailingMailApp(new SqliteApp());

public sealed class FailingMailPostgresApp(PostgresCluster cluster) : FailingMailApp(new PostgresApp(cluster));
