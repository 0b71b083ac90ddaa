using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Desk;

/// <summary>
/// The guides' queue: one view of the contacts a member of staff serves, filtered, sorted and a page at a time. The
/// rows carry no names, contact details or free text, so the list shows no client data.
/// </summary>
public sealed class FindQueuedContacts(PerhesiltaDbContext db, TimeProvider clock, WorkingTime workingTime, IOptions<DeskOptions> options)
{
    public const int PageSize = 50;

    public async Task<QueuePage> HandleAsync(string userId, ServedPlaces places, QueueQuery query, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var localNow = HelsinkiTime.ToLocal(now);
        if (places.IsEmpty)
        {
            return new QueuePage([], 0, 1, 1, null);
        }

        var contacts = Matching(userId, places, query, now);
        var total = await contacts.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var pageNumber = Math.Clamp(query.PageNumber, 1, pageCount);
        var page = await Order(contacts, query).Skip((pageNumber - 1) * PageSize).Take(PageSize).Select(c => new
        {
            c.Id,
            c.ReferenceCode,
            c.InitiatedAt,
            c.Channel,
            c.Kind,
            c.NeedsImmediateUrgencyAssessment,
            c.MunicipalityCode,
            c.Urgency,
            c.AssessedUrgency,
            c.Status,
            c.RespondBy,
            c.AssignedToUserId,
            Waiting = c.WaitingFor != null,
            c.ContactMethod,
            c.CallbackDate,
            c.CallbackFrom,
            c.CallbackTo,
            c.FirstReachedAt,
            c.ClosedAt,
        }).ToListAsync(cancellationToken);

        var next = query.View == QueueView.Closed ? null
            : query.Sort == QueueSort.Urgency && pageNumber == 1 ? page.FirstOrDefault()?.Id
            : await Order(contacts, query with { Sort = QueueSort.Urgency }).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);

        var details = await QueueDetails.LoadAsync(db, [.. page.Select(c => c.Id)], [.. page.Select(c => c.AssignedToUserId).OfType<string>().Distinct()], cancellationToken);
        var rows = page.Select(c => new QueueRow(
            c.Id,
            c.ReferenceCode,
            c.InitiatedAt,
            c.Channel,
            c.Kind,
            c.NeedsImmediateUrgencyAssessment,
            details.MunicipalityName(c.MunicipalityCode),
            details.ChildrenOf(c.Id),
            details.TopicsOf(c.Id),
            c.AssessedUrgency ?? c.Urgency,
            c.AssessedUrgency is not null,
            c.Status,
            c.AssignedToUserId is null ? null : details.StaffName(c.AssignedToUserId),
            c.Waiting,
            CallbackOf(c.ContactMethod, c.CallbackDate, c.CallbackFrom, c.CallbackTo, c.FirstReachedAt, localNow),
            ServedPlacesQueries.AwaitsResponse(c.Status) ? workingTime.Until(localNow, c.RespondBy) : null,
            c.ClosedAt)
        {
            ReferralReturned = details.HasReturnedReferral(c.Id),
        }).ToList();
        return new QueuePage(rows, total, pageNumber, pageCount, next);
    }

    /// <summary>The contacts of a view and its filters within the places served, unordered: the count's query.</summary>
    internal IQueryable<Contact> Matching(string userId, ServedPlaces places, QueueQuery query, DateTime now) =>
        Filter(Select(db.Set<Contact>().AsNoTracking(), query.View, userId, now, HelsinkiTime.ToLocal(now)).In(places), query, userId);

    /// <summary>The same in the queue's order: the page's query.</summary>
    internal static IQueryable<Contact> Order(IQueryable<Contact> contacts, QueueQuery query) => query switch
    {
        { View: QueueView.Closed } => contacts.OrderByDescending(c => c.ClosedAt).ThenBy(c => c.Id),
        { Sort: QueueSort.Arrival } => contacts.OrderByDescending(c => c.InitiatedAt).ThenBy(c => c.Id),
        { Sort: QueueSort.Target } => contacts.OrderBy(c => c.RespondBy).ThenBy(c => c.InitiatedAt).ThenBy(c => c.Id),
        _ => contacts.OrderByDescending(c => c.Priority).ThenBy(c => c.RespondBy).ThenBy(c => c.InitiatedAt).ThenBy(c => c.Id),
    };

    /// <summary>Past its response target date and nobody has contacted the asker yet (the contact page's day-level view of it).</summary>
    public static bool IsOverdue(ContactStatus status, DateOnly respondBy, DateOnly today) =>
        ServedPlacesQueries.AwaitsResponse(status) && respondBy < today;

    private IQueryable<Contact> Select(IQueryable<Contact> contacts, QueueView view, string userId, DateTime now, DateTime localNow)
    {
        var today = DateOnly.FromDateTime(localNow);
        return view switch
        {
            QueueView.New => contacts.Where(c => c.Status == ContactStatus.Received && c.AssignedToUserId == null),
            QueueView.Callbacks => contacts
                .Where(c => c.Status == ContactStatus.Received || c.Status == ContactStatus.InProgress)
                .Where(c => c.ContactMethod == PreferredContactMethod.Phone && c.CallbackDate <= today && c.FirstReachedAt == null),
            QueueView.Mine => contacts.Open().Where(c => c.AssignedToUserId == userId),
            QueueView.Waiting => contacts.Open().Where(c => c.WaitingFor != null),
            QueueView.Closed => contacts.Where(c => c.Status == ContactStatus.Closed && c.ClosedAt >= now.AddDays(-options.Value.RecentlyClosedDays)),
            _ => contacts.Open(),
        };
    }

    private IQueryable<Contact> Filter(IQueryable<Contact> contacts, QueueQuery query, string userId)
    {
        if (query.AreaId is { } areaId)
        {
            contacts = contacts.Where(c => c.AreaId == areaId);
        }

        if (!string.IsNullOrEmpty(query.Municipality))
        {
            contacts = contacts.Where(c => c.MunicipalityCode == query.Municipality);
        }

        if (!string.IsNullOrEmpty(query.Topic))
        {
            // The guide's topics replace the asker's once the situation has been mapped.
            var topic = query.Topic;
            contacts = contacts.Where(c => db.Set<SituationMapping>().Any(m => m.ContactId == c.Id)
                ? db.Set<SituationTopic>().Any(t => t.ContactId == c.Id && t.TopicCode == topic)
                : c.Topics.Any(t => t.TopicCode == topic));
        }

        if (query.Channel is { } channel)
        {
            contacts = contacts.Where(c => c.Channel == channel);
        }

        if (query.Language == LanguageFilter.Other)
        {
            contacts = contacts.Where(c => c.PreferredLanguage != "fi" && c.PreferredLanguage != "sv" && c.PreferredLanguage != "en");
        }
        else if (!string.IsNullOrEmpty(query.Language))
        {
            contacts = contacts.Where(c => c.PreferredLanguage == query.Language);
        }

        if (query.Status is { } status)
        {
            contacts = contacts.Where(c => c.Status == status);
        }

        return query.Assignee switch
        {
            null or "" => contacts,
            AssigneeFilter.Me => contacts.Where(c => c.AssignedToUserId == userId),
            AssigneeFilter.Nobody => contacts.Where(c => c.AssignedToUserId == null),
            var assignee => contacts.Where(c => c.AssignedToUserId == assignee),
        };
    }

    private static QueueCallback? CallbackOf(PreferredContactMethod method, DateOnly? date, TimeOnly? from, TimeOnly? to, DateTime? reached, DateTime localNow)
    {
        if (method != PreferredContactMethod.Phone || date is not { } day)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(localNow);
        var passed = reached is null && (day < today || (day == today && to is { } end && TimeOnly.FromDateTime(localNow) > end));
        return new QueueCallback(day, from, to, passed);
    }
}
