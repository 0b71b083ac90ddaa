using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Shouldly;

namespace Perhesilta.IntegrationTests.AccessLog;

/// <summary>
/// The chain in the database: appending, verifying, and refusing changes. Tests that tamper put the row back and
/// the triggers in place before they end, so every test starts from a whole chain.
/// </summary>
public abstract class AccessLogChainTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_chain_of_many_entries_verifies_across_batches()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var log = app.Services.GetRequiredService<IAccessLog>();
        for (var i = 0; i < VerifyAccessLog.BatchSize + 150; i++)
        {
            await log.RecordAsync(actor.Id, (AccessAction)(i % 5), "Family", $"{i}", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);
        }

        var result = await VerifyAsync();

        result.Ok.ShouldBeTrue();
        result.EntriesChecked.ShouldBe(await CountAsync());
        result.EntriesChecked.ShouldBeGreaterThanOrEqualTo(VerifyAccessLog.BatchSize + 150);
        result.FirstBrokenSequence.ShouldBeNull();
    }

    [Fact]
    public async Task Twenty_concurrent_writers_in_two_instances_give_a_gapless_valid_chain()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var before = await CountAsync();
        // A second writer with its own lock stands for a second application instance on the same database.
        var instances = new IAccessLog[]
        {
            app.Services.GetRequiredService<IAccessLog>(),
            new AccessLogWriter(app.Services.GetRequiredService<IServiceScopeFactory>(), new HttpContextAccessor(), TimeProvider.System),
        };

        var entries = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => instances[i % 2].RecordAsync(actor.Id, AccessAction.View, "Family", $"concurrent-{i}", AccessPurposes.ClientWork))));

        entries.Select(e => e.Sequence).Order().ShouldBe(Enumerable.Range((int)before + 1, 20).Select(i => (long)i));
        var sequences = await app.WithDbAsync(db => db.Set<AccessLogEntry>().OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        sequences.ShouldBe(Enumerable.Range(1, sequences.Count).Select(i => (long)i));
        (await VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task An_entry_changed_in_the_database_is_reported_at_its_exact_sequence()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var log = app.Services.GetRequiredService<IAccessLog>();
        var entries = new List<AccessLogEntry>();
        for (var i = 0; i < 5; i++)
        {
            entries.Add(await log.RecordAsync(actor.Id, AccessAction.View, "Family", $"tamper-{i}", AccessPurposes.ClientWork, TestContext.Current.CancellationToken));
        }

        var target = entries[2];
        await WithoutTriggersAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "AccessLogEntries" SET "RecordId" = 'someone-else' WHERE "Sequence" = {target.Sequence}""");
            var broken = await VerifyAsync();
            await db.Database.ExecuteSqlAsync($"""UPDATE "AccessLogEntries" SET "RecordId" = {target.RecordId} WHERE "Sequence" = {target.Sequence}""");

            broken.Ok.ShouldBeFalse();
            broken.FirstBrokenSequence.ShouldBe(target.Sequence);
            broken.Reason.ShouldBe(ChainBreak.HashMismatch);
            broken.EntriesChecked.ShouldBe(target.Sequence);
        });

        (await VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task A_rehashed_entry_breaks_the_link_to_the_next_one()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var log = app.Services.GetRequiredService<IAccessLog>();
        var first = await log.RecordAsync(actor.Id, AccessAction.Export, "Family", "rehash-1", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);
        var second = await log.RecordAsync(actor.Id, AccessAction.View, "Family", "rehash-2", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);

        await WithoutTriggersAsync(async db =>
        {
            // A forger who recomputes the changed entry's own hash still breaks the next entry's link.
            var forged = await db.Set<AccessLogEntry>().AsNoTracking().SingleAsync(e => e.Sequence == first.Sequence);
            typeof(AccessLogEntry).GetProperty(nameof(AccessLogEntry.Action))!.SetValue(forged, AccessAction.View);
            var forgedHash = forged.ComputeHash(app.Services.GetRequiredService<AccessLogKey>());
            await db.Database.ExecuteSqlAsync($"""UPDATE "AccessLogEntries" SET "Action" = 'View', "Hash" = {forgedHash} WHERE "Sequence" = {first.Sequence}""");
            var broken = await VerifyAsync();
            await db.Database.ExecuteSqlAsync($"""UPDATE "AccessLogEntries" SET "Action" = 'Export', "Hash" = {first.Hash} WHERE "Sequence" = {first.Sequence}""");

            broken.FirstBrokenSequence.ShouldBe(second.Sequence);
            broken.Reason.ShouldBe(ChainBreak.PreviousHashMismatch);
        });

        (await VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task A_removed_entry_is_reported_as_a_gap_at_its_sequence()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var log = app.Services.GetRequiredService<IAccessLog>();
        var removed = await log.RecordAsync(actor.Id, AccessAction.View, "Family", "gap-1", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);
        await log.RecordAsync(actor.Id, AccessAction.View, "Family", "gap-2", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);

        await WithoutTriggersAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "AccessLogEntries" WHERE "Sequence" = {removed.Sequence}""");
            var broken = await VerifyAsync();
            await TamperingHelper.InsertRawAsync(db, removed);

            broken.FirstBrokenSequence.ShouldBe(removed.Sequence);
            broken.Reason.ShouldBe(ChainBreak.Gap);
        });

        (await VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Changing_or_deleting_an_entry_through_EF_is_refused()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var entry = await app.Services.GetRequiredService<IAccessLog>().RecordAsync(actor.Id, AccessAction.View, "Family", "ef-1", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);

        await app.WithDbAsync(async db =>
        {
            var loaded = await db.Set<AccessLogEntry>().SingleAsync(e => e.Id == entry.Id);
            db.Entry(loaded).Property(e => e.RecordId).CurrentValue = "ef-2";
            var changing = await Should.ThrowAsync<AccessLogAppendOnlyException>(() => db.SaveChangesAsync());
            changing.Message.ShouldContain($"entry {entry.Sequence} cannot be changed");
            db.ChangeTracker.Clear();

            db.Remove(await db.Set<AccessLogEntry>().SingleAsync(e => e.Id == entry.Id));
            var deleting = await Should.ThrowAsync<AccessLogAppendOnlyException>(() => db.SaveChangesAsync());
            deleting.Message.ShouldContain("cannot be deleted");
            return 0;
        });

        (await app.WithDbAsync(db => db.Set<AccessLogEntry>().SingleAsync(e => e.Id == entry.Id))).RecordId.ShouldBe("ef-1");
    }

    [Fact]
    public async Task The_database_refuses_raw_updates_deletes_and_truncation_of_entries()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var entry = await app.Services.GetRequiredService<IAccessLog>().RecordAsync(actor.Id, AccessAction.View, "Family", "raw-1", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);

        await app.WithDbAsync(async db =>
        {
            var update = await Should.ThrowAsync<Exception>(() =>
                db.Database.ExecuteSqlAsync($"""UPDATE "AccessLogEntries" SET "RecordId" = 'raw-2' WHERE "Sequence" = {entry.Sequence}"""));
            update.Message.ShouldContain("append-only");
            var delete = await Should.ThrowAsync<Exception>(() => db.Set<AccessLogEntry>().Where(e => e.Sequence == entry.Sequence).ExecuteDeleteAsync());
            delete.Message.ShouldContain("append-only");
            if (app.Provider == DatabaseProviders.Postgres)
            {
                var truncate = await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""TRUNCATE "AccessLogEntries" """));
                truncate.Message.ShouldContain("append-only");
            }

            return 0;
        });

        (await app.WithDbAsync(db => db.Set<AccessLogEntry>().SingleAsync(e => e.Id == entry.Id))).RecordId.ShouldBe("raw-1");
    }

    [Fact]
    public async Task Logging_never_saves_the_callers_pending_changes()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var friendlyName = "pending-" + Guid.NewGuid().ToString("N");

        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = "<key />" });
            await services.GetRequiredService<IAccessLog>().RecordAsync(actor.Id, AccessAction.Create, "Family", "pending-1", AccessPurposes.ClientWork);
        });

        (await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync(k => k.FriendlyName == friendlyName))).ShouldBe(0);
    }

    [Theory]
    [InlineData("Matti Meikäläinen")]
    [InlineData("matti@perhesilta.example")]
    [InlineData("123\nextra")]
    [InlineData("")]
    public async Task Free_text_in_place_of_a_record_id_is_refused_and_nothing_is_written(string recordId)
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);

        await Should.ThrowAsync<ArgumentException>(() =>
            app.Services.GetRequiredService<IAccessLog>().RecordAsync(actor.Id, AccessAction.View, "Family", recordId, AccessPurposes.ClientWork));

        (await app.WithDbAsync(db => db.Set<AccessLogEntry>().CountAsync(e => e.ActorUserId == actor.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task The_verify_command_exits_with_0_for_a_whole_chain_and_1_for_a_broken_one()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var entry = await app.Services.GetRequiredService<IAccessLog>().RecordAsync(actor.Id, AccessAction.View, "Family", "command-1", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);
        var command = app.Services.GetServices<global::Perhesilta.Platform.Operations.IAdminCommand>().Single(c => c.Name == "verify-access-log");

        (await command.RunAsync(app.Services, [], CancellationToken.None)).ShouldBe(0);

        await WithoutTriggersAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "AccessLogEntries" SET "Purpose" = 'audit' WHERE "Sequence" = {entry.Sequence}""");
            var exitCode = await command.RunAsync(app.Services, [], CancellationToken.None);
            await db.Database.ExecuteSqlAsync($"""UPDATE "AccessLogEntries" SET "Purpose" = 'client-work' WHERE "Sequence" = {entry.Sequence}""");
            exitCode.ShouldBe(1);
        });

        (await command.RunAsync(app.Services, [], CancellationToken.None)).ShouldBe(0);
    }

    private async Task<AccessLogVerification> VerifyAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerifyAccessLog>().HandleAsync(CancellationToken.None);
    }

    private Task<long> CountAsync() => app.WithDbAsync(db => db.Set<AccessLogEntry>().LongCountAsync());

    private Task WithoutTriggersAsync(Func<PerhesiltaDbContext, Task> action) => TamperingHelper.WithoutTriggersAsync(app, action);

    public sealed class OnSqlite(SqliteApp app) : AccessLogChainTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AccessLogChainTests(app), IClassFixture<PostgresApp>;
}
