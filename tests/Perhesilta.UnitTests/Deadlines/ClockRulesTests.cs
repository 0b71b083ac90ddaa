using System.Globalization;
using Perhesilta.Features.Deadlines;
using Perhesilta.Platform.Calendar;
using Shouldly;

namespace Perhesilta.UnitTests.Deadlines;

/// <summary>The due date of every clock rule, hand-checked around Easter, Midsummer, Christmas, New Year and month ends.</summary>
public sealed class ClockRulesTests
{
    private static readonly FinnishCalendar Calendar = new();
    private static readonly DeadlineOptions Defaults = new();

    [Theory]
    // domain-fi §3 worked examples: the day the matter became pending is not counted.
    [InlineData("shl36-start", "2025-04-15", "2025-04-28")]
    [InlineData("shl36-start", "2025-12-19", "2026-01-05")]
    [InlineData("shl36-start", "2026-06-16", "2026-06-26")]
    [InlineData("shl36-start", "2025-11-18", "2025-11-27")]
    [InlineData("shl36-complete", "2025-11-30", "2026-02-28")]
    [InlineData("lsl26-complete", "2025-11-30", "2026-02-28")]
    // Maundy Thursday 2.4.2026: Good Friday and Easter Monday are skipped; the 7th working day is Wed 15.4.
    // (Tue 14.4. is the 6th: 7.4. Tue 1, 8.4. 2, 9.4. 3, 10.4. 4, 13.4. 5, 14.4. 6, 15.4. 7.)
    [InlineData("lsl26-decision", "2026-04-02", "2026-04-15")]
    [InlineData("shl36-start", "2026-04-02", "2026-04-15")]
    // Easter 2027 (Good Friday 26.3., Easter Monday 29.3.).
    [InlineData("lsl26-decision", "2027-03-24", "2027-04-06")]
    [InlineData("reply-to-contact", "2027-03-25", "2027-04-01")]
    [InlineData("reply-to-referral", "2027-03-25", "2027-04-05")]
    [InlineData("network-meeting", "2027-03-25", "2027-04-12")]
    [InlineData("client-plan", "2027-03-25", "2027-04-12")]
    // Midsummer: the eve (Fri 25.6.2027) is no working day by default.
    [InlineData("reply-to-contact", "2027-06-23", "2027-06-29")]
    [InlineData("lsl26-decision", "2027-06-21", "2027-07-01")]
    // Christmas and New Year: 24.–26.12., 1.1. and Epiphany (Wed 6.1.2027) are skipped, 31.12. counts.
    [InlineData("reply-to-contact", "2026-12-23", "2026-12-30")]
    [InlineData("reply-to-referral", "2026-12-23", "2027-01-04")]
    [InlineData("network-meeting", "2026-12-22", "2027-01-11")]
    [InlineData("client-plan", "2026-12-18", "2027-01-07")]
    [InlineData("shl36-start", "2026-12-30", "2027-01-12")]
    // Month ends: the same date three or twelve months later, or the month's last day.
    [InlineData("shl36-complete", "2026-01-31", "2026-04-30")]
    [InlineData("lsl26-complete", "2026-08-31", "2026-11-30")]
    [InlineData("shl36-complete", "2027-11-30", "2028-02-29")]
    [InlineData("lsl26-complete", "2026-12-31", "2027-03-31")]
    [InlineData("client-plan-review", "2024-02-29", "2025-02-28")]
    [InlineData("client-plan-review", "2026-05-15", "2027-05-15")]
    // A month rule's due date may fall on a weekend: it is reported as the plain date.
    [InlineData("shl36-complete", "2026-03-14", "2026-06-14")]
    // A start on a weekend or holiday: counting begins with the next working day.
    [InlineData("reply-to-contact", "2026-04-04", "2026-04-09")]
    [InlineData("shl36-start", "2026-05-01", "2026-05-12")]
    public void Each_rule_is_due_on_the_hand_checked_date(string rule, string start, string due) =>
        ClockRules.Due(ClockRules.FromCode(rule)!.Value, Date(start), Calendar, Defaults).ShouldBe(Date(due));

    [Fact]
    public void An_urgent_assessment_start_is_due_the_same_day_and_urgency_changes_no_other_rule()
    {
        var start = Date("2026-04-03");
        ClockRules.Due(ClockRule.Shl36Start, start, Calendar, Defaults, urgent: true).ShouldBe(start);
        ClockRules.Due(ClockRule.Shl36Start, start, Calendar, Defaults, urgent: false).ShouldBe(Date("2026-04-15"));
        ClockRules.Due(ClockRule.Lsl26Decision, start, Calendar, Defaults, urgent: true).ShouldBe(Date("2026-04-15"));
        ClockRules.Due(ClockRule.Shl36Complete, start, Calendar, Defaults, urgent: true).ShouldBe(Date("2026-07-03"));
    }

    [Fact]
    public void The_county_promises_follow_its_settings()
    {
        var options = new DeadlineOptions { ReplyToContactWorkingDays = 5, ReplyToReferralWorkingDays = 1, NetworkMeetingWorkingDays = 3, ClientPlanWorkingDays = 20 };
        var start = Date("2026-11-16");
        ClockRules.Due(ClockRule.ReplyToContact, start, Calendar, options).ShouldBe(Date("2026-11-23"));
        ClockRules.Due(ClockRule.ReplyToReferral, start, Calendar, options).ShouldBe(Date("2026-11-17"));
        ClockRules.Due(ClockRule.NetworkMeeting, start, Calendar, options).ShouldBe(Date("2026-11-19"));
        ClockRules.Due(ClockRule.ClientPlan, start, Calendar, options).ShouldBe(Date("2026-12-14"));
        ClockRules.Due(ClockRule.Shl36Start, start, Calendar, options).ShouldBe(Date("2026-11-25"));
    }

    [Theory]
    [InlineData("shl36-start", false, "2026-12-31")]
    [InlineData("shl36-start", true, "2026-12-30")]
    [InlineData("lsl26-decision", true, "2026-12-30")]
    [InlineData("reply-to-contact", false, "2026-12-23")]
    public void The_eves_setting_moves_working_day_rules_over_Christmas(string rule, bool evesAreWorkingDays, string due) =>
        ClockRules.Due(ClockRules.FromCode(rule)!.Value, Date("2026-12-18"), new FinnishCalendar(evesAreWorkingDays), Defaults).ShouldBe(Date(due));

    [Fact]
    public void A_county_closure_moves_working_day_rules_but_not_month_rules()
    {
        var closed = Calendar.WithClosures(new Dictionary<DateOnly, string> { [Date("2026-11-20")] = "Henkilöstöpäivä" });
        ClockRules.Due(ClockRule.Shl36Start, Date("2026-11-16"), closed, Defaults).ShouldBe(Date("2026-11-26"));
        ClockRules.Due(ClockRule.ReplyToContact, Date("2026-11-18"), closed, Defaults).ShouldBe(Date("2026-11-24"));
        ClockRules.Due(ClockRule.Shl36Complete, Date("2026-11-16"), closed, Defaults).ShouldBe(Date("2027-02-16"));
    }

    [Fact]
    public void Every_rule_has_a_code_that_reads_back_and_unknown_codes_are_none()
    {
        ClockRules.All.Count.ShouldBe(10);
        foreach (var rule in ClockRules.All)
        {
            ClockRules.FromCode(ClockRules.Code(rule)).ShouldBe(rule);
            ClockRules.FromCode(ClockRules.Code(rule).ToUpperInvariant()).ShouldBe(rule);
        }

        ClockRules.All.Select(ClockRules.Code).ShouldBe(
            ["shl36-start", "shl36-complete", "lsl26-decision", "lsl26-complete", "client-plan", "client-plan-review", "reply-to-contact", "reply-to-referral", "network-meeting", "agreed-action"]);
        ClockRules.Computed.ShouldNotContain(ClockRule.AgreedAction);
        Should.Throw<ArgumentException>(() => ClockRules.Due(ClockRule.AgreedAction, Date("2026-04-02"), Calendar, Defaults));
        ClockRules.FromCode("shl36").ShouldBeNull();
        ClockRules.FromCode("").ShouldBeNull();
        ClockRules.FromCode(null).ShouldBeNull();
    }

    [Fact]
    public void Month_rules_count_calendar_days_and_the_others_working_days()
    {
        ClockRules.All.Where(r => !ClockRules.CountsWorkingDays(r))
            .ShouldBe([ClockRule.Shl36Complete, ClockRule.Lsl26Complete, ClockRule.ClientPlanReview], ignoreOrder: true);

        // Thu 2.4.2026 to Wed 15.4.2026: 13 calendar days, 7 working days; backwards negative.
        ClockRules.DaysBetween(ClockRule.Shl36Start, Date("2026-04-02"), Date("2026-04-15"), Calendar).ShouldBe(7);
        ClockRules.DaysBetween(ClockRule.Shl36Complete, Date("2026-04-02"), Date("2026-04-15"), Calendar).ShouldBe(13);
        ClockRules.DaysBetween(ClockRule.ReplyToContact, Date("2026-04-15"), Date("2026-04-02"), Calendar).ShouldBe(-7);
        ClockRules.DaysBetween(ClockRule.ClientPlanReview, Date("2026-04-15"), Date("2026-04-02"), Calendar).ShouldBe(-13);
    }

    [Fact]
    public void Working_day_rules_are_due_on_a_working_day_from_every_start_day_of_2000_to_2100()
    {
        var rules = ClockRules.Computed.Where(ClockRules.CountsWorkingDays).ToList();
        for (var day = new DateOnly(2000, 1, 1); day <= new DateOnly(2100, 12, 31); day = day.AddDays(1))
        {
            foreach (var rule in rules)
            {
                var due = ClockRules.Due(rule, day, Calendar, Defaults);
                Calendar.IsWorkingDay(due).ShouldBeTrue($"{ClockRules.Code(rule)} from {day:yyyy-MM-dd}");
                due.ShouldBeGreaterThan(day);
            }
        }
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
