using System.Globalization;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>A clock in words: its legal basis and its state as of today ("käynnissä, 3 arkipäivää jäljellä", "myöhästyi 4 arkipäivää").</summary>
public sealed class ClockPresenter(IStringLocalizer<ClockText> text, FinnishCalendar calendar, DeadlineClocks clocks, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(HelsinkiTime.ToLocal(time.GetUtcNow().UtcDateTime));

    public string Rule(ClockRule rule) => text["Rule." + rule];

    public string Basis(DeadlineClock clock)
    {
        var options = clocks.Options;
        return clock.Rule switch
        {
            ClockRule.Shl36Start when clock.Urgent => text["Basis.Shl36Start.Urgent"],
            ClockRule.ClientPlan => text["Basis.ClientPlan", options.ClientPlanWorkingDays],
            ClockRule.ReplyToContact => text["Basis.ReplyToContact", options.ReplyToContactWorkingDays],
            ClockRule.ReplyToReferral => text["Basis.ReplyToReferral", options.ReplyToReferralWorkingDays],
            ClockRule.NetworkMeeting => text["Basis.NetworkMeeting", options.NetworkMeetingWorkingDays],
            _ => text["Basis." + clock.Rule],
        };
    }

    /// <summary>Overdue: running and its due date has passed (Finnish date); derived when read, never stored.</summary>
    public bool IsOverdue(DeadlineClock clock) => clock.State == ClockState.Running && clock.DueOn < Today;

    public string State(DeadlineClock clock)
    {
        var unit = ClockRules.CountsWorkingDays(clock.Rule) ? "WorkingDays" : "Days";
        var today = Today;
        return clock.State switch
        {
            ClockState.Met => text["State.Met", Date(clock.EndedOn!.Value)],
            ClockState.Missed => text["State.Missed." + unit, clock.DaysLate ?? 0],
            ClockState.Stopped => text["State.Stopped", clock.StopReason ?? ""],
            _ when clock.DueOn == today => text["State.DueToday"],

            // Overdue past a Friday due date on the weekend is late by no working day, yet late: at least one.
            _ when clock.DueOn < today => text["State.Overdue." + unit, Math.Max(1, ClockRules.DaysBetween(clock.Rule, clock.DueOn, today, calendar))],
            _ => text["State.Running." + unit, ClockRules.DaysBetween(clock.Rule, today, clock.DueOn, calendar)],
        };
    }

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
}
