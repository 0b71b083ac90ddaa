using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Referrals;
using Perhesilta.IntegrationTests.ServiceDirectory;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Operations;
using Shouldly;
using static Perhesilta.IntegrationTests.Deadlines.ReportTestData;

namespace Perhesilta.IntegrationTests.AccessLog;

/// <summary>
/// What a county's security officer expects of the log (issue 14, defect 8), tried as someone who can write the
/// database: a rewritten or shortened chain is caught, a change is never saved without its entry, and data sent
/// outside the guidance team is logged as a disclosure or export. Each test puts the chain back before it ends.
/// </summary>
public abstract class AccessLogTamperEvidenceTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_chain_rewritten_consistently_with_plain_SHA256_after_dropping_the_triggers_does_not_verify()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var log = app.Services.GetRequiredService<IAccessLog>();
        for (var i = 0; i < 4; i++)
        {
            await log.RecordAsync(actor.Id, AccessAction.View, "Family", $"rewrite-{i}", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);
        }

        var entries = await app.WithDbAsync(db => db.Set<AccessLogEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        var target = entries.First(e => e.RecordId == "rewrite-1");
        int exitCode = -1;
        await WithEntriesPutBackAsync(target.Sequence, async db =>
        {
            // The forger removes the trace of who viewed family "rewrite-1" and re-links every later entry, as the
            // unkeyed chain allowed: every hash is a plain SHA-256 of the entry's canonical form.
            var previous = entries.Single(e => e.Sequence == target.Sequence - 1).Hash;
            foreach (var entry in entries.Where(e => e.Sequence >= target.Sequence))
            {
                var recordId = entry.Sequence == target.Sequence ? "someone-else" : entry.RecordId;
                var hash = PlainHash(entry, recordId, previous);
                await db.Database.ExecuteSqlAsync($"""UPDATE "AccessLogEntries" SET "RecordId" = {recordId}, "PreviousHash" = {previous}, "Hash" = {hash} WHERE "Sequence" = {entry.Sequence}""");
                previous = hash;
            }

            exitCode = await VerifyCommandAsync();
        });

        exitCode.ShouldBe(1);
        (await VerifyCommandAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Removing_the_newest_entries_after_a_checkpoint_is_caught()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var log = app.Services.GetRequiredService<IAccessLog>();
        var entries = new List<AccessLogEntry>();
        for (var i = 0; i < 3; i++)
        {
            entries.Add(await log.RecordAsync(actor.Id, AccessAction.View, "Family", $"truncate-{i}", AccessPurposes.ClientWork, TestContext.Current.CancellationToken));
        }

        // Another instance starts and stops: the head is now on record outside the database.
        await using (var other = app.WithWebHostBuilder(_ => { }))
        {
            _ = other.Server;
        }

        int exitCode = -1;
        await WithEntriesPutBackAsync(entries[1].Sequence, async db =>
        {
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "AccessLogEntries" WHERE "Sequence" >= {entries[1].Sequence}""");
            exitCode = await VerifyCommandAsync();
        });

        exitCode.ShouldBe(1);
        (await VerifyCommandAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_change_whose_log_entry_cannot_be_written_is_not_saved_either()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var url = $"/desk/contacts/{contact.Id}";
        var page = await browser.GetAsync(url);

        await WithLogWritesFailingAsync(async () =>
        {
            var failed = await browser.SubmitAsync(page, "#claim-form");
            failed.Location.ShouldNotBe(url);
        });

        var unchanged = await DeskTestData.FindAsync(app, contact.Id);
        (unchanged.Status, unchanged.Version).ShouldBe((ContactStatus.Received, contact.Version));
        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldNotContain(e => e.Action == AccessAction.Change);

        // With the log writable, the same change is saved with its entry.
        (await browser.SubmitAsync(await browser.GetAsync(url), "#claim-form")).Location.ShouldBe(url);
        (await DeskTestData.FindAsync(app, contact.Id)).Status.ShouldBe(ContactStatus.InProgress);
        (await DeskTestData.LogOfAsync(app, contact.Id)).Count(e => e.Action == AccessAction.Change && e.ActorUserId == guide.Id).ShouldBe(1);
    }

    [Fact]
    public async Task Sending_a_referral_to_a_service_is_logged_as_a_disclosure_of_the_referral()
    {
        using var setup = await ReferralTestData.SetupAsync(app);

        var id = await ReferralTestData.ReferAsync(app, setup);

        var disclosure = (await ReferralTestData.LogOfAsync(app, id)).Where(e => e.Action == AccessAction.Disclose).ShouldHaveSingleItem();
        (disclosure.ActorUserId, disclosure.Purpose).ShouldBe((setup.Work.Guide.Id, AccessPurposes.ClientWork));
    }

    [Fact]
    public async Task Forwarding_a_referral_is_logged_as_a_disclosure_of_the_new_referral()
    {
        using var setup = await ReferralTestData.SetupAsync(app);
        var word = FinderTestData.UniqueWord();
        var other = await FinderTestData.CreateServiceAsync(app, "Perheneuvola " + word, $"Perheneuvonta {word}", ["564"], ["family-counselling-clinic"]);
        var id = await ReferralTestData.ReferAsync(app, setup);
        using var professional = await StaffTestData.SignedInAsync(app, setup.Professional);
        var search = await professional.GetAsync($"/inbox/referrals/{id}/forward?q={word}");

        (await professional.SubmitAsync(search, "#forward-form", new Dictionary<string, string> { ["serviceId"] = other.Id.ToString(), ["reason"] = "Perheneuvola sopii paremmin" }))
            .Location.ShouldBe($"/inbox/referrals/{id}");

        var onward = (await ReferralTestData.ReferralsOfAsync(app, setup.Contact.Id)).Single(r => r.Id != id);
        (await ReferralTestData.LogOfAsync(app, onward.Id)).Where(e => e.Action == AccessAction.Disclose).ShouldHaveSingleItem().ActorUserId.ShouldBe(setup.Professional.Id);
    }

    [Fact]
    public async Task Downloading_the_deadline_misses_is_logged_as_an_export_of_each_missed_clock()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var (_, first) = await ClockAsync(app, area.Id, ClockRule.Shl36Start, new DateOnly(2026, 3, 2), Late(new(2026, 3, 13), "Tulkki muualla"));
        var (_, second) = await ClockAsync(app, area.Id, ClockRule.Lsl26Decision, new DateOnly(2026, 3, 2), Late(new(2026, 3, 12), "Sijaista ei saatu"));
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        await browser.Http.GetByteArrayAsync("/reports/deadlines/misses?from=2026-03&to=2026-03", TestContext.Current.CancellationToken);

        var exports = await app.WithDbAsync(db => db.Set<AccessLogEntry>().AsNoTracking()
            .Where(e => e.ActorUserId == manager.Id && e.Action == AccessAction.Export).ToListAsync());
        exports.Select(e => (e.RecordType, e.RecordId, e.Purpose)).Order().ShouldBe(
            new[] { first.Id, second.Id }.Select(id => ("DeadlineClock", id.ToString(), AccessPurposes.Supervision)).Order());
    }

    /// <summary>SHA-256 of the version-1 canonical form, written here from its description, not taken from the product.</summary>
    private static string PlainHash(AccessLogEntry e, string recordId, string previousHash) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(
        '\n',
        "perhesilta-access-log-v1",
        e.Id.ToString("D"),
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        e.ActorUserId,
        e.Action.ToString(),
        e.RecordType,
        recordId,
        e.Purpose,
        previousHash))));

    private async Task<int> VerifyCommandAsync() =>
        await app.Services.GetServices<IAdminCommand>().Single(c => c.Name == "verify-access-log").RunAsync(app.Services, [], CancellationToken.None);

    /// <summary>Copies the entries from <paramref name="fromSequence"/> aside, tampers without the triggers, and puts the copies back as they were.</summary>
    private Task WithEntriesPutBackAsync(long fromSequence, Func<PerhesiltaDbContext, Task> tamper) =>
        TamperingHelper.WithoutTriggersAsync(app, async db =>
        {
            await db.Database.ExecuteSqlRawAsync("""DROP TABLE IF EXISTS saved_log""");
            // A statement that takes no parameters on PostgreSQL; the number is ours.
            var copy = """CREATE TABLE saved_log AS SELECT * FROM "AccessLogEntries" WHERE "Sequence" >= """ + fromSequence.ToString(CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlRawAsync(copy);
            try
            {
                await tamper(db);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"""DELETE FROM "AccessLogEntries" WHERE "Sequence" >= {fromSequence}""");
                await db.Database.ExecuteSqlRawAsync("""INSERT INTO "AccessLogEntries" SELECT * FROM saved_log""");
                await db.Database.ExecuteSqlRawAsync("DROP TABLE saved_log");
            }
        });

    /// <summary>Makes every insert into the log fail (as a full disk or a lost connection at that moment would) while <paramref name="action"/> runs.</summary>
    private async Task WithLogWritesFailingAsync(Func<Task> action)
    {
        var (create, drop) = app.Provider == DatabaseProviders.Postgres
            ? (new[]
            {
                "CREATE FUNCTION test_log_down() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the log cannot be written'; END; $$;",
                """CREATE TRIGGER test_log_down BEFORE INSERT ON "AccessLogEntries" FOR EACH ROW EXECUTE FUNCTION test_log_down();""",
            }, new[] { """DROP TRIGGER test_log_down ON "AccessLogEntries";""", "DROP FUNCTION test_log_down();" })
            : (new[] { """CREATE TRIGGER test_log_down BEFORE INSERT ON "AccessLogEntries" BEGIN SELECT RAISE(ABORT, 'the log cannot be written'); END;""" },
                new[] { "DROP TRIGGER test_log_down;" });
        await RunSqlAsync(create);
        try
        {
            await action();
        }
        finally
        {
            await RunSqlAsync(drop);
        }
    }

    private Task<int> RunSqlAsync(IEnumerable<string> statements) => app.WithDbAsync(async db =>
    {
        foreach (var sql in statements)
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }

        return 0;
    });

    public sealed class OnSqlite(SqliteApp app) : AccessLogTamperEvidenceTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AccessLogTamperEvidenceTests(app), IClassFixture<PostgresApp>;
}
