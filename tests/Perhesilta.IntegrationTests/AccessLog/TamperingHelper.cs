using Microsoft.EntityFrameworkCore;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.IntegrationTests.AccessLog;

internal static class TamperingHelper
{
    /// <summary>Drops the append-only triggers (as someone with full database rights could), runs the action, and restores them.</summary>
    public static async Task WithoutTriggersAsync(PerhesiltaApp app, Func<PerhesiltaDbContext, Task> action)
    {
        await app.WithDbAsync(async db =>
        {
            foreach (var sql in AccessLogSchema.DropAppendOnlyTriggers(app.Provider))
            {
                await db.Database.ExecuteSqlRawAsync(sql);
            }

            try
            {
                await action(db);
            }
            finally
            {
                foreach (var sql in AccessLogSchema.CreateAppendOnlyTriggers(app.Provider))
                {
                    await db.Database.ExecuteSqlRawAsync(sql);
                }
            }

            return 0;
        });
    }

    /// <summary>Writes an entry as it is, with plain SQL past the application's checks (to put back a removed row, or to forge one).</summary>
    public static Task InsertRawAsync(PerhesiltaDbContext db, AccessLogEntry e) => db.Database.ExecuteSqlAsync($"""
        INSERT INTO "AccessLogEntries" ("Id", "Sequence", "Version", "OccurredAt", "ActorUserId", "Action", "RecordType", "RecordId", "Purpose", "PreviousHash", "Hash")
        VALUES ({e.Id}, {e.Sequence}, {e.Version}, {e.OccurredAt}, {e.ActorUserId}, {e.Action.ToString()}, {e.RecordType}, {e.RecordId}, {e.Purpose}, {e.PreviousHash}, {e.Hash})
        """);
}
