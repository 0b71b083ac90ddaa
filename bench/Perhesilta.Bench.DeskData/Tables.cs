using Npgsql;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Families;
using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Bench.DeskData;

/// <summary>All the tables a generated contact writes to, each with its own COPY stream.</summary>
internal sealed class Tables : IAsyncDisposable
{
    public static readonly (string Table, HashSet<string> Written)[] Columns =
    [
        ("Contact", Names(BulkLoad.Contact)),
        ("ContactChild", Names(BulkLoad.ContactChild)),
        ("ContactTopic", Names(BulkLoad.ContactTopic)),
        ("ContactAction", Names(BulkLoad.ContactAction)),
        ("SituationMapping", Names(BulkLoad.SituationMapping)),
        ("SituationTopic", Names(BulkLoad.SituationTopic)),
        ("SituationMember", Names(BulkLoad.SituationMember)),
        ("StatutoryRoute", Names(BulkLoad.StatutoryRoute)),
        ("Family", Names(BulkLoad.Family)),
        ("FamilyMember", Names(BulkLoad.FamilyMember)),
    ];

    private Table<Contact> _contacts = null!;
    private Table<(Guid, ContactChild)> _children = null!;
    private Table<ContactTopic> _topics = null!;
    private Table<ContactAction> _actions = null!;
    private Table<SituationMapping> _mappings = null!;
    private Table<SituationTopic> _mappingTopics = null!;
    private Table<SituationMember> _members = null!;
    private Table<StatutoryRoute> _routes = null!;
    private Table<Family> _families = null!;
    private Table<FamilyMember> _familyMembers = null!;

    public static async Task<Tables> OpenAsync(NpgsqlDataSource db) => new()
    {
        _contacts = await Table<Contact>.OpenAsync(db, "Contact", BulkLoad.Contact),
        _children = await Table<(Guid, ContactChild)>.OpenAsync(db, "ContactChild", BulkLoad.ContactChild),
        _topics = await Table<ContactTopic>.OpenAsync(db, "ContactTopic", BulkLoad.ContactTopic),
        _actions = await Table<ContactAction>.OpenAsync(db, "ContactAction", BulkLoad.ContactAction),
        _mappings = await Table<SituationMapping>.OpenAsync(db, "SituationMapping", BulkLoad.SituationMapping),
        _mappingTopics = await Table<SituationTopic>.OpenAsync(db, "SituationTopic", BulkLoad.SituationTopic),
        _members = await Table<SituationMember>.OpenAsync(db, "SituationMember", BulkLoad.SituationMember),
        _routes = await Table<StatutoryRoute>.OpenAsync(db, "StatutoryRoute", BulkLoad.StatutoryRoute),
        _families = await Table<Family>.OpenAsync(db, "Family", BulkLoad.Family),
        _familyMembers = await Table<FamilyMember>.OpenAsync(db, "FamilyMember", BulkLoad.FamilyMember),
    };

    public void Write(Generated generated)
    {
        var contact = generated.Contact;
        if (generated.NewFamily is { } family)
        {
            _families.Write(family);
            family.Members.ForEach(_familyMembers.Write);
        }

        _contacts.Write(contact);
        contact.Children.ForEach(child => _children.Write((contact.Id, child)));
        contact.Topics.ForEach(_topics.Write);
        generated.Actions.ForEach(_actions.Write);
        if (generated.Mapping is { } mapping)
        {
            _mappings.Write(mapping);
            mapping.Topics.ForEach(_mappingTopics.Write);
            mapping.Members.ForEach(_members.Write);
        }

        if (generated.Route is { } route)
        {
            _routes.Write(route);
        }
    }

    public async Task CompleteAsync()
    {
        foreach (var complete in All(t => t.CompleteAsync()))
        {
            await complete;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var dispose in All(t => t.DisposeAsync().AsTask()))
        {
            await dispose;
        }
    }

    private List<Task> All(Func<ITable, Task> action) =>
        new ITable[] { _contacts, _children, _topics, _actions, _mappings, _mappingTopics, _members, _routes, _families, _familyMembers }.Select(action).ToList();

    private static HashSet<string> Names<T>(Column<T>[] columns) => [.. columns.Select(c => c.Name)];
}
