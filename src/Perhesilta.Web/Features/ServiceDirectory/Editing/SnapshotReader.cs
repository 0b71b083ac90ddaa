using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>One field of a saved version, as a reader sees it; a list field (municipalities, opening hours …) has one value per item.</summary>
public sealed record SnapshotField(string Key, string Label, IReadOnlyList<string> Values, bool IsList)
{
    public string Text => string.Join(IsList ? "; " : "", Values);
}

/// <summary>A field that differs from the previous version. For a list, <see cref="Before"/> names what was removed and <see cref="After"/> what was added.</summary>
public sealed record FieldChange(string Label, string Before, string After);

/// <summary>The names a snapshot's codes and ids are shown with.</summary>
public sealed record DirectoryNames(
    IReadOnlyDictionary<string, string> Municipalities,
    IReadOnlyDictionary<string, string> ServiceTypes,
    IReadOnlyDictionary<Guid, string> Organizations,
    IReadOnlyDictionary<Guid, string> Locations);

/// <summary>
/// Reads a version's JSON snapshot (<see cref="DirectoryHistory.SnapshotOf"/>) field by field in the reader's language,
/// with names instead of codes, and tells what changed between two versions.
/// </summary>
public sealed class SnapshotReader(DirectoryNames names, IStringLocalizer<EditingText> text)
{
    public IReadOnlyList<SnapshotField> Read(string snapshot)
    {
        var fields = new List<SnapshotField>();
        foreach (var (key, value) in JsonNode.Parse(snapshot)!.AsObject())
        {
            var name = Pascal(key);
            if (value is JsonObject localized && localized.ContainsKey("fi"))
            {
                foreach (var language in new[] { "Fi", "Sv", "En" })
                {
                    var typed = localized[Camel(language)]?.GetValue<string>();
                    fields.Add(new($"{name}.{language}", FieldLabels.For($"{name}.{language}", text), string.IsNullOrWhiteSpace(typed) ? [] : [typed], false));
                }
            }
            else if (value is JsonArray items)
            {
                fields.Add(new(name, FieldLabels.For(name, text), [.. items.Select(item => Item(name, item!))], true));
            }
            else
            {
                fields.Add(new(name, FieldLabels.For(name, text), value is null ? [] : [Scalar(name, value)], false));
            }
        }

        return fields;
    }

    public IReadOnlyList<FieldChange> Changes(string before, string after)
    {
        var old = Read(before).ToDictionary(f => f.Key);
        var changes = new List<FieldChange>();
        foreach (var field in Read(after))
        {
            var previous = old.GetValueOrDefault(field.Key)?.Values ?? [];
            if (field.IsList)
            {
                var removed = previous.Except(field.Values).ToList();
                var added = field.Values.Except(previous).ToList();
                if (removed.Count > 0 || added.Count > 0)
                {
                    changes.Add(new(
                        field.Label,
                        removed.Count > 0 ? text["History.Removed", string.Join("; ", removed)] : "",
                        added.Count > 0 ? text["History.Added", string.Join("; ", added)] : ""));
                }
            }
            else if (!previous.SequenceEqual(field.Values))
            {
                changes.Add(new(field.Label, string.Join("", previous), field.Text));
            }
        }

        return changes;
    }

    private string Scalar(string name, JsonNode value)
    {
        var raw = value.ToString();
        return name switch
        {
            "Kind" or "Access" or "Status" => text[$"{name}.{Pascal(raw)}"],
            "IsFree" => value.GetValue<bool>() ? text["Common.Yes"] : text["Common.No"],
            "OrganizationId" => names.Organizations.GetValueOrDefault(Guid.Parse(raw), raw),
            "MunicipalityCode" => names.Municipalities.GetValueOrDefault(raw, raw),
            "CheckedOn" => DateOnly.Parse(raw, CultureInfo.InvariantCulture).ToString("d", CultureInfo.CurrentCulture),
            "Latitude" or "Longitude" => value.GetValue<double>().ToString(CultureInfo.CurrentCulture),
            _ => raw,
        };
    }

    private string Item(string list, JsonNode item) => list switch
    {
        "Languages" => LanguageNames.Of(item.ToString()),
        "ServiceTypes" => names.ServiceTypes.GetValueOrDefault(item.ToString(), item.ToString()),
        "Municipalities" => names.Municipalities.GetValueOrDefault(item.ToString(), item.ToString()),
        "Locations" => names.Locations.GetValueOrDefault(Guid.Parse(item.ToString()), item.ToString()),
        "OpeningHours" => Hours(item.AsObject()),
        _ => item.ToString(),
    };

    /// <summary>E.g. "maanantai 8.00–16.00 (Kirkkokatu 1; puhelinaika)", "24.12.2026–26.12.2026 suljettu".</summary>
    private string Hours(JsonObject hours)
    {
        var culture = CultureInfo.CurrentCulture;
        string? Value(string key) => hours[key]?.ToString();
        string Date(string key) => DateOnly.Parse(Value(key)!, CultureInfo.InvariantCulture).ToString("d", culture);
        string Time(string key) => TimeOnly.Parse(Value(key)!, CultureInfo.InvariantCulture).ToString("t", culture);

        var when = Value("weekday") is { } weekday
            ? culture.DateTimeFormat.GetDayName((DayOfWeek)(int.Parse(weekday, CultureInfo.InvariantCulture) % 7))
            : Value("validTo") is null || Value("validTo") == Value("validFrom") ? Date("validFrom") : $"{Date("validFrom")}–{Date("validTo")}";
        var open = hours["isClosed"]!.GetValue<bool>() ? text["Hours.Closed"].Value : $"{Time("opensAt")}–{Time("closesAt")}";
        var details = new List<string>();
        if (Value("locationId") is { } location)
        {
            details.Add(names.Locations.GetValueOrDefault(Guid.Parse(location), location));
        }

        if (hours["note"] is JsonObject note && LocalizedText.Of(note["fi"]?.ToString(), note["sv"]?.ToString(), note["en"]?.ToString()) is { IsEmpty: false } noteText)
        {
            details.Add(noteText.Local());
        }

        return details.Count == 0 ? $"{when} {open}" : $"{when} {open} ({string.Join("; ", details)})";
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
