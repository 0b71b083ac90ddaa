using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Mail;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Mail;
using Shouldly;

namespace Perhesilta.IntegrationTests.Reliability;

/// <summary>
/// Crash safety, measured (issue 14): the application runs as its own process while several senders submit help
/// requests through the API without pause, and is killed with SIGKILL at random moments and started again. Every
/// submission that was answered must exist afterwards, whole, and answer a resend with the same reference; every
/// confirmation must reach the mail relay at least once, and at most once apart from the one crash window that no
/// outbox can close (the relay has accepted the message, the kill comes before the outbox records it: the message is
/// sent again after the restart, with the same Message-ID). The figures go to docs/RELIABILITY.md.
/// </summary>
public abstract class CrashTests(ITestOutputHelper output)
{
    private const int Kills = 10;
    private const int Senders = 4;
    private const string KeyPrefix = "crash-test-";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract string Provider { get; }

    protected abstract Task<string> NewDatabaseAsync();

    protected abstract Task DropDatabaseAsync(string connectionString);

    [Fact]
    public async Task Every_answered_help_request_survives_ten_hard_kills_whole_and_its_confirmation_reaches_the_relay()
    {
        var connectionString = await NewDatabaseAsync();
        await using var smtp = new FakeSmtpServer();
        var folder = Path.Combine(Path.GetTempPath(), $"perhesilta-crash-{Guid.NewGuid():N}");
        await using var app = new AppProcess(
            new Dictionary<string, string>
            {
                ["Database:Provider"] = Provider,
                ["ConnectionStrings:Default"] = connectionString,
                ["Database:MigrateAtStartup"] = "true",
                ["Demo:Enabled"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
                ["HelpRequests:RateLimitPermits"] = "1000000",
                ["Mail:Transport"] = "smtp",
                ["Mail:Smtp:Host"] = "127.0.0.1",
                ["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
                ["Mail:Smtp:SecureSocketOptions"] = "None",
                ["Mail:PollInterval"] = "00:00:00.2",

                // A message claimed by a killed instance is taken over when its lease runs out.
                ["Mail:Lease"] = "00:00:05",
            },
            folder);
        try
        {
            var figures = await RunAsync(app, smtp);
            output.WriteLine(figures.ToString());
        }
        catch
        {
            output.WriteLine(app.Output);
            throw;
        }
        finally
        {
            await app.StopAsync();
            await DropDatabaseAsync(connectionString);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private async Task<Figures> RunAsync(AppProcess app, FakeSmtpServer smtp)
    {
        var restarts = new List<TimeSpan> { await app.StartAsync(Cancel) };
        var answered = new ConcurrentBag<Submission>();
        var attempts = 0;
        var failedAttempts = 0;
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        using var stopSending = new CancellationTokenSource();
        var numbers = 0;

        // Each sender submits one request after another; a request whose answer was lost to a kill is sent again
        // with the same key and body until it is answered, as a well-behaved client does.
        async Task SendAsync()
        {
            while (!stopSending.IsCancellationRequested)
            {
                var submission = Submission.New(Interlocked.Increment(ref numbers));
                while (true)
                {
                    Interlocked.Increment(ref attempts);
                    var (status, reference) = await TryPostAsync(http, submission);
                    if (status is HttpStatusCode.Created or HttpStatusCode.OK)
                    {
                        answered.Add(submission with { ReferenceCode = reference!, FirstAnswer = status.Value });
                        break;
                    }

                    if (status is { } refused && (int)refused is >= 400 and < 500)
                    {
                        throw new InvalidOperationException($"The application refused {submission.Key} with {(int)refused}: the test's request is wrong.");
                    }

                    Interlocked.Increment(ref failedAttempts);
                    await Task.Delay(100, Cancel);
                }
            }
        }

        var senders = Enumerable.Range(0, Senders).Select(_ => Task.Run(SendAsync, Cancel)).ToList();
        var random = new Random(20261207);
        for (var kill = 0; kill < Kills; kill++)
        {
            // Each run answers something before it dies, however slow the machine: then the kill comes at a random
            // moment, whatever the senders and the mail sender are doing.
            var before = answered.Count;
            while (answered.Count == before)
            {
                await Task.Delay(50, Cancel);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(200, 2000)), Cancel);
            await app.KillAsync();
            restarts.Add(await app.StartAsync(Cancel));
        }

        // A little more traffic on the last run, then the senders finish what they have started.
        await Task.Delay(1000, Cancel);
        await stopSending.CancelAsync();
        await Task.WhenAll(senders);

        var submissions = answered.ToList();
        submissions.Count.ShouldBeGreaterThan(Kills, "Every run answered something before it was killed.");

        // A resend of every answered submission, with its key and body, answers with the same reference.
        foreach (var submission in submissions)
        {
            var (status, reference) = await TryPostAsync(http, submission);
            (status, reference).ShouldBe((HttpStatusCode.OK, submission.ReferenceCode), $"The resend of {submission.Key}");
        }

        // Every answered submission is in the database once and whole: the contact, its reply clock and its
        // confirmation; and nothing else was written (no contact that no one was answered for).
        var options = DataServices.Configure(new DbContextOptionsBuilder<PerhesiltaDbContext>(), new DatabaseOptions { Provider = Provider }, ConnectionStringOf(app)).Options;
        await using (var db = new PerhesiltaDbContext((DbContextOptions<PerhesiltaDbContext>)options))
        {
            var contacts = await db.Set<Contact>().AsNoTracking()
                .Where(c => c.IdempotencyKey != null && c.IdempotencyKey.StartsWith("api:" + KeyPrefix))
                .Select(c => new { c.Id, c.IdempotencyKey, c.ReferenceCode, c.Email })
                .ToListAsync(Cancel);
            contacts.Select(c => c.IdempotencyKey).Order().ShouldBe(submissions.Select(s => "api:" + s.Key).Order(), "Contacts in the database against answered submissions");
            var byKey = contacts.ToDictionary(c => c.IdempotencyKey!);
            foreach (var submission in submissions)
            {
                byKey["api:" + submission.Key].ReferenceCode.ShouldBe(submission.ReferenceCode);
            }

            var ids = contacts.Select(c => c.Id).ToList();
            var clocks = await db.Set<DeadlineClock>().AsNoTracking().Where(c => c.Rule == ClockRule.ReplyToContact && ids.Contains(c.ContactId))
                .GroupBy(c => c.ContactId).Select(g => g.Count()).ToListAsync(Cancel);
            (clocks.Count, clocks.All(n => n == 1)).ShouldBe((contacts.Count, true), "Each contact has exactly one reply clock");
            var addresses = contacts.Select(c => c.Email!).ToList();
            var outbox = await db.Set<OutgoingMail>().AsNoTracking().Where(m => m.Purpose == HelpRequestMail.Purpose && addresses.Contains(m.To))
                .Select(m => new { m.To, m.Status }).ToListAsync(Cancel);
            outbox.Select(m => m.To).Order().ShouldBe(addresses.Order(), "Each contact has exactly one confirmation in the outbox");
            await WaitForOutboxAsync(db, addresses);
        }

        // Every confirmation reached the relay; more than once only in the crash window, at most once a kill.
        var delivered = smtp.Received.Select(MessageIdAndRecipient).Where(m => m.To.StartsWith(KeyPrefix, StringComparison.Ordinal)).ToList();
        var perRecipient = delivered.GroupBy(m => m.To).ToDictionary(g => g.Key, g => g.Select(m => m.MessageId).ToList());
        foreach (var submission in submissions)
        {
            perRecipient.ShouldContainKey(submission.Email, $"The confirmation of {submission.Key} was never delivered");
            perRecipient[submission.Email].Distinct().Count().ShouldBe(1, "A resend must carry the same Message-ID");
        }

        var duplicates = perRecipient.Values.Sum(ids => ids.Count - 1);
        duplicates.ShouldBeLessThanOrEqualTo(Kills, "At most one message can be in the crash window when the process dies");

        return new Figures(
            Provider,
            Kills,
            submissions.Count,
            submissions.Count(s => s.FirstAnswer == HttpStatusCode.OK),
            attempts,
            failedAttempts,
            duplicates,
            restarts.Skip(1).Average(t => t.TotalSeconds),
            restarts.Skip(1).Max(t => t.TotalSeconds));
    }

    private static async Task<(HttpStatusCode? Status, string? Reference)> TryPostAsync(HttpClient http, Submission submission)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/help-requests")
            {
                Content = new StringContent(submission.Body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", submission.Key);
            using var response = await http.SendAsync(request, Cancel);
            if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
            {
                return (response.StatusCode, null);
            }

            var receipt = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
            return (response.StatusCode, receipt["referenceCode"]!.GetValue<string>());
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException && !Cancel.IsCancellationRequested)
        {
            // The process died under the request, or is not listening yet: the outcome is unknown.
            return (null, null);
        }
    }

    /// <summary>Waits until the outbox has sent every confirmation (a message held by a killed instance waits for its lease).</summary>
    private static async Task WaitForOutboxAsync(PerhesiltaDbContext db, List<string> addresses)
    {
        var waited = Stopwatch.StartNew();
        while (await db.Set<OutgoingMail>().AsNoTracking().AnyAsync(m => addresses.Contains(m.To) && m.Status != OutgoingMailStatus.Sent, Cancel))
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(2), "The outbox did not send every confirmation");
            await Task.Delay(250, Cancel);
        }
    }

    private static (string MessageId, string To) MessageIdAndRecipient(byte[] data)
    {
        using var stream = new MemoryStream(data);
        var message = MimeMessage.Load(stream);
        return (message.MessageId ?? "", message.To.Mailboxes.Single().Address);
    }

    private static string ConnectionStringOf(AppProcess app) => app.Settings["ConnectionStrings:Default"];

    private sealed record Submission(string Key, string Email, string Body, string ReferenceCode = "", HttpStatusCode FirstAnswer = default)
    {
        public static Submission New(int number)
        {
            var key = $"{KeyPrefix}{number:D6}-{Guid.NewGuid():N}";
            var email = $"{KeyPrefix}{number:D6}@test.perhesilta.example";
            var body = new JsonObject
            {
                ["kind"] = "familyRequest",
                ["requester"] = "parent",
                ["municipalityCode"] = "564",
                ["childAges"] = new JsonArray(4, 7),
                ["topics"] = new JsonArray("school-bullying"),
                ["description"] = $"Lapsemme ei halua mennä kouluun. Pyyntö {number}.",
                ["urgency"] = "soon",
                ["contactMethod"] = "email",
                ["contactName"] = "Testi Vanhempi",
                ["email"] = email,
                ["preferredLanguage"] = "fi",
                ["interpreterNeeded"] = false,
                ["consentToContactProfessionals"] = false,
            };
            return new Submission(key, email, body.ToJsonString());
        }
    }

    private sealed record Figures(
        string Provider,
        int Kills,
        int Answered,
        int CommittedBeforeAnAnswerWasLost,
        int Requests,
        int RequestsWithoutAnswer,
        int DuplicateDeliveries,
        double MeanSecondsToReady,
        double MaxSecondsToReady)
    {
        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Provider}: {Kills} kills; {Answered} submissions answered ({CommittedBeforeAnAnswerWasLost} first answered by a resend after a kill); " +
            $"{Requests} requests, {RequestsWithoutAnswer} without an answer (killed or not yet listening); {DuplicateDeliveries} confirmations delivered twice; " +
            $"ready again after a kill in {MeanSecondsToReady:F1} s on average, {MaxSecondsToReady:F1} s at most");
    }

    public sealed class OnSqlite(ITestOutputHelper output) : CrashTests(output)
    {
        protected override string Provider => DatabaseProviders.Sqlite;

        protected override Task<string> NewDatabaseAsync() =>
            Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"perhesilta-crash-{Guid.NewGuid():N}.db")}");

        protected override Task DropDatabaseAsync(string connectionString)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }

            return Task.CompletedTask;
        }
    }

    public sealed class OnPostgres(PostgresCluster cluster, ITestOutputHelper output) : CrashTests(output)
    {
        protected override string Provider => DatabaseProviders.Postgres;

        protected override Task<string> NewDatabaseAsync() =>
            Task.FromResult(cluster.ConnectionString("perhesilta_crash_" + Guid.NewGuid().ToString("N")[..12]));

        // The run's cluster is removed when the run ends, with every database in it.
        protected override Task DropDatabaseAsync(string connectionString) => Task.CompletedTask;
    }
}
