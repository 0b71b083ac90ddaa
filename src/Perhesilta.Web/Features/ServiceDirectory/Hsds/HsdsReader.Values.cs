using System.Globalization;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>How the reader takes schedules, translations, ages, times and dates.</summary>
public sealed partial class HsdsReader
{
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss", "H:mm:ss"];

    private static void Hours(HsdsSchedule schedule, string path, Guid? location, HsdsRead<DirectoryService> read, RecordIssues issues)
    {
        var service = read.Record;
        if (schedule.Freq == "MONTHLY")
        {
            issues.Add(path + ".freq", "Import.WeeklyOnly");
            return;
        }

        var opens = Time(schedule.OpensAt, path + ".opens_at", issues);
        var closes = Time(schedule.ClosesAt, path + ".closes_at", issues);
        var from = DateField(schedule.ValidFrom, path + ".valid_from", issues);
        var to = DateField(schedule.ValidTo, path + ".valid_to", issues);
        var note = Text(schedule.Notes, Translations(schedule.Attributes, new Dictionary<string, string> { ["notes"] = "Note" }, issues), "Note");
        var days = new List<int?>();
        foreach (var day in (schedule.Byday ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (HsdsWriter.WeekdayOf(day) is { } weekday)
            {
                days.Add(weekday);
            }
            else
            {
                issues.Add(path + ".byday", "Import.NotAWeekday", day);
            }
        }

        if (days.Count == 0)
        {
            days.Add(null);
        }

        foreach (var day in days)
        {
            read.Paths[$"OpeningHours[{service.OpeningHours.Count}]"] = path;
            service.OpeningHours.Add(new OpeningHours
            {
                ServiceId = service.Id,
                LocationId = location,
                Weekday = day,
                ValidFrom = from,
                ValidTo = from is null ? null : to ?? from,
                OpensAt = opens,
                ClosesAt = closes,
                IsClosed = schedule.OpensAt is null && schedule.ClosesAt is null,
                Note = note,
            });
        }
    }

    /// <summary>The translations among the attributes: model field → language → text; unknown fields or languages are errors.</summary>
    private static Dictionary<(string Field, string Language), string> Translations(List<HsdsAttributeLink>? attributes, Dictionary<string, string> fields, RecordIssues issues)
    {
        var texts = new Dictionary<(string, string), string>();
        foreach (var (attribute, i) in Indexed(attributes))
        {
            if (HsdsVocabulary.TaxonomyOf(attribute) != HsdsVocabulary.Translations)
            {
                continue;
            }

            var code = attribute.TaxonomyTerm?.Code ?? "";
            var parts = code.Split(':');
            if (parts.Length == 2 && fields.TryGetValue(parts[0], out var field) && parts[1] is "fi" or "sv" or "en")
            {
                texts[(field, parts[1])] = attribute.Value ?? "";
            }
            else
            {
                issues.Add($"attributes[{i}].taxonomy_term.code", "Import.UnknownTranslation", code);
            }
        }

        return texts;
    }

    private static LocalizedText Text(string? main, Dictionary<(string Field, string Language), string> translations, string field) =>
        LocalizedText.Of(
            Blank(translations.GetValueOrDefault((field, "fi")) ?? main),
            Blank(translations.GetValueOrDefault((field, "sv"))),
            Blank(translations.GetValueOrDefault((field, "en"))));

    private static int Age(double? value, int missing, string field, RecordIssues issues)
    {
        if (value is null)
        {
            return missing;
        }

        if (value != Math.Floor(value.Value))
        {
            issues.Add(field, "Import.NotWholeYears", value.Value);
            return missing;
        }

        return (int)Math.Clamp(value.Value, -1, DirectoryLimits.MaxAge + 1);
    }

    private static TimeOnly? Time(string? text, string field, RecordIssues issues)
    {
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        issues.Add(field, "Import.NotATime", text);
        return null;
    }

    private static DateOnly? DateField(string? text, string field, RecordIssues issues)
    {
        if (text is null)
        {
            return null;
        }

        if (Date(text) is { } date)
        {
            return date;
        }

        issues.Add(field, "Import.NotADate", text);
        return null;
    }

    /// <summary>A date "2026-11-22", or the date of a date-time such as "2026-11-22T10:00:00Z".</summary>
    private static DateOnly? Date(string text)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return trimmed.Length > 10 && trimmed[10] is 'T' or ' '
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date
            : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IEnumerable<(T Item, int Index)> Indexed<T>(List<T>? items) => (items ?? []).Select((item, i) => (item, i));

    /// <summary>The issues of one record.</summary>
    private sealed class RecordIssues(List<HsdsIssue> all, string kind, Guid id)
    {
        public void Add(string field, string key, params object[] arguments) => all.Add(HsdsIssue.Of(kind, HsdsVocabulary.Id(id), field, key, arguments));
    }
}
