using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Features.Desk;

/// <summary>The contact goes back to the queue with nobody responsible for it; its status stays as it is.</summary>
public sealed class ReleaseContact(ContactChanges changes)
{
    public Task<ContactChangeResult> HandleAsync(Guid id, Guid version, string userId, CancellationToken cancellationToken = default) =>
        changes.ApplyAsync(id, version, userId, (contact, _) =>
        {
            if (contact.Status == ContactStatus.Closed)
            {
                return ContactChangeResult.Refuse("Contact.Error.Closed");
            }

            if (contact.AssignedToUserId is null)
            {
                return ContactChangeResult.Refuse("Assign.Error.NotAssigned");
            }

            (contact.AssignedToUserId, contact.AssignedAt) = (null, null);
            return null;
        }, cancellationToken);
}
