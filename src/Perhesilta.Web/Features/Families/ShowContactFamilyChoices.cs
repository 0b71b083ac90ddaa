using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Families;

/// <summary>The contact's own details that families are matched on, and its version for the link and create forms.</summary>
public sealed record ContactForFamily(Guid Id, string ReferenceCode, Guid Version, string? Name, string? Phone, string? Email, Guid? FamilyId);

public sealed record ContactFamilyChoices(ContactForFamily Contact, FamilySummary? Linked, IReadOnlyList<FamilySuggestion> Suggestions);

public sealed record ContactFamilyChoicesResult(ContactAccess Access, ContactFamilyChoices? Choices = null);

/// <summary>
/// For /desk/contacts/{id}/family: the family linked to the contact, or families suggested for it — by the contact's
/// name with its phone or e-mail, and by an identity code the guide searched for.
/// </summary>
public sealed class ShowContactFamilyChoices(PerhesiltaDbContext db, FindFamilySuggestions find)
{
    /// <param name="identityCode">A valid code in its normal form that the guide searched for, or null.</param>
    public async Task<ContactFamilyChoicesResult> HandleAsync(Guid contactId, string userId, string? identityCode, CancellationToken cancellationToken)
    {
        var contact = await db.Set<Contact>().AsNoTracking()
            .Where(c => c.Id == contactId)
            .Select(c => new ContactForFamily(c.Id, c.ReferenceCode, c.Version, c.ContactName, c.Phone, c.Email, c.FamilyId))
            .SingleOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            return new ContactFamilyChoicesResult(ContactAccess.NotFound);
        }

        if (!await db.Set<Contact>().Where(c => c.Id == contactId).ServedBy(db, userId).AnyAsync(cancellationToken))
        {
            return new ContactFamilyChoicesResult(ContactAccess.Forbidden);
        }

        var linked = contact.FamilyId is { } familyId
            ? (await FamilySummaries.LoadAsync(db, [familyId], cancellationToken)).Single()
            : null;
        var suggestions = new List<FamilySuggestion>();
        if (identityCode is not null)
        {
            suggestions.AddRange(await find.ByIdentityCodeAsync(identityCode, userId, contact.FamilyId, cancellationToken));
        }

        if (linked is null)
        {
            var byDetails = await find.ByContactDetailsAsync(contact.Name, contact.Phone, contact.Email, userId, contact.FamilyId, cancellationToken);
            suggestions.AddRange(byDetails.Where(s => suggestions.All(found => found.Family.Id != s.Family.Id)));
        }

        return new ContactFamilyChoicesResult(ContactAccess.Found, new ContactFamilyChoices(contact, linked, suggestions));
    }
}
