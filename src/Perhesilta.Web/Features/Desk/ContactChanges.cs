using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

public enum ContactChangeOutcome
{
    Saved,
    NotFound,
    Forbidden,

    /// <summary>Someone changed the contact after the guide loaded the page; nothing was saved.</summary>
    Stale,

    /// <summary>The change does not fit the contact (its kind or status), or the input was wrong; see the message key.</summary>
    Refused,
}

/// <summary>The outcome of a guide's change to a contact; <see cref="MessageKey"/> is a <see cref="DeskText"/> key when refused.</summary>
public sealed record ContactChangeResult(ContactChangeOutcome Outcome, string? MessageKey = null)
{
    public static readonly ContactChangeResult Saved = new(ContactChangeOutcome.Saved);

    public static ContactChangeResult Refuse(string messageKey) => new(ContactChangeOutcome.Refused, messageKey);
}

/// <summary>
/// What every change a guide makes to a contact shares: only a guide of its area or municipality may make it, only on
/// the version the guide saw (optimistic concurrency on <see cref="Contact.Version"/>), and each is access-logged.
/// </summary>
public sealed class ContactChanges(PerhesiltaDbContext db, IAccessLog log, TimeProvider clock)
{
    /// <param name="change">Changes the tracked contact, or returns a refusal and leaves it unchanged.</param>
    public async Task<ContactChangeResult> ApplyAsync(Guid id, Guid seenVersion, string userId, Func<Contact, DateTime, ContactChangeResult?> change, CancellationToken cancellationToken)
    {
        var contact = await db.Set<Contact>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return new ContactChangeResult(ContactChangeOutcome.NotFound);
        }

        if (!await db.Set<Contact>().Where(c => c.Id == id).ServedBy(db, userId).AnyAsync(cancellationToken))
        {
            return new ContactChangeResult(ContactChangeOutcome.Forbidden);
        }

        if (contact.Version != seenVersion)
        {
            return new ContactChangeResult(ContactChangeOutcome.Stale);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (change(contact, now) is { } refusal)
        {
            return refusal;
        }

        // The update's WHERE carries the version the guide saw, so a change saved between our read and this write
        // makes it match no row instead of overwriting that change.
        db.Entry(contact).Property(c => c.Version).OriginalValue = seenVersion;
        contact.Version = Guid.NewGuid();
        contact.UpdatedAt = now;
        contact.UpdatedByUserId = userId;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ContactChangeResult(ContactChangeOutcome.Stale);
        }

        await log.RecordAsync(AccessAction.Change, "Contact", id.ToString(), cancellationToken: CancellationToken.None);
        return ContactChangeResult.Saved;
    }
}
