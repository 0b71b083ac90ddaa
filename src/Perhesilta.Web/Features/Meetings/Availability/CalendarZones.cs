using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.TimeZones;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>
/// Time zones a calendar program named in its own words. Ical.Net knows IANA and Windows zone ids, but older Outlook
/// versions and some other programs write a display label, e.g. <c>(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn,
/// Vilnius</c>, with a VTIMEZONE of their own, and Ical.Net cannot use the file at all. Before the text is parsed,
/// such a label is replaced with the IANA zone of the first city it names, when that zone's offsets agree with the
/// file's VTIMEZONE; a label naming no known city becomes Europe/Helsinki when its VTIMEZONE has Finland's offsets
/// (+02:00, and +03:00 in summer). A label that cannot be placed refuses the file, with the label named: Ical.Net
/// would otherwise read such a label (e.g. one beginning "(UTC+02:00)") silently as UTC, hours off.
/// </summary>
internal static partial class CalendarZones
{
    private static readonly Lazy<IReadOnlyList<(string City, string Id)>> Cities = new(() =>
        TzdbDateTimeZoneSource.Default.CanonicalIdMap.Values.Distinct(StringComparer.Ordinal)
            .Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal))
            .Select(id => (City: id[(id.LastIndexOf('/') + 1)..].Replace('_', ' '), Id: id))
            .Where(c => c.City.Length > 2)
            .ToList());

    private static readonly HashSet<string> UtcNames = new(
        ["UTC", "GMT", "UCT", "Z", "Zulu", "Universal", "Coordinated Universal Time", "Etc/UTC", "Etc/GMT", "Etc/UCT", "Etc/Zulu", "Etc/Universal"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The text with each time-zone label Ical.Net cannot resolve replaced by an IANA zone, or the first label that
    /// cannot be placed (the text is then not to be read).
    /// </summary>
    public static (string Text, string? UnknownZone) Normalize(string text)
    {
        if (!text.Contains("BEGIN:VTIMEZONE", StringComparison.OrdinalIgnoreCase))
        {
            return (text, null);
        }

        var unfolded = Unfold(text);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var zone in Zones(unfolded))
        {
            if (replacements.ContainsKey(zone.Id) || IsKnown(zone.Id))
            {
                continue;
            }

            if (ZoneFor(zone) is not { } id)
            {
                return (text, zone.Id);
            }

            replacements[zone.Id] = id;
        }

        if (replacements.Count == 0)
        {
            return (text, null);
        }

        foreach (var (label, id) in replacements)
        {
            unfolded = unfolded.Replace($"TZID=\"{label}\"", "TZID=" + id, StringComparison.Ordinal);
            if (!label.Contains(':', StringComparison.Ordinal))
            {
                unfolded = unfolded.Replace($"TZID={label}:", $"TZID={id}:", StringComparison.Ordinal)
                    .Replace($"TZID={label};", $"TZID={id};", StringComparison.Ordinal);
            }

            unfolded = Regex.Replace(unfolded, "^TZID:" + Regex.Escape(label) + @"(?=\r?$)", "TZID:" + id, RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return (unfolded, null);
    }

    private sealed record Zone(string Id, Offset? Standard, Offset? Daylight);

    private static bool IsKnown(string tzId)
    {
        try
        {
            // Ical.Net answers UTC for a label it does not know that begins like "(UTC+02:00) …"; only UTC's own names mean UTC.
            return Ical.Net.TimeZoneResolvers.Default(tzId) is { } zone && (zone.Id != "UTC" || UtcNames.Contains(tzId));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }

    /// <summary>The IANA zone for a label: its first named city whose offsets agree, else Finland's when its offsets are Finland's.</summary>
    private static string? ZoneFor(Zone zone)
    {
        var byCity = Cities.Value
            .Select(c => (c.Id, At: CityIn(zone.Id, c.City), c.City.Length))
            .Where(c => c.At >= 0)
            .OrderBy(c => c.At).ThenByDescending(c => c.Length)
            .Select(c => c.Id)
            .FirstOrDefault(id => Agrees(id, zone));
        if (byCity is not null)
        {
            return byCity;
        }

        return zone.Standard == Offset.FromHours(2) && (zone.Daylight is null || zone.Daylight == Offset.FromHours(3)) ? "Europe/Helsinki" : null;
    }

    private static int CityIn(string label, string city)
    {
        var at = label.IndexOf(city, StringComparison.OrdinalIgnoreCase);
        var end = at + city.Length;
        return at >= 0 && (at == 0 || !char.IsLetter(label[at - 1])) && (end == label.Length || !char.IsLetter(label[end])) ? at : -1;
    }

    /// <summary>Whether the zone's winter and summer offsets this year are those the file's VTIMEZONE gives (those it gives).</summary>
    private static bool Agrees(string id, Zone zone)
    {
        var tz = DateTimeZoneProviders.Tzdb[id];
        var year = SystemClock.Instance.GetCurrentInstant().InUtc().Year;
        var offsets = new[] { tz.GetUtcOffset(Instant.FromUtc(year, 1, 15, 12, 0)), tz.GetUtcOffset(Instant.FromUtc(year, 7, 15, 12, 0)) };
        var (standard, daylight) = (offsets.Min(), offsets.Max());
        return (zone.Standard is null || zone.Standard == standard) && (zone.Daylight is null || zone.Daylight == daylight)
            && (zone.Standard is not null || zone.Daylight is not null);
    }

    /// <summary>Each VTIMEZONE's TZID with the offsets its STANDARD and DAYLIGHT parts change to.</summary>
    private static IEnumerable<Zone> Zones(string text)
    {
        string? id = null;
        string? part = null;
        Offset? standard = null, daylight = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Equals("BEGIN:VTIMEZONE", StringComparison.OrdinalIgnoreCase))
            {
                (id, part, standard, daylight) = ("", null, null, null);
            }
            else if (id is null)
            {
                continue;
            }
            else if (line.Equals("END:VTIMEZONE", StringComparison.OrdinalIgnoreCase))
            {
                if (id.Length > 0)
                {
                    yield return new Zone(id, standard, daylight);
                }

                id = null;
            }
            else if (line.StartsWith("TZID:", StringComparison.OrdinalIgnoreCase) && part is null)
            {
                id = line[5..];
            }
            else if (line.StartsWith("BEGIN:", StringComparison.OrdinalIgnoreCase))
            {
                part = line[6..].ToUpperInvariant();
            }
            else if (line.StartsWith("END:", StringComparison.OrdinalIgnoreCase))
            {
                part = null;
            }
            else if (line.StartsWith("TZOFFSETTO:", StringComparison.OrdinalIgnoreCase) && OffsetPattern().Match(line[11..].Trim()) is { Success: true } m)
            {
                var offset = Offset.FromSeconds((m.Groups[1].Value == "-" ? -1 : 1) * ((int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) * 3600) + (int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) * 60)));
                if (part == "STANDARD")
                {
                    standard = offset;
                }
                else if (part == "DAYLIGHT")
                {
                    daylight = offset;
                }
            }
        }
    }

    /// <summary>RFC 5545 unfolding: a line break followed by a space or tab continues the line.</summary>
    private static string Unfold(string text) => FoldPattern().Replace(text, "");

    [GeneratedRegex(@"^([+-])(\d{2})(\d{2})(\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"\r?\n[ \t]", RegexOptions.CultureInvariant)]
    private static partial Regex FoldPattern();
}
