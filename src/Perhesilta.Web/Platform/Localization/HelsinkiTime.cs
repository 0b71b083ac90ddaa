using System.Globalization;

namespace Perhesilta.Platform.Localization;

/// <summary>Instants are stored in UTC and shown in Finnish time, in the reader's culture.</summary>
public static class HelsinkiTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime helsinki) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(helsinki, DateTimeKind.Unspecified), Zone);

    /// <summary>Date and time as the reader's culture writes them, e.g. 22.11.2026 15.04.</summary>
    public static string Format(DateTime utc) => ToLocal(utc).ToString("g", CultureInfo.CurrentCulture);

    public static string FormatDate(DateTime utc) => ToLocal(utc).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A date typed by a person: 22.11.2026, 22.11.26 or 2026-11-22.</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "d.M.yyyy", "d.M.yy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The UTC instants between which a Finnish calendar day falls: from its midnight to the next.</summary>
    public static (DateTime Start, DateTime End) DayInUtc(DateOnly day) =>
        (ToUtc(day.ToDateTime(TimeOnly.MinValue)), ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue)));
}
