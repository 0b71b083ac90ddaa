using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Features.Desk;

/// <summary>"The family has been contacted": the response target is met; the asker's status page says so.</summary>
public sealed class MarkFamilyContacted(ContactChanges changes)
{
    public Task<ContactChangeResult> HandleAsync(Guid id, Guid version, string userId, CancellationToken cancellationToken = default) =>
        changes.ApplyAsync(id, version, userId, (contact, _) =>
        {
            if (contact.Status is not (ContactStatus.Received or ContactStatus.InProgress))
            {
                return ContactChangeResult.Refuse("Contact.Error.AlreadyContacted");
            }

            // Anonymous advice has nobody to contact; it is answered on the status page instead.
            if (contact.Kind == ContactKind.AnonymousAdvice)
            {
                return ContactChangeResult.Refuse("Contact.Error.AdviceIsAnswered");
            }

            contact.Status = ContactStatus.Contacted;
            return null;
        }, cancellationToken);
}
