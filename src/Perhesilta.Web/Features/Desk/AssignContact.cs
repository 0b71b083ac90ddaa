using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>A service guide who may be given a contact.</summary>
public sealed record AssignableGuide(string Id, string Name);

/// <summary>
/// A guide gives the contact to another service guide who serves its area or municipality. Anyone else — a guide of
/// another area, an inactive account, someone who is no guide — is refused and nothing is saved.
/// </summary>
public sealed class AssignContact(ContactChanges changes, PerhesiltaDbContext db)
{
    public Task<ContactChangeResult> HandleAsync(Guid id, Guid version, string? assigneeId, string userId, CancellationToken cancellationToken = default) =>
        changes.ApplyCheckedAsync(id, version, userId, async (contact, now) =>
        {
            if (contact.Status == ContactStatus.Closed)
            {
                return ContactChangeResult.Refuse("Contact.Error.Closed");
            }

            if (string.IsNullOrWhiteSpace(assigneeId))
            {
                return ContactChangeResult.Refuse("Assign.Error.Required");
            }

            if (!await GuideRoles.IsActiveGuideAsync(db, assigneeId, cancellationToken))
            {
                return ContactChangeResult.Refuse("Assign.Error.NotGuide");
            }

            if (!await db.Set<Contact>().Where(c => c.Id == id).ServedBy(db, assigneeId).AnyAsync(cancellationToken))
            {
                return ContactChangeResult.Refuse("Assign.Error.OtherArea");
            }

            if (contact.AssignedToUserId == assigneeId)
            {
                return ContactChangeResult.Refuse("Assign.Error.AlreadyAssigned");
            }

            contact.AssignedToUserId = assigneeId;
            contact.AssignedAt = now;
            if (contact.Status == ContactStatus.Received)
            {
                contact.Status = ContactStatus.InProgress;
            }

            return null;
        }, cancellationToken);

    /// <summary>The active service guides who serve the contact's area or municipality, by name.</summary>
    public async Task<IReadOnlyList<AssignableGuide>> ChoicesAsync(Contact contact, CancellationToken cancellationToken = default) =>
        await GuideRoles.ActiveGuides(db)
            .Where(u => db.Set<StaffArea>().Any(a => a.UserId == u.Id && a.AreaId == contact.AreaId)
                || db.Set<StaffMunicipality>().Any(m => m.UserId == u.Id && m.MunicipalityCode == contact.MunicipalityCode))
            .OrderBy(u => u.DisplayName)
            .Select(u => new AssignableGuide(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
}
