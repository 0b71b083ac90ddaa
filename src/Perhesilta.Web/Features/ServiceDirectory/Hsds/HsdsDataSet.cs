using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>One record of a data set: its JSON, where it is in the file, and its id when it has a usable one.</summary>
public sealed class HsdsEntry(HsdsRecordKind kind, JObject json, string place, bool nested)
{
    public HsdsRecordKind Kind { get; } = kind;

    public JObject Json { get; } = json;

    /// <summary>Where the record is in the file, e.g. "services[3]" or "services[3].organization".</summary>
    public string Place { get; } = place;

    /// <summary>Inside a service (its organisation, a location of it): checked with the service's schema.</summary>
    public bool Nested { get; } = nested;

    public Guid? Id { get; } = Guid.TryParse((json["id"] as JValue)?.Value as string, out var id) ? id : null;

    /// <summary>How the record is named in the report: its HSDS id, or its place when it has none.</summary>
    public string Label => Id is { } id ? HsdsVocabulary.Id(id) : Place;

    public string KindName => HsdsDataSet.KindName(Kind);

    public bool SchemaValid { get; set; } = true;

    /// <summary>For a service: the organisation and locations nested in it, checked with its schema.</summary>
    public List<HsdsEntry> Parts { get; } = [];
}

/// <summary>
/// An HSDS 3.0 data set read from a file, in one of the shapes the import accepts:
/// <list type="number">
/// <item>a package object with arrays <c>organizations</c>, <c>locations</c> and/or <c>services</c> (what the export writes);</item>
/// <item>an array of services, each with its <c>organization</c> and its locations (<c>service_at_locations[].location</c>) nested or referred to by id;</item>
/// <item>a page of the HSDS API (an object whose <c>contents</c> is such an array of services);</item>
/// <item>one service object.</item>
/// </list>
/// A record appears once; an organisation or a location nested in several services must be the same in each.
/// </summary>
public sealed class HsdsDataSet
{
    public List<HsdsEntry> Organizations { get; } = [];

    public List<HsdsEntry> Locations { get; } = [];

    public List<HsdsEntry> Services { get; } = [];

    public List<HsdsIssue> Issues { get; } = [];

    private readonly Dictionary<(HsdsRecordKind, Guid), HsdsEntry> _byId = [];

    public int Count => Organizations.Count + Locations.Count + Services.Count;

    public static string KindName(HsdsRecordKind kind) => kind switch
    {
        HsdsRecordKind.Organization => "organization",
        HsdsRecordKind.Location => "location",
        HsdsRecordKind.ServiceAtLocation => "service_at_location",
        _ => "service",
    };

    public static HsdsDataSet Read(Stream data)
    {
        var set = new HsdsDataSet();
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(data)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            root = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
            if (reader.Read())
            {
                throw new JsonReaderException("Additional text after the JSON value.", reader.Path, reader.LineNumber, reader.LinePosition, null);
            }
        }
        catch (JsonReaderException ex)
        {
            set.Issues.Add(HsdsIssue.Of("file", "", "$", "Import.NotJson", ex.LineNumber, ex.LinePosition));
            return set;
        }

        switch (root)
        {
            case JArray services:
                set.AddServices(services, "");
                break;
            case JObject page when page["contents"] is JArray contents:
                set.AddServices(contents, "contents");
                break;
            case JObject package when package["services"] is not null || package["organizations"] is not null || package["locations"] is not null:
                set.AddPackage(package);
                break;
            case JObject service when service["id"] is not null:
                set.AddService(service, "$");
                break;
            default:
                set.Issues.Add(HsdsIssue.Of("file", "", "$", "Import.UnknownShape"));
                break;
        }

        return set;
    }

    private void AddPackage(JObject package)
    {
        foreach (var (name, kind) in new[] { ("organizations", HsdsRecordKind.Organization), ("locations", HsdsRecordKind.Location), ("services", HsdsRecordKind.Service) })
        {
            switch (package[name])
            {
                case null:
                    break;
                case JArray records when kind == HsdsRecordKind.Service:
                    AddServices(records, name);
                    break;
                case JArray records:
                    foreach (var (record, i) in records.Select((r, i) => (r, i)))
                    {
                        Add(kind, record, $"{name}[{i}]", nested: false);
                    }

                    break;
                default:
                    Issues.Add(HsdsIssue.Of("file", "", name, "Import.NotAnArray"));
                    break;
            }
        }
    }

    private void AddServices(JArray services, string name)
    {
        foreach (var (service, i) in services.Select((s, i) => (s, i)))
        {
            AddService(service, $"{name}[{i}]");
        }
    }

    private void AddService(JToken service, string place)
    {
        if (Add(HsdsRecordKind.Service, service, place, nested: false) is not { } entry)
        {
            return;
        }

        if (entry.Json["organization"] is JObject organization && Add(HsdsRecordKind.Organization, organization, place + ".organization", nested: true) is { } owner)
        {
            entry.Parts.Add(owner);
        }

        if (entry.Json["service_at_locations"] is JArray atLocations)
        {
            foreach (var (at, j) in atLocations.Select((a, j) => (a, j)))
            {
                if (at["location"] is JObject location && Add(HsdsRecordKind.Location, location, $"{place}.service_at_locations[{j}].location", nested: true) is { } part)
                {
                    entry.Parts.Add(part);
                }
            }
        }
    }

    private HsdsEntry? Add(HsdsRecordKind kind, JToken token, string place, bool nested)
    {
        if (token is not JObject json)
        {
            Issues.Add(HsdsIssue.Of(KindName(kind), place, "$", "Import.NotAnObject"));
            return null;
        }

        var entry = new HsdsEntry(kind, json, place, nested);
        var list = kind switch
        {
            HsdsRecordKind.Organization => Organizations,
            HsdsRecordKind.Location => Locations,
            _ => Services,
        };
        if (entry.Id is { } id && _byId.GetValueOrDefault((kind, id)) is { } earlier)
        {
            // A nested copy of a record given elsewhere in the set is the same record if it says the same.
            if ((entry.Nested || earlier.Nested) && kind != HsdsRecordKind.Service)
            {
                if (!JToken.DeepEquals(Normalized(entry.Json), Normalized(earlier.Json)))
                {
                    Issues.Add(HsdsIssue.Of(entry.KindName, entry.Label, "id", "Import.CopiesDiffer", entry.Place, earlier.Place));
                }

                if (earlier.Nested && !entry.Nested)
                {
                    list[list.IndexOf(earlier)] = entry;
                    _byId[(kind, id)] = entry;
                }

                return entry;
            }

            Issues.Add(HsdsIssue.Of(entry.KindName, entry.Label, "id", "Import.DuplicateId", entry.Place, earlier.Place));
            return entry;
        }

        list.Add(entry);
        if (entry.Id is { } newId)
        {
            _byId[(kind, newId)] = entry;
        }

        return entry;
    }

    /// <summary>A record without the nested parts that only one of its copies may carry.</summary>
    private static JObject Normalized(JObject json)
    {
        var copy = (JObject)json.DeepClone();
        copy.Remove("locations");
        return copy;
    }

    /// <summary>The record as the reader's type, or null (with an issue) for what the schema let through but the reader cannot take.</summary>
    public static T? Deserialize<T>(HsdsEntry entry, List<HsdsIssue> issues)
        where T : class
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<T>(entry.Json.ToString(Formatting.None), HsdsJson.Options);
        }
        catch (System.Text.Json.JsonException ex)
        {
            issues.Add(HsdsIssue.Of(entry.KindName, entry.Label, ex.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "$", "Import.Unreadable"));
            return null;
        }
    }
}
