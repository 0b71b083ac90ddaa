using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Mail;
using Shouldly;

namespace Perhesilta.IntegrationTests.Mail;

/// <summary>
/// With a poll interval of ten minutes, a message queued by this instance still goes out at once: saving it wakes
/// the sender. (Messages queued by other instances wait for the poll; correctness never depends on the wake-up.)
/// </summary>
public abstract class MailWakeUpTests(SlowPollMailApp custom)
{
    private readonly PerhesiltaApp _app = custom.App;

    [Fact]
    public async Task Saving_a_message_wakes_the_sender_without_waiting_for_its_poll()
    {
        for (var i = 0; i < 3; i++)
        {
            var id = await _app.EnqueueAsync(MailTestSupport.NewAddress());
            var sent = await _app.WaitForMailAsync(id, m => m.Status == OutgoingMailStatus.Sent, seconds: 15);
            sent.Attempts.ShouldBe(1);
        }
    }

    public sealed class OnSqlite(SlowPollMailSqliteApp app) : MailWakeUpTests(app), IClassFixture<SlowPollMailSqliteApp>;

    public sealed class OnPostgres(SlowPollMailPostgresApp app) : MailWakeUpTests(app), IClassFixture<SlowPollMailPostgresApp>;
}

public abstract class SlowPollMailApp(PerhesiltaApp app) : CustomApp(app)
{
    protected override void Configure(PerhesiltaApp app) => app.Settings["Mail:PollInterval"] = "00:10:00";
}

public sealed class SlowPollMailSqliteApp() : SlowPollMailApp(new SqliteApp());

public sealed class SlowPollMailPostgresApp(PostgresCluster cluster) : SlowPollMailApp(new PostgresApp(cluster));
