using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>Removes one of a person's busy times typed by hand; imported ones go only with their calendar.</summary>
public sealed class RemoveBusyTime(PerhesiltaDbContext db)
{
    public async Task<bool> HandleAsync(string userId, Guid id, CancellationToken cancellationToken) =>
        await db.Set<StaffBusyTime>().Where(b => b.Id == id && b.UserId == userId && b.Source == BusySource.Manual).ExecuteDeleteAsync(cancellationToken) == 1;
}
