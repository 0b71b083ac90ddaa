using System.Globalization;

namespace Perhesilta.Features.Calendar;

/// <summary>What was wrong with a calendar API query: the parameter, a <see cref="CalendarText"/> key and its arguments.</summary>
public sealed record CalendarQueryError(string Parameter, string Key, object[] Args);

/// <summary>An answer of the calendar API: the value, or why the query was refused.</summary>
public sealed record CalendarAnswer<T>(T? Value, IReadOnlyList<CalendarQueryError> Errors)
    where T : class;

/// <summary>Reads the calendar API's dates: ISO dates within the years the calendar is tested for.</summary>
internal static class CalendarQuery
{
    /// <summary>The calendar is checked day by day against an independent list for 2000–2100; it answers for those years.</summary>
    public static readonly DateOnly First = new(2000, 1, 1);

    public static readonly DateOnly Last = new(2100, 12, 31);

    public static DateOnly? Date(string parameter, string? value, List<CalendarQueryError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new CalendarQueryError(parameter, "Api.DateMissing", [parameter]));
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new CalendarQueryError(parameter, "Api.DateFormat", [parameter, value]));
            return null;
        }

        if (date < First || date > Last)
        {
            errors.Add(new CalendarQueryError(parameter, "Api.DateOutOfRange", [parameter, value, Iso(First), Iso(Last)]));
            return null;
        }

        return date;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
