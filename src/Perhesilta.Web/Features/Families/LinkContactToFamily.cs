using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Features.Desk;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Families;

/// <summary>
/// The guide confirms that a contact is about a family (or takes the link back). A change to the contact like any
/// other: on the version the guide saw, access-logged, by a guide of the contact; the family must be one the guide
/// may see. The refusal keys are <see cref="FamilyText"/> keys.
/// </summary>
public sealed class LinkContactToFamily(PerhesiltaDbContext db, ContactChanges changes)
{
    public async Task<ContactChangeResult> LinkAsync(Guid contactId, Guid version, Guid familyId, string userId, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<Family>().Where(f => f.Id == familyId).VisibleTo(db, userId).AnyAsync(cancellationToken))
        {
            return ContactChangeResult.Refuse("Family.Error.NotAvailable");
        }

        return await changes.ApplyCheckedAsync(contactId, version, userId, async (contact, _) =>
        {
            if (contact.FamilyId is not null)
            {
                return ContactChangeResult.Refuse("Family.Error.AlreadyLinked");
            }

            contact.FamilyId = familyId;
            await ContactClocks.FamilyChangedAsync(db, contact, cancellationToken);
            return null;
        }, cancellationToken);
    }

    public Task<ContactChangeResult> UnlinkAsync(Guid contactId, Guid version, string userId, CancellationToken cancellationToken = default) =>
        changes.ApplyCheckedAsync(contactId, version, userId, async (contact, _) =>
        {
            if (contact.FamilyId is null)
            {
                return ContactChangeResult.Refuse("Family.Error.NotLinked");
            }

            contact.FamilyId = null;
            await ContactClocks.FamilyChangedAsync(db, contact, cancellationToken);
            return null;
        }, cancellationToken);
}
