using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Families;

/// <summary>A contact of a family as its history lists it.</summary>
public sealed record FamilyContactRow(Guid Id, string ReferenceCode, DateTime InitiatedAt, ContactStatus Status, ContactOutcome? Outcome);

internal static class FamilyContacts
{
    /// <summary>The family's contacts, newest first; <paramref name="before"/> keeps those that arrived earlier than it.</summary>
    public static Task<List<FamilyContactRow>> ListAsync(PerhesiltaDbContext db, Guid familyId, CancellationToken cancellationToken, Contact? before = null)
    {
        var contacts = db.Set<Contact>().AsNoTracking().Where(c => c.FamilyId == familyId);
        if (before is not null)
        {
            contacts = contacts.Where(c => c.Id != before.Id && c.InitiatedAt <= before.InitiatedAt);
        }

        return contacts
            .OrderByDescending(c => c.InitiatedAt)
            .Select(c => new FamilyContactRow(c.Id, c.ReferenceCode, c.InitiatedAt, c.Status, c.Outcome))
            .ToListAsync(cancellationToken);
    }
}
