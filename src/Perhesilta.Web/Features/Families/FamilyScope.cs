using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Families;

/// <summary>
/// The families a guide may see: those of an area or a single municipality they serve, and those with a contact the
/// guide serves (a family that moved keeps its history with the guides it met). The last is
/// <see cref="ContactScope.ServedBy"/> written out, as a query inside a query must be for EF Core to translate it.
/// </summary>
internal static class FamilyScope
{
    public static IQueryable<Family> VisibleTo(this IQueryable<Family> families, PerhesiltaDbContext db, string userId) =>
        families.Where(f =>
            db.Set<StaffArea>().Any(a => a.UserId == userId && a.AreaId == f.AreaId)
            || db.Set<StaffMunicipality>().Any(m => m.UserId == userId && m.MunicipalityCode == f.MunicipalityCode)
            || db.Set<Contact>().Any(c => c.FamilyId == f.Id
                && (db.Set<StaffArea>().Any(a => a.UserId == userId && a.AreaId == c.AreaId)
                    || db.Set<StaffMunicipality>().Any(m => m.UserId == userId && m.MunicipalityCode == c.MunicipalityCode))));
}
