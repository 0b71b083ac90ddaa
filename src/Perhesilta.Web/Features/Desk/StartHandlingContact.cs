using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Features.Desk;

/// <summary>"I am handling this": a guide takes a received contact; the asker's status page then says a guide is handling it.</summary>
public sealed class StartHandlingContact(ContactChanges changes)
{
    public Task<ContactChangeResult> HandleAsync(Guid id, Guid version, string userId, CancellationToken cancellationToken = default) =>
        changes.ApplyAsync(id, version, userId, (contact, _) =>
        {
            if (contact.Status != ContactStatus.Received)
            {
                return ContactChangeResult.Refuse("Contact.Error.AlreadyTaken");
            }

            contact.Status = ContactStatus.InProgress;
            return null;
        }, cancellationToken);
}
