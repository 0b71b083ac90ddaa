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

/// <summary>
/// The outcome of a guide's change to a contact; <see cref="MessageKey"/> is a <see cref="DeskText"/> key when refused,
/// with <see cref="MessageArgs"/> for its placeholders. When stale, <see cref="ChangedBy"/> and <see cref="ChangedAt"/>
/// say who changed the contact meanwhile, and when.
/// </summary>
public sealed record ContactChangeResult(ContactChangeOutcome Outcome, string? MessageKey = null)
{
    public static readonly ContactChangeResult Saved = new(ContactChangeOutcome.Saved);

    public IReadOnlyList<object> MessageArgs { get; init; } = [];

    public string? ChangedBy { get; init; }

    public DateTime? ChangedAt { get; init; }

    public static ContactChangeResult Refuse(string messageKey, params object[] args) => new(ContactChangeOutcome.Refused, messageKey) { MessageArgs = args };
}

/// <summary>
/// What every change a guide makes to a contact shares: only a guide of its area or municipality may make it, only on
/// the version the guide saw (optimistic concurrency on <see cref="Contact.Version"/>), and each is access-logged.
/// </summary>
public sealed class ContactChanges(PerhesiltaDbContext db, IAccessLog log, TimeProvider clock)
{
    /// <param name="change">Changes the tracked contact, or returns a refusal and leaves it unchanged.</param>
    public Task<ContactChangeResult> ApplyAsync(Guid id, Guid seenVersion, string userId, Func<Contact, DateTime, ContactChangeResult?> change, CancellationToken cancellationToken) =>
        ApplyCheckedAsync(id, seenVersion, userId, (contact, now) => Task.FromResult(change(contact, now)), cancellationToken);

    /// <summary>The same, for a change that must first ask the database (e.g. whether an assignee serves the area).</summary>
    public async Task<ContactChangeResult> ApplyCheckedAsync(Guid id, Guid seenVersion, string userId, Func<Contact, DateTime, Task<ContactChangeResult?>> change, CancellationToken cancellationToken)
    {
        var contact = await db.Set<Contact>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return new ContactChangeResult(ContactChangeOutcome.NotFound);
        }

        // A manager of the area sees the contact but changes nothing of it: changes are the service guides' work.
        if (!await db.Set<Contact>().Where(c => c.Id == id).ServedBy(db, userId).AnyAsync(cancellationToken)
            || !await GuideRoles.IsActiveGuideAsync(db, userId, cancellationToken))
        {
            return new ContactChangeResult(ContactChangeOutcome.Forbidden);
        }

        if (contact.Version != seenVersion)
        {
            return await StaleAsync(id, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await change(contact, now) is { } refusal)
        {
            return refusal;
        }

        // The update's WHERE carries the version the guide saw, so a change saved between our read and this write
        // makes it match no row instead of overwriting that change.
        db.Entry(contact).Property(c => c.Version).OriginalValue = seenVersion;
        contact.Version = Guid.NewGuid();
        contact.UpdatedAt = now;
        contact.UpdatedByUserId = userId;
        log.Add(db, AccessAction.Change, "Contact", id.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Nothing of this change may linger in the context (e.g. a mapping's rows added with it).
            db.ChangeTracker.Clear();
            return await StaleAsync(id, cancellationToken);
        }

        return ContactChangeResult.Saved;
    }

    /// <summary>The contact has moved on: who changed it last, and when, read as it is now.</summary>
    private async Task<ContactChangeResult> StaleAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = await db.Set<Contact>().AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.UpdatedAt, ChangedBy = db.Users.Where(u => u.Id == c.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        return new ContactChangeResult(ContactChangeOutcome.Stale) { ChangedBy = now.ChangedBy, ChangedAt = now.UpdatedAt };
    }
}
