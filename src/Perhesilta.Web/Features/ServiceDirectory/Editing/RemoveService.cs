using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Editing;

public enum RemoveServiceOutcome
{
    Removed,

    NotFound,

    /// <summary>A guide has guided a family to it: the contact's record must keep pointing at it, so it is marked defunct or inactive instead.</summary>
    InUse,
}

/// <summary>
/// Removes a service entered by mistake, never used. Its history stays, the last version marked as the removal.
/// A service that families were guided to is not removed but marked defunct (it closed) or inactive.
/// </summary>
public sealed class RemoveService(PerhesiltaDbContext db, TimeProvider clock)
{
    public async Task<RemoveServiceOutcome> HandleAsync(Guid id, string userId, CancellationToken cancellationToken = default)
    {
        var service = await db.Set<DirectoryService>().WithRows().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return RemoveServiceOutcome.NotFound;
        }

        if (await db.Set<ContactAction>().AnyAsync(a => a.ServiceId == id, cancellationToken))
        {
            return RemoveServiceOutcome.InUse;
        }

        DirectoryHistory.Record(db, service, DirectoryChangeSource.Editor, userId, clock.GetUtcNow().UtcDateTime, removal: true);
        db.Remove(service);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ConstraintViolations.IsForeignKey(ex))
        {
            // A guide recorded guidance to it between the check and the removal.
            return RemoveServiceOutcome.InUse;
        }

        return RemoveServiceOutcome.Removed;
    }
}
