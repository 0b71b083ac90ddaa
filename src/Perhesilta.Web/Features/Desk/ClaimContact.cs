using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>
/// "Otan tämän": a guide takes a contact as their own; a received one is then in progress, and the asker's status page
/// says a guide is handling it. Of two guides claiming at the same moment one wins (optimistic concurrency on the
/// contact's version); the other is told who took it.
/// </summary>
public sealed class ClaimContact(ContactChanges changes, PerhesiltaDbContext db)
{
    private const string TakenBy = "Contact.Error.TakenBy";

    public async Task<ContactChangeResult> HandleAsync(Guid id, Guid version, string userId, CancellationToken cancellationToken = default)
    {
        var result = await changes.ApplyAsync(id, version, userId, (contact, now) =>
        {
            if (contact.Status == ContactStatus.Closed)
            {
                return ContactChangeResult.Refuse("Contact.Error.Closed");
            }

            if (contact.AssignedToUserId == userId)
            {
                return ContactChangeResult.Refuse("Contact.Error.AlreadyYours");
            }

            if (contact.AssignedToUserId is not null)
            {
                return ContactChangeResult.Refuse(TakenBy);
            }

            contact.AssignedToUserId = userId;
            contact.AssignedAt = now;
            if (contact.Status == ContactStatus.Received)
            {
                contact.Status = ContactStatus.InProgress;
            }

            return null;
        }, cancellationToken);

        // Lost the race, or found it taken: either way the guide needs to know who has it now.
        if (result.Outcome == ContactChangeOutcome.Stale || result.MessageKey == TakenBy)
        {
            var holder = await db.Set<Contact>().AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { c.AssignedToUserId, Name = db.Users.Where(u => u.Id == c.AssignedToUserId).Select(u => u.DisplayName).FirstOrDefault() })
                .SingleAsync(cancellationToken);
            if (holder.AssignedToUserId is not null)
            {
                // A second click on a page loaded before the first claim finds the contact already the guide's own.
                return holder.AssignedToUserId == userId
                    ? ContactChangeResult.Refuse("Contact.Error.AlreadyYours")
                    : ContactChangeResult.Refuse(TakenBy, holder.Name ?? "");
            }
        }

        return result;
    }
}
