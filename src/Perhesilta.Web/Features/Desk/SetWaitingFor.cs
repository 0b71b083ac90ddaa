using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Features.Desk;

/// <summary>Marks what the contact is waiting for ("a reply from school health care"), or clears the mark.</summary>
public sealed class SetWaitingFor(ContactChanges changes)
{
    public const int MaxLength = ContactLimits.ShortText;

    public Task<ContactChangeResult> HandleAsync(Guid id, Guid version, string? waitingFor, string userId, CancellationToken cancellationToken = default)
    {
        var text = waitingFor?.Trim() ?? "";
        return changes.ApplyAsync(id, version, userId, (contact, now) =>
        {
            var refusal = contact.Status == ContactStatus.Closed ? "Contact.Error.Closed"
                : text.Length == 0 ? "Waiting.Error.Required"
                : text.Length > MaxLength ? "Waiting.Error.TooLong"
                : text.Any(char.IsControl) ? "Waiting.Error.ControlCharacters"
                : null;
            if (refusal is not null)
            {
                return ContactChangeResult.Refuse(refusal, MaxLength);
            }

            contact.WaitingSince = contact.WaitingFor is null ? now : contact.WaitingSince;
            contact.WaitingFor = text;
            return null;
        }, cancellationToken);
    }

    public Task<ContactChangeResult> ClearAsync(Guid id, Guid version, string userId, CancellationToken cancellationToken = default) =>
        changes.ApplyAsync(id, version, userId, (contact, _) =>
        {
            if (contact.WaitingFor is null)
            {
                return ContactChangeResult.Refuse("Waiting.Error.NotWaiting");
            }

            (contact.WaitingFor, contact.WaitingSince) = (null, null);
            return null;
        }, cancellationToken);
}
