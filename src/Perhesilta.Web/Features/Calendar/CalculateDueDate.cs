using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Perhesilta.Features.Deadlines;
using Perhesilta.Platform.Calendar;

namespace Perhesilta.Features.Calendar;

/// <summary>The answer of <c>GET /api/v1/calendar/due-date</c>.</summary>
/// <param name="Rule">The rule's code, e.g. <c>lsl26-decision</c>.</param>
/// <param name="Start">The day the matter became pending (not counted).</param>
/// <param name="Due">The last day by which it must be done.</param>
/// <param name="Basis">The legal basis or the county's promise, and how it is counted.</param>
public sealed record DueDateResponse(string Rule, DateOnly Start, DateOnly Due, string Basis);

/// <summary>
/// The due date of a clock rule for a start date, with the county's settings and closure days: the same arithmetic
/// (<see cref="ClockRules.Due"/>) the clocks use.
/// </summary>
public sealed class CalculateDueDate(FinnishCalendar calendar, IOptions<DeadlineOptions> options, IStringLocalizer<CalendarText> text)
{
    public static string KnownRules => string.Join(", ", ClockRules.Computed.Select(ClockRules.Code));

    public CalendarAnswer<DueDateResponse> Handle(string? rule, string? start, string? urgent)
    {
        var errors = new List<CalendarQueryError>();
        ClockRule? chosen = null;
        if (string.IsNullOrWhiteSpace(rule))
        {
            errors.Add(new CalendarQueryError("rule", "Api.RuleMissing", [KnownRules]));
        }
        else if ((chosen = ClockRules.FromCode(rule.Trim())) is not { } known || !ClockRules.Computed.Contains(known))
        {
            errors.Add(new CalendarQueryError("rule", "Api.RuleUnknown", [rule, KnownRules]));
        }

        var date = CalendarQuery.Date("start", start, errors);
        var isUrgent = false;
        if (!string.IsNullOrWhiteSpace(urgent) && !bool.TryParse(urgent.Trim(), out isUrgent))
        {
            errors.Add(new CalendarQueryError("urgent", "Api.UrgentFormat", [urgent]));
        }
        else if (isUrgent && chosen is { } other && other != ClockRule.Shl36Start)
        {
            errors.Add(new CalendarQueryError("urgent", "Api.UrgentOnlyForAssessmentStart", [ClockRules.Code(other)]));
        }

        if (errors.Count > 0)
        {
            return new CalendarAnswer<DueDateResponse>(null, errors);
        }

        var due = ClockRules.Due(chosen!.Value, date!.Value, calendar, options.Value, isUrgent);
        return new CalendarAnswer<DueDateResponse>(new DueDateResponse(ClockRules.Code(chosen.Value), date.Value, due, Basis(chosen.Value, isUrgent)), errors);
    }

    /// <summary>The rule's legal basis (or the county's promise with its number of days), in the current language.</summary>
    public string Basis(ClockRule rule, bool urgent = false)
    {
        var settings = options.Value;
        var code = ClockRules.Code(rule);
        return rule switch
        {
            ClockRule.Shl36Start when urgent => text["Basis." + code + ".Urgent"],
            ClockRule.ClientPlan => text["Basis." + code, settings.ClientPlanWorkingDays],
            ClockRule.ReplyToContact => text["Basis." + code, settings.ReplyToContactWorkingDays],
            ClockRule.ReplyToReferral => text["Basis." + code, settings.ReplyToReferralWorkingDays],
            ClockRule.NetworkMeeting => text["Basis." + code, settings.NetworkMeetingWorkingDays],
            _ => text["Basis." + code],
        };
    }
}
