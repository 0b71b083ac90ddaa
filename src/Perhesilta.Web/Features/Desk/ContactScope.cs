using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>The contacts a member of staff works with: those of the areas they serve and of their single municipalities.</summary>
internal static class ContactScope
{
    public static IQueryable<Contact> ServedBy(this IQueryable<Contact> contacts, PerhesiltaDbContext db, string userId) =>
        contacts.Where(c =>
            db.Set<StaffArea>().Any(a => a.UserId == userId && a.AreaId == c.AreaId)
            || db.Set<StaffMunicipality>().Any(m => m.UserId == userId && m.MunicipalityCode == c.MunicipalityCode));
}
