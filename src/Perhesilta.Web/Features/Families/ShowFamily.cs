using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Families;

public sealed record FamilyView(Family Family, string Area, string Municipality, IReadOnlyList<FamilyContactRow> Contacts);

public sealed record ShowFamilyResult(ContactAccess Access, FamilyView? View = null);

/// <summary>One family with its members and every contact linked to it, for a guide who may see it.</summary>
public sealed class ShowFamily(PerhesiltaDbContext db)
{
    public async Task<ShowFamilyResult> HandleAsync(Guid id, string userId, CancellationToken cancellationToken = default)
    {
        var family = await db.Set<Family>().AsNoTracking().Include(f => f.Members).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (family is null)
        {
            return new ShowFamilyResult(ContactAccess.NotFound);
        }

        if (!await db.Set<Family>().Where(f => f.Id == id).VisibleTo(db, userId).AnyAsync(cancellationToken))
        {
            return new ShowFamilyResult(ContactAccess.Forbidden);
        }

        family.Members.Sort((a, b) => (a.Role, a.BirthDate, a.Id).CompareTo((b.Role, b.BirthDate, b.Id)));
        var area = await db.Set<Area>().AsNoTracking().SingleAsync(a => a.Id == family.AreaId, cancellationToken);
        var municipality = await db.Set<Municipality>().AsNoTracking().SingleAsync(m => m.Code == family.MunicipalityCode, cancellationToken);
        var contacts = await FamilyContacts.ListAsync(db, id, cancellationToken);
        return new ShowFamilyResult(ContactAccess.Found, new FamilyView(family, area.LocalName(), municipality.LocalName(), contacts));
    }
}
