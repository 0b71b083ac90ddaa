using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>
/// A guide answers an anonymous request for advice. The answer is general guidance, shown to the asker on the status
/// page; it is given once, as the asker may already have read it.
/// </summary>
public sealed class AnswerAdvice(ContactChanges changes, PerhesiltaDbContext db, ContactClocks clocks)
{
    public Task<ContactChangeResult> HandleAsync(Guid id, Guid version, string? answer, string userId, CancellationToken cancellationToken = default)
    {
        var text = Normalise(answer);
        return changes.ApplyCheckedAsync(id, version, userId, async (contact, now) =>
        {
            if (contact.Kind != ContactKind.AnonymousAdvice)
            {
                return ContactChangeResult.Refuse("Contact.Error.NotAdvice");
            }

            if (contact.AdviceAnswer is not null || contact.Status == ContactStatus.Closed)
            {
                return ContactChangeResult.Refuse("Contact.Error.AlreadyAnswered");
            }

            if (text.Length == 0)
            {
                return ContactChangeResult.Refuse("Contact.Error.AnswerRequired");
            }

            if (text.Length > ContactLimits.Description)
            {
                return ContactChangeResult.Refuse("Contact.Error.AnswerTooLong");
            }

            if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
            {
                return ContactChangeResult.Refuse("Contact.Error.AnswerControlCharacters");
            }

            contact.AdviceAnswer = text;
            contact.AdviceAnsweredAt = now;
            contact.Status = ContactStatus.Contacted;
            await clocks.AdviceAnsweredAsync(db, contact, now, userId, cancellationToken);
            return null;
        }, cancellationToken);
    }

    /// <summary>Line breaks as the browser sent them (CRLF) become plain newlines; surrounding space goes.</summary>
    private static string Normalise(string? answer) => (answer ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}
