using Perhesilta.Platform.Calendar;

namespace Perhesilta.Features.Deadlines;

/// <summary>The date arithmetic of each clock rule: one place, used by the clocks, the reports and the calendar API.</summary>
public static class ClockRules
{
    private static readonly Dictionary<ClockRule, string> Codes = new()
    {
        [ClockRule.Shl36Start] = "shl36-start",
        [ClockRule.Shl36Complete] = "shl36-complete",
        [ClockRule.Lsl26Decision] = "lsl26-decision",
        [ClockRule.Lsl26Complete] = "lsl26-complete",
        [ClockRule.ClientPlan] = "client-plan",
        [ClockRule.ClientPlanReview] = "client-plan-review",
        [ClockRule.ReplyToContact] = "reply-to-contact",
        [ClockRule.ReplyToReferral] = "reply-to-referral",
        [ClockRule.NetworkMeeting] = "network-meeting",
        [ClockRule.AgreedAction] = "agreed-action",
    };

    public static IReadOnlyList<ClockRule> All { get; } = Enum.GetValues<ClockRule>();

    /// <summary>The rules whose due date follows from the start alone; an agreed action's date is agreed, not computed.</summary>
    public static IReadOnlyList<ClockRule> Computed { get; } = All.Where(r => r != ClockRule.AgreedAction).ToList();

    /// <summary>The rule's code in the API and in CSV files, e.g. <c>shl36-start</c>.</summary>
    public static string Code(ClockRule rule) => Codes[rule];

    public static ClockRule? FromCode(string? code) =>
        Codes.FirstOrDefault(pair => string.Equals(pair.Value, code, StringComparison.OrdinalIgnoreCase)) is { Value: not null } found
            ? found.Key
            : null;

    /// <summary>
    /// Whether the rule counts working days (arkipäivä; days taken and lateness are then counted in working days) or
    /// runs in months (counted in calendar days).
    /// </summary>
    public static bool CountsWorkingDays(ClockRule rule) =>
        rule is not (ClockRule.Shl36Complete or ClockRule.Lsl26Complete or ClockRule.ClientPlanReview);

    /// <summary>
    /// The due date of a clock whose matter became pending on <paramref name="start"/> (Finnish date; the day itself
    /// is not counted, 150/1930 § 2). Months end on the same date or the month's last day (§ 3); the due date is the
    /// plain date even when it falls on a weekend (domain-fi §3: an authority does not rely on § 5 for its own deadline).
    /// </summary>
    public static DateOnly Due(ClockRule rule, DateOnly start, FinnishCalendar calendar, DeadlineOptions options, bool urgent = false) => rule switch
    {
        ClockRule.Shl36Start when urgent => start,
        ClockRule.Shl36Start or ClockRule.Lsl26Decision => calendar.AddWorkingDays(start, 7),
        ClockRule.Shl36Complete or ClockRule.Lsl26Complete => FinnishCalendar.AddMonths(start, 3),
        ClockRule.ClientPlan => calendar.AddWorkingDays(start, options.ClientPlanWorkingDays),
        ClockRule.ClientPlanReview => FinnishCalendar.AddMonths(start, 12),
        ClockRule.ReplyToContact => calendar.AddWorkingDays(start, options.ReplyToContactWorkingDays),
        ClockRule.ReplyToReferral => calendar.AddWorkingDays(start, options.ReplyToReferralWorkingDays),
        ClockRule.NetworkMeeting => calendar.AddWorkingDays(start, options.NetworkMeetingWorkingDays),
        ClockRule.AgreedAction => throw new ArgumentException("An agreed action's due date is agreed, not computed: give the clock its FixedDueOn.", nameof(rule)),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    /// <summary>Days from <paramref name="from"/> (not counted) to <paramref name="to"/>, in the rule's unit; negative when earlier.</summary>
    public static int DaysBetween(ClockRule rule, DateOnly from, DateOnly to, FinnishCalendar calendar) =>
        CountsWorkingDays(rule) ? calendar.WorkingDaysBetween(from, to) : to.DayNumber - from.DayNumber;
}
