using System.Globalization;

namespace Perhesilta.Features.ServiceDirectory.Finder;

/// <summary>One line of weekly hours: a day or a run of days with the same hours, e.g. "ma–pe" and "8.00–16.00".</summary>
public sealed record WeeklyLine(string Days, string Hours, bool Closed, string? Note);

/// <summary>A dated exception (a holiday, a summer closure), e.g. "24.12.2026–26.12.2026" and "suljettu".</summary>
public sealed record ExceptionLine(string Dates, string Hours, bool Closed, string? Note, bool Today);

/// <summary>The hours of one place (a location, or the service itself such as its phone hours), as a family reads them.</summary>
public sealed record HoursBlock(Guid? LocationId, IReadOnlyList<WeeklyLine> Weekly, IReadOnlyList<ExceptionLine> Exceptions);

/// <summary>
/// Turns opening-hours rows into what a reader takes in at a glance: days with the same hours joined into a run
/// (Monday to Friday 8–16), several spans of a day side by side (8–11, 12–16), and only the exceptions that still
/// matter (today's, and those starting within <see cref="UpcomingDays"/> days). Names and times follow the reader's culture.
/// </summary>
public static class HoursSummary
{
    /// <summary>How far ahead an exception is worth telling; a summer closure is announced some weeks before.</summary>
    public const int UpcomingDays = 60;

    public static IReadOnlyList<HoursBlock> Of(IEnumerable<OpeningHours> rows, DateOnly today, CultureInfo culture, string closedText)
    {
        var language = culture.TwoLetterISOLanguageName;
        return [.. rows.GroupBy(r => r.LocationId)
            .OrderBy(g => g.Key is null ? 0 : 1)
            .Select(g => new HoursBlock(g.Key, Weekly(g, culture, closedText, language), Exceptions(g, today, culture, closedText, language)))
            .Where(b => b.Weekly.Count > 0 || b.Exceptions.Count > 0)];
    }

    private static List<WeeklyLine> Weekly(IEnumerable<OpeningHours> rows, CultureInfo culture, string closedText, string language)
    {
        // One entry per weekday that has rows: its spans as text; days without rows are left out rather than guessed.
        var days = rows.Where(r => r.Weekday is >= 1 and <= 7)
            .GroupBy(r => r.Weekday!.Value)
            .OrderBy(g => g.Key)
            .Select(g => (Day: g.Key, Value: DayValue(g.ToList(), culture, closedText, language)))
            .ToList();
        var lines = new List<WeeklyLine>();
        var start = 0;
        for (var i = 1; i <= days.Count; i++)
        {
            var runEnds = i == days.Count || days[i].Day != days[i - 1].Day + 1 || days[i].Value != days[start].Value;
            if (!runEnds)
            {
                continue;
            }

            var (first, last) = (days[start].Day, days[i - 1].Day);
            var label = first == last ? DayName(first, culture) : $"{DayName(first, culture)}–{DayName(last, culture)}";
            var value = days[start].Value;
            lines.Add(new WeeklyLine(label, value.Hours, value.Closed, value.Note));
            start = i;
        }

        return lines;
    }

    private static List<ExceptionLine> Exceptions(IEnumerable<OpeningHours> rows, DateOnly today, CultureInfo culture, string closedText, string language) =>
        [.. rows.Where(r => r.ValidFrom is not null)
            .Where(r => (r.ValidTo ?? r.ValidFrom!.Value) >= today && r.ValidFrom!.Value <= today.AddDays(UpcomingDays))
            .GroupBy(r => (From: r.ValidFrom!.Value, To: r.ValidTo ?? r.ValidFrom!.Value))
            .OrderBy(g => g.Key.From)
            .Select(g =>
            {
                var value = DayValue(g.ToList(), culture, closedText, language);
                var dates = g.Key.From == g.Key.To ? Date(g.Key.From, culture) : $"{Date(g.Key.From, culture)}–{Date(g.Key.To, culture)}";
                return new ExceptionLine(dates, value.Hours, value.Closed, value.Note, g.Key.From <= today && today <= g.Key.To);
            })];

    private static (string Hours, bool Closed, string? Note) DayValue(List<OpeningHours> rows, CultureInfo culture, string closedText, string language)
    {
        var notes = string.Join(", ", rows.Select(r => r.Note.IsEmpty ? null : r.Note.In(language)).OfType<string>().Distinct(StringComparer.Ordinal));
        var note = notes.Length == 0 ? null : notes;
        var open = rows.Where(r => !r.IsClosed && r.OpensAt is not null && r.ClosesAt is not null).OrderBy(r => r.OpensAt).ToList();
        if (open.Count == 0)
        {
            return (closedText, true, note);
        }

        return (string.Join(", ", open.Select(r => $"{Time(r.OpensAt!.Value, culture)}–{Time(r.ClosesAt!.Value, culture)}")), false, note);
    }

    /// <summary>The short name of an ISO weekday (1 = Monday) in the culture: "ma", "mån", "Mon".</summary>
    public static string DayName(int isoWeekday, CultureInfo culture) =>
        culture.DateTimeFormat.AbbreviatedDayNames[isoWeekday % 7];

    private static string Time(TimeOnly time, CultureInfo culture) => time.ToString("t", culture);

    private static string Date(DateOnly date, CultureInfo culture) => date.ToString("d", culture);
}
