using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.AccessLog;

/// <summary>
/// Checkpoints and restores against a real database: a shortened chain is broken until a restore is recorded, a
/// restore entry made without the key is not accepted, and two application instances append to one gapless chain.
/// </summary>
public abstract class AccessLogCheckpointTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_shortened_chain_is_broken_until_the_restore_is_recorded_and_a_restore_forged_without_the_key_stays_broken()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var log = app.Services.GetRequiredService<IAccessLog>();
        var backedUp = await log.RecordAsync(actor.Id, AccessAction.View, "Family", "restore-1", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);
        var atBackup = (await WriteCheckpointAsync())!;
        await log.RecordAsync(actor.Id, AccessAction.View, "Family", "restore-2", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);
        var newest = (await WriteCheckpointAsync())!;
        atBackup.Sequence.ShouldBe(backedUp.Sequence);

        // The database goes back to the backup, taken at the first checkpoint: the later entries are gone.
        await TamperingHelper.WithoutTriggersAsync(app, db =>
            db.Database.ExecuteSqlAsync($"""DELETE FROM "AccessLogEntries" WHERE "Sequence" > {backedUp.Sequence}"""));
        var truncated = await VerifyAsync();
        (truncated.Ok, truncated.Reason, truncated.Checkpoint).ShouldBe((false, (ChainBreak?)ChainBreak.Truncated, (long?)newest.Number));
        VerifyAccessLogCommand.Describe(truncated).ShouldContain($"truncated after checkpoint {newest.Number}");

        // Someone without the key writes the restore entry themselves.
        var forged = AccessLogEntry.Create(backedUp.Sequence + 1, backedUp.Hash, DateTime.UtcNow, actor.Id, AccessAction.Restore, AccessLogRestore.RecordType, $"{atBackup.Number}", AccessPurposes.Administration, new AccessLogKey(AccessLogKey.NewKeyBytes()));
        await TamperingHelper.WithoutTriggersAsync(app, async db =>
        {
            await TamperingHelper.InsertRawAsync(db, forged);
            var withForgery = await VerifyAsync();
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "AccessLogEntries" WHERE "Sequence" = {forged.Sequence}""");
            (withForgery.Ok, withForgery.Reason, withForgery.FirstBrokenSequence).ShouldBe((false, (ChainBreak?)ChainBreak.HashMismatch, (long?)forged.Sequence));
        });

        AccessLogRestoreResult restored;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            restored = await scope.ServiceProvider.GetRequiredService<AccessLogRestore>().RecordRestoredAsync(cancellationToken: TestContext.Current.CancellationToken);
        }

        restored.Checkpoint.ShouldBe(atBackup.Number);
        (restored.Entry!.Action, restored.Entry.RecordType, restored.Entry.RecordId).ShouldBe((AccessAction.Restore, "AccessLogCheckpoint", $"{atBackup.Number}"));
        restored.Verification.Ok.ShouldBeTrue();

        // The chain goes on after the restore; a checkpoint written now must match the new chain, and does.
        await log.RecordAsync(actor.Id, AccessAction.View, "Family", "restore-3", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);
        (await WriteCheckpointAsync())!.Number.ShouldBeGreaterThan(newest.Number);
        (await VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task A_checkpoint_file_changed_by_hand_is_a_finding()
    {
        await app.Services.GetRequiredService<IAccessLog>().RecordAsync((await app.CreateStaffAsync(StaffRoles.ServiceGuide)).Id, AccessAction.View, "Family", "signed-1", AccessPurposes.ClientWork, TestContext.Current.CancellationToken);
        var checkpoint = (await WriteCheckpointAsync())!;
        var file = Path.Combine(app.CheckpointFolder, AccessLogCheckpointFolder.FileName(checkpoint.Number));
        var original = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        try
        {
            await File.WriteAllTextAsync(file, original.Replace($"\"sequence\": {checkpoint.Sequence}", $"\"sequence\": {checkpoint.Sequence - 1}", StringComparison.Ordinal), TestContext.Current.CancellationToken);
            var result = await VerifyAsync();
            (result.Ok, result.Reason, result.Checkpoint).ShouldBe((false, (ChainBreak?)ChainBreak.CheckpointInvalid, (long?)checkpoint.Number));
        }
        finally
        {
            await File.WriteAllTextAsync(file, original, TestContext.Current.CancellationToken);
        }

        (await VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Two_application_instances_appending_at_once_give_one_gapless_chain_that_verifies()
    {
        var actor = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        await using var second = app.WithWebHostBuilder(_ => { });
        var instances = new[] { app.Services.GetRequiredService<IAccessLog>(), second.Services.GetRequiredService<IAccessLog>() };
        var before = await app.WithDbAsync(db => db.Set<AccessLogEntry>().MaxAsync(e => (long?)e.Sequence)) ?? 0;

        var entries = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            Task.Run(() => instances[i % 2].RecordAsync(actor.Id, AccessAction.View, "Family", $"instances-{i}", AccessPurposes.ClientWork))));

        entries.Select(e => e.Sequence).Order().ShouldBe(Enumerable.Range((int)before + 1, 30).Select(i => (long)i));
        var sequences = await app.WithDbAsync(db => db.Set<AccessLogEntry>().OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        sequences.ShouldBe(Enumerable.Range(1, sequences.Count).Select(i => (long)i));
        (await VerifyAsync()).Ok.ShouldBeTrue();
    }

    private async Task<AccessLogCheckpoint?> WriteCheckpointAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WriteAccessLogCheckpoint>().HandleAsync(CancellationToken.None);
    }

    private async Task<AccessLogVerification> VerifyAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerifyAccessLog>().HandleAsync(CancellationToken.None);
    }

    public sealed class OnSqlite(SqliteApp app) : AccessLogCheckpointTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AccessLogCheckpointTests(app), IClassFixture<PostgresApp>;
}
