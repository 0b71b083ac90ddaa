using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Features.Desk;

/// <summary>
/// "I called the family just now": the quick way to record phone guidance, done now and with no duration or note (the
/// action form takes those). Like any action that reaches the family, it sets the time to first contact and the asker's
/// status page then says they have been contacted.
/// </summary>
public sealed class MarkFamilyContacted(ContactChanges changes, RecordAction actions)
{
    public Task<ContactChangeResult> HandleAsync(Guid id, Guid version, string userId, CancellationToken cancellationToken = default) =>
        changes.ApplyCheckedAsync(id, version, userId, async (contact, now) =>
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

            await actions.ApplyAsync(contact, ActionKind.PhoneGuidance, now, null, null, userId, now, null, cancellationToken);
            return null;
        }, cancellationToken);
}
