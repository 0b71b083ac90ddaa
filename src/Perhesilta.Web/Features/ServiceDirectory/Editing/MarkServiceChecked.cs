using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>
/// "Information checked today" in one step: the editor confirmed that the service is as described, so its
/// check date becomes today, as a version of its own. Nothing else changes, so no one's edit can be overwritten.
/// </summary>
public sealed class MarkServiceChecked(PerhesiltaDbContext db, TimeProvider clock)
{
    /// <summary>False when there is no such service.</summary>
    public async Task<bool> HandleAsync(Guid id, string userId, CancellationToken cancellationToken = default)
    {
        var service = await db.Set<DirectoryService>().WithRows().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return false;
        }

        var today = DirectoryDates.Today(clock);
        if (service.CheckedOn != today)
        {
            service.CheckedOn = today;
            DirectoryHistory.Record(db, service, DirectoryChangeSource.Editor, userId, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
