using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Families;

/// <summary>What the contact page shows of the linked family: who is in it and its earlier contacts.</summary>
public sealed record ContactFamilyView(Guid ContactId, FamilySummary? Family, IReadOnlyList<FamilyContactRow> EarlierContacts);

/// <summary>
/// Loads the family section of the contact page (<c>_ContactFamily.cshtml</c>). The contact page has already checked
/// that the guide serves the contact, and a guide who serves a linked contact may see its family.
/// </summary>
public sealed class ContactFamilyQuery(PerhesiltaDbContext db)
{
    public async Task<ContactFamilyView> LoadAsync(Contact contact, CancellationToken cancellationToken = default)
    {
        if (contact.FamilyId is not { } familyId)
        {
            return new ContactFamilyView(contact.Id, null, []);
        }

        var family = (await FamilySummaries.LoadAsync(db, [familyId], cancellationToken)).Single();
        var earlier = await FamilyContacts.ListAsync(db, familyId, cancellationToken, before: contact);
        return new ContactFamilyView(contact.Id, family, earlier);
    }
}
