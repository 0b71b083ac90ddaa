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
}
