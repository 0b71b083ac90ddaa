using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Desk;

public enum InboxOrder
{
    /// <summary>Newest arrival first: what has just come in.</summary>
    Arrived,

    /// <summary>The earliest response target first: what must be answered next.</summary>
    RespondBy,
}

public sealed record InboxChild(int? Age, bool Unborn);

/// <summary>One open contact in the inbox: no names, contact details or free text, so the list shows no client data.</summary>
public sealed record InboxRow(
    Guid Id,
    string ReferenceCode,
    DateTime InitiatedAt,
    ContactChannel Channel,
    ContactKind Kind,
    bool NeedsImmediateUrgencyAssessment,
    string Municipality,
    IReadOnlyList<InboxChild> Children,
    IReadOnlyList<string> Topics,
    FeltUrgency Urgency,
    ContactStatus Status,
    DateOnly RespondBy,
    bool Overdue);

public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, int Total, int PageNumber, int PageCount);

/// <summary>The open contacts (not closed) of the areas and municipalities a member of staff serves, a page at a time.</summary>
public sealed class FindOpenContacts(PerhesiltaDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<InboxPage> HandleAsync(string userId, InboxOrder order, int pageNumber, CancellationToken cancellationToken = default)
    {
        var open = db.Set<Contact>().AsNoTracking().Where(c => c.Status != ContactStatus.Closed).ServedBy(db, userId);
        var total = await open.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var ordered = order == InboxOrder.RespondBy
            ? open.OrderBy(c => c.RespondBy).ThenBy(c => c.InitiatedAt)
            : open.OrderByDescending(c => c.InitiatedAt);
        var contacts = await ordered
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .AsSplitQuery()
            .Select(c => new
            {
                c.Id,
                c.ReferenceCode,
                c.InitiatedAt,
                c.Channel,
                c.Kind,
                c.NeedsImmediateUrgencyAssessment,
                c.MunicipalityCode,
                Children = c.Children.OrderBy(ch => ch.Id).Select(ch => new InboxChild(ch.Age, ch.Unborn)).ToList(),
                Topics = c.Topics.Select(t => t.TopicCode).ToList(),
                c.Urgency,
                c.Status,
                c.RespondBy,
            })
            .ToListAsync(cancellationToken);

        var municipalities = await db.Set<Municipality>().AsNoTracking().ToDictionaryAsync(m => m.Code, cancellationToken);
        var topics = await db.Set<Topic>().AsNoTracking().ToDictionaryAsync(t => t.Code, cancellationToken);
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var rows = contacts.Select(c => new InboxRow(
            c.Id,
            c.ReferenceCode,
            c.InitiatedAt,
            c.Channel,
            c.Kind,
            c.NeedsImmediateUrgencyAssessment,
            municipalities.TryGetValue(c.MunicipalityCode, out var m) ? m.LocalName() : c.MunicipalityCode,
            c.Children,
            c.Topics.Select(code => topics.TryGetValue(code, out var t) ? t : null).OfType<Topic>().OrderBy(t => t.SortOrder).Select(t => t.LocalName()).ToList(),
            c.Urgency,
            c.Status,
            c.RespondBy,
            IsOverdue(c.Status, c.RespondBy, today))).ToList();
        return new InboxPage(rows, total, pageNumber, pageCount);
    }

    /// <summary>Past its response target and nobody has contacted the asker yet.</summary>
    public static bool IsOverdue(ContactStatus status, DateOnly respondBy, DateOnly today) =>
        status is ContactStatus.Received or ContactStatus.InProgress && respondBy < today;
}
