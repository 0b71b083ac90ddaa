using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

public sealed class MoveMunicipalityInput
{
    public string? MunicipalityCode { get; set; }

    public string? AreaCode { get; set; }
}

/// <summary>
/// Moves a municipality to another area. Its statistical sub-region stays as it is; the staff who serve the new area
/// serve the municipality from now on.
/// </summary>
public sealed class MoveMunicipality(PerhesiltaDbContext db)
{
    /// <summary>Null when moved, otherwise the key of the message that says why not.</summary>
    public async Task<string?> HandleAsync(MoveMunicipalityInput input, CancellationToken cancellationToken = default)
    {
        var municipality = await db.Set<Municipality>().SingleOrDefaultAsync(m => m.Code == input.MunicipalityCode, cancellationToken);
        if (municipality is null)
        {
            return "Area.Error.UnknownMunicipality";
        }

        var area = await db.Set<Area>().SingleOrDefaultAsync(a => a.Code == input.AreaCode, cancellationToken);
        if (area is null)
        {
            return "Area.Error.UnknownArea";
        }

        municipality.AreaId = area.Id;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
