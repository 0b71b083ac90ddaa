using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Desk;

/// <summary>A contact as a guide sees it: everything the asker gave, with the names of its codes in the reader's language.</summary>
public sealed record ContactView(
    Contact Contact,
    string Municipality,
    string Area,
    IReadOnlyList<string> Topics,
    string? RecordedBy,
    bool Overdue)
{
    /// <summary>The name of the guide responsible for the contact; null when nobody is.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>The guide's situation mapping, when one has been saved.</summary>
    public MappingSummary? Mapping { get; init; }
}

/// <summary>The guide's situation mapping with its topics' names and who saved it last.</summary>
public sealed record MappingSummary(SituationMapping Mapping, IReadOnlyList<string> Topics, string UpdatedBy);

public enum ContactAccess
{
    Found,
    NotFound,

    /// <summary>The contact exists but belongs to an area or municipality the guide does not serve.</summary>
    Forbidden,
}

public sealed record ShowContactResult(ContactAccess Access, ContactView? View = null);

/// <summary>Loads one contact for a service guide of its area or municipality.</summary>
public sealed class ShowContact(PerhesiltaDbContext db, TimeProvider clock)
{
    public async Task<ShowContactResult> HandleAsync(Guid id, string userId, CancellationToken cancellationToken = default)
    {
        var contact = await db.Set<Contact>().AsNoTracking()
            .Include(c => c.Children)
            .Include(c => c.Topics)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return new ShowContactResult(ContactAccess.NotFound);
        }

        if (!await db.Set<Contact>().Where(c => c.Id == id).ServedBy(db, userId).AnyAsync(cancellationToken))
        {
            return new ShowContactResult(ContactAccess.Forbidden);
        }

        var municipality = await db.Set<Municipality>().AsNoTracking().SingleAsync(m => m.Code == contact.MunicipalityCode, cancellationToken);
        var area = await db.Set<Area>().AsNoTracking().SingleAsync(a => a.Id == contact.AreaId, cancellationToken);
        var topicCodes = contact.Topics.Select(t => t.TopicCode).ToList();
        var topics = await db.Set<Topic>().AsNoTracking().Where(t => topicCodes.Contains(t.Code)).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var recordedBy = contact.RecordedByUserId is { } recorder
            ? await db.Users.Where(u => u.Id == recorder).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var assignedTo = contact.AssignedToUserId is { } assignee
            ? await db.Users.Where(u => u.Id == assignee).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        contact.Children.Sort((a, b) => a.Id.CompareTo(b.Id));
        return new ShowContactResult(ContactAccess.Found, new ContactView(
            contact,
            municipality.LocalName(),
            area.LocalName(),
            topics.Select(t => t.LocalName()).ToList(),
            recordedBy,
            FindQueuedContacts.IsOverdue(contact.Status, contact.RespondBy, today))
        {
            AssignedTo = assignedTo,
            Mapping = await MappingOfAsync(id, cancellationToken),
        });
    }

    private async Task<MappingSummary?> MappingOfAsync(Guid id, CancellationToken cancellationToken)
    {
        var mapping = await db.Set<SituationMapping>().AsNoTracking()
            .Include(m => m.Topics)
            .Include(m => m.Members)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.ContactId == id, cancellationToken);
        if (mapping is null)
        {
            return null;
        }

        var codes = mapping.Topics.Select(t => t.TopicCode).ToList();
        var topics = await db.Set<Topic>().AsNoTracking().Where(t => codes.Contains(t.Code)).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var updatedBy = await db.Users.Where(u => u.Id == mapping.UpdatedByUserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        mapping.Members.Sort((a, b) => a.Id.CompareTo(b.Id));
        return new MappingSummary(mapping, topics.Select(t => t.LocalName()).ToList(), updatedBy);
    }
}
