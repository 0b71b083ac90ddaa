using Microsoft.Extensions.Localization;
using Perhesilta.Platform.Calendar;

namespace Perhesilta.Features.Calendar;

/// <summary>The answer of <c>GET /api/v1/calendar/non-working-days</c>.</summary>
public sealed record NonWorkingDaysResponse(IReadOnlyList<NonWorkingDayItem> Days);

/// <param name="Kind"><c>holiday</c>, <c>eve</c> (Midsummer or Christmas Eve, per the county's setting), <c>weekend</c> or <c>closure</c>.</param>
/// <param name="Reason">The holiday's or weekday's name in the language asked for, or the county's reason for a closure.</param>
public sealed record NonWorkingDayItem(DateOnly Date, string Kind, string Reason);

/// <summary>
/// The days that are not working days for deadlines between two dates (both included), and why: what other systems
/// need to count as Perhesilta counts.
/// </summary>
public sealed class ListNonWorkingDays(FinnishCalendar calendar, IStringLocalizer<CalendarText> text)
{
    /// <summary>The longest period one query may ask for.</summary>
    public const int MaxYears = 10;

    public CalendarAnswer<NonWorkingDaysResponse> Handle(string? from, string? to)
    {
        var errors = new List<CalendarQueryError>();
        var first = CalendarQuery.Date("from", from, errors);
        var last = CalendarQuery.Date("to", to, errors);
        if (first is { } f && last is { } l)
        {
            if (f > l)
            {
                errors.Add(new CalendarQueryError("to", "Api.FromAfterTo", [CalendarQuery.Iso(f), CalendarQuery.Iso(l)]));
            }
            else if (l > f.AddYears(MaxYears))
            {
                errors.Add(new CalendarQueryError("to", "Api.RangeTooLong", [CalendarQuery.Iso(f), CalendarQuery.Iso(l), MaxYears]));
            }
        }

        if (errors.Count > 0)
        {
            return new CalendarAnswer<NonWorkingDaysResponse>(null, errors);
        }

        var days = calendar.NonWorkingDays(first!.Value, last!.Value)
            .Select(day => new NonWorkingDayItem(day.Date, Kind(day.Kind), Reason(day)))
            .ToList();
        return new CalendarAnswer<NonWorkingDaysResponse>(new NonWorkingDaysResponse(days), errors);
    }

    /// <summary>Why the day is not a working day, in the current language.</summary>
    public string Reason(NonWorkingDay day) => day switch
    {
        { Holiday: { } holiday } => text["Holiday." + holiday],
        { Kind: NonWorkingKind.Weekend } => text["Weekend." + day.Date.DayOfWeek],
        _ => day.ClosureReason ?? "",
    };

    private static string Kind(NonWorkingKind kind) => kind switch
    {
        NonWorkingKind.Holiday => "holiday",
        NonWorkingKind.Eve => "eve",
        NonWorkingKind.Weekend => "weekend",
        _ => "closure",
    };
}
