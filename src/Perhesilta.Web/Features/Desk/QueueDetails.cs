using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Referrals;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>
/// What a page of queue rows shows beside the contact's own columns, read with one query per table for the whole
/// page (never per row): children, topics (the guide's where the situation is mapped), municipality and staff names.
/// </summary>
internal sealed class QueueDetails
{
    private readonly Dictionary<Guid, List<QueueChild>> _children;
    private readonly Dictionary<Guid, List<string>> _topics;
    private readonly Dictionary<string, string> _municipalities;
    private readonly Dictionary<string, string> _staff;
    private readonly HashSet<Guid> _returnedReferrals;

    private QueueDetails(Dictionary<Guid, List<QueueChild>> children, Dictionary<Guid, List<string>> topics, Dictionary<string, string> municipalities, Dictionary<string, string> staff, HashSet<Guid> returnedReferrals)
    {
        _returnedReferrals = returnedReferrals;
        _children = children;
        _topics = topics;
        _municipalities = municipalities;
        _staff = staff;
    }

    public static async Task<QueueDetails> LoadAsync(PerhesiltaDbContext db, List<Guid> contactIds, List<string> staffIds, CancellationToken cancellationToken)
    {
        var municipalities = await db.Set<Municipality>().AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.LocalName(), cancellationToken);
        if (contactIds.Count == 0)
        {
            return new QueueDetails([], [], municipalities, [], []);
        }

        var askersChildren = await db.Set<ContactChild>().AsNoTracking().Where(c => contactIds.Contains(c.ContactId))
            .OrderBy(c => c.Id).Select(c => new { c.ContactId, c.Age, c.Unborn }).ToListAsync(cancellationToken);
        var mappedChildren = await db.Set<SituationMember>().AsNoTracking().Where(m => contactIds.Contains(m.ContactId) && m.Role == FamilyRole.Child)
            .OrderBy(m => m.Id).Select(m => new { m.ContactId, m.Age }).ToListAsync(cancellationToken);
        var askersTopics = await db.Set<ContactTopic>().AsNoTracking().Where(t => contactIds.Contains(t.ContactId))
            .Select(t => new { t.ContactId, t.TopicCode }).ToListAsync(cancellationToken);
        var mapped = await db.Set<SituationMapping>().AsNoTracking().Where(m => contactIds.Contains(m.ContactId)).Select(m => m.ContactId).ToListAsync(cancellationToken);
        var guidesTopics = await db.Set<SituationTopic>().AsNoTracking().Where(t => contactIds.Contains(t.ContactId))
            .Select(t => new { t.ContactId, t.TopicCode }).ToListAsync(cancellationToken);
        var topicNames = await db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var staff = staffIds.Count == 0 ? []
            : await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        var mappedSet = mapped.ToHashSet();
        var children = contactIds.ToDictionary(id => id, id => mappedChildren.Any(m => m.ContactId == id)
            ? [.. mappedChildren.Where(m => m.ContactId == id).Select(m => new QueueChild(m.Age, false))]
            : askersChildren.Where(c => c.ContactId == id).Select(c => new QueueChild(c.Age, c.Unborn)).ToList());
        var topics = contactIds.ToDictionary(id => id, id =>
        {
            var codes = (mappedSet.Contains(id) ? guidesTopics.Where(t => t.ContactId == id).Select(t => t.TopicCode) : askersTopics.Where(t => t.ContactId == id).Select(t => t.TopicCode)).ToHashSet();
            return topicNames.Where(t => codes.Contains(t.Code)).Select(t => t.LocalName()).ToList();
        });
        var returned = await db.Set<Referral>().AsNoTracking().Where(r => contactIds.Contains(r.ContactId) && r.ReturnedToQueueAt != null)
            .Select(r => r.ContactId).Distinct().ToListAsync(cancellationToken);
        return new QueueDetails(children, topics, municipalities, staff, [.. returned]);
    }

    public string MunicipalityName(string code) => _municipalities.TryGetValue(code, out var name) ? name : code;

    public IReadOnlyList<QueueChild> ChildrenOf(Guid id) => _children.TryGetValue(id, out var children) ? children : [];

    public IReadOnlyList<string> TopicsOf(Guid id) => _topics.TryGetValue(id, out var topics) ? topics : [];

    public bool HasReturnedReferral(Guid id) => _returnedReferrals.Contains(id);

    public string StaffName(string id) => _staff.TryGetValue(id, out var name) ? name : id;
}
