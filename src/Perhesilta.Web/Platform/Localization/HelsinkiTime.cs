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
}
