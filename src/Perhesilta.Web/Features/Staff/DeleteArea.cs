using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

/// <summary>Deletes an area created by mistake. Only an empty one: no municipality belongs to it and nobody serves it.</summary>
public sealed class DeleteArea(PerhesiltaDbContext db)
{
    /// <summary>Null when deleted, otherwise the key of the message that says why not.</summary>
    public async Task<string?> HandleAsync(string? areaCode, CancellationToken cancellationToken = default)
    {
        var area = await db.Set<Area>().SingleOrDefaultAsync(a => a.Code == areaCode, cancellationToken);
        if (area is null)
        {
            return "Area.Error.UnknownArea";
        }

        if (await db.Set<Municipality>().AnyAsync(m => m.AreaId == area.Id, cancellationToken))
        {
            return "Area.Error.HasMunicipalities";
        }

        if (await db.Set<StaffArea>().AnyAsync(s => s.AreaId == area.Id, cancellationToken))
        {
            return "Area.Error.HasStaff";
        }

        db.Remove(area);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
