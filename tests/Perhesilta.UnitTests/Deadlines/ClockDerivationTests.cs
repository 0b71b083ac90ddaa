using Perhesilta.Features.Deadlines;
using Shouldly;
using static Perhesilta.UnitTests.Deadlines.Clocks;

namespace Perhesilta.UnitTests.Deadlines;

/// <summary>A clock's start, due date, state and days taken follow from its events, and only from them.</summary>
public sealed class ClockDerivationTests
{
    [Fact]
    public void A_started_clock_runs_from_the_Finnish_date_of_its_start_to_its_rules_due_date()
    {
        var clock = Started(ClockRule.Lsl26Decision, "2026-04-02 14:00");

        clock.StartedAt.ShouldBe(Helsinki("2026-04-02 14:00"));
        clock.StartDate.ShouldBe(Date("2026-04-02"));
        clock.DueOn.ShouldBe(Date("2026-04-15"));
        clock.State.ShouldBe(ClockState.Running);
        clock.EndedOn.ShouldBeNull();
        clock.DaysTaken.ShouldBeNull();
        clock.DaysLate.ShouldBeNull();
    }

    [Fact]
    public void A_start_just_after_midnight_in_Finland_is_that_Finnish_day_though_UTC_is_still_the_day_before()
    {
        var clock = Started(ClockRule.Shl36Start, "2026-04-02 00:30");

        clock.StartedAt.Day.ShouldBe(1);
        clock.StartDate.ShouldBe(Date("2026-04-02"));
    }

    [Fact]
    public void An_urgent_assessment_start_is_due_the_day_it_starts()
    {
        Started(ClockRule.Shl36Start, "2026-04-02 09:00", urgent: true).DueOn.ShouldBe(Date("2026-04-02"));
    }

    [Fact]
    public void Completed_on_the_due_date_is_met_with_the_days_taken_in_working_days()
    {
        var clock = Started(ClockRule.Lsl26Decision, "2026-04-02 14:00");
        Add(clock, ClockEventKind.Completed, "2026-04-15 15:59");

        clock.State.ShouldBe(ClockState.Met);
        clock.EndedOn.ShouldBe(Date("2026-04-15"));
        clock.DaysTaken.ShouldBe(7);
        clock.DaysLate.ShouldBeNull();
    }

    [Fact]
    public void Completed_the_working_day_after_the_due_date_is_missed_by_one()
    {
        var clock = Started(ClockRule.Lsl26Decision, "2026-04-02 14:00");
        Add(clock, ClockEventKind.Completed, "2026-04-16 08:00", "Sosiaalityöntekijä sairaana");

        clock.State.ShouldBe(ClockState.Missed);
        clock.DaysTaken.ShouldBe(8);
        clock.DaysLate.ShouldBe(1);
    }

    [Fact]
    public void Completed_on_the_Saturday_after_a_Friday_due_date_is_late_by_at_least_one_day()
    {
        var clock = Started(ClockRule.ReplyToContact, "2026-11-17 10:00");
        clock.DueOn.ShouldBe(Date("2026-11-20"));
        Add(clock, ClockEventKind.Completed, "2026-11-21 11:00", "Soitettiin lauantaina");

        clock.State.ShouldBe(ClockState.Missed);
        clock.DaysTaken.ShouldBe(3);
        clock.DaysLate.ShouldBe(1);
    }

    [Fact]
    public void A_month_rule_counts_days_taken_and_lateness_in_calendar_days()
    {
        var clock = Started(ClockRule.Shl36Complete, "2025-11-30 12:00");
        clock.DueOn.ShouldBe(Date("2026-02-28"));
        Add(clock, ClockEventKind.Completed, "2026-03-02 12:00", "Arviointi valmistui maanantaina");

        clock.State.ShouldBe(ClockState.Missed);
        clock.DaysTaken.ShouldBe(92);
        clock.DaysLate.ShouldBe(2);
    }

    [Fact]
    public void A_stopped_clock_keeps_its_reason_and_a_reopened_one_runs_again()
    {
        var clock = Started(ClockRule.Shl36Start, "2026-11-16 10:00");
        Add(clock, ClockEventKind.Stopped, "2026-11-17 10:00", "Arviointi ilmeisen tarpeeton");

        clock.State.ShouldBe(ClockState.Stopped);
        clock.StopReason.ShouldBe("Arviointi ilmeisen tarpeeton");
        clock.EndedOn.ShouldBe(Date("2026-11-17"));

        Add(clock, ClockEventKind.Reopened, "2026-11-18 10:00", "Pysäytetty väärästä asiakkuudesta");

        clock.State.ShouldBe(ClockState.Running);
        clock.StopReason.ShouldBeNull();
        clock.EndedOn.ShouldBeNull();
        clock.DueOn.ShouldBe(Date("2026-11-25"));
    }

    [Fact]
    public void Correcting_the_start_moves_the_due_date_and_keeps_both_events_in_the_history()
    {
        var clock = Started(ClockRule.Shl36Start, "2026-11-18 10:00");
        var first = clock.Events.Single();
        var correction = Add(clock, ClockEventKind.Started, "2026-11-16 10:00", "Ilmoitus saapui jo maanantaina", first.Id, recordedLocal: "2026-11-18 12:00");

        clock.StartDate.ShouldBe(Date("2026-11-16"));
        clock.DueOn.ShouldBe(Date("2026-11-25"));
        clock.Events.Count.ShouldBe(2);
        ClockDerivation.Effective(clock.Events).ShouldBe([correction]);
    }

    [Fact]
    public void Correcting_a_late_completion_to_an_earlier_date_turns_a_miss_into_a_meeting_of_the_deadline()
    {
        var clock = Started(ClockRule.ReplyToContact, "2026-11-16 10:00");
        var late = Add(clock, ClockEventKind.Completed, "2026-11-20 10:00", "Kirjattiin myöhään");
        clock.State.ShouldBe(ClockState.Missed);

        Add(clock, ClockEventKind.Completed, "2026-11-18 10:00", "Soitto oli keskiviikkona", late.Id, recordedLocal: "2026-11-20 11:00");

        clock.State.ShouldBe(ClockState.Met);
        clock.DaysTaken.ShouldBe(2);
        clock.DaysLate.ShouldBeNull();
    }

    [Fact]
    public void Effective_events_are_in_the_order_they_happened_then_were_recorded()
    {
        var clock = Started(ClockRule.NetworkMeeting, "2026-11-16 10:00");
        var stop = Add(clock, ClockEventKind.Stopped, "2026-11-17 10:00", "Perhe perui", recordedLocal: "2026-11-17 10:05");
        var reopen = Add(clock, ClockEventKind.Reopened, "2026-11-17 10:00", "Perhe halusi sittenkin", recordedLocal: "2026-11-17 10:10");

        ClockDerivation.Effective(clock.Events).Select(e => e.Kind).ShouldBe([ClockEventKind.Started, ClockEventKind.Stopped, ClockEventKind.Reopened]);
        clock.State.ShouldBe(ClockState.Running);
        stop.Id.ShouldNotBe(reopen.Id);
    }

    [Fact]
    public void A_clock_without_a_start_event_is_refused()
    {
        var clock = new Perhesilta.Features.Deadlines.DeadlineClock { Rule = ClockRule.ClientPlan };
        Should.Throw<InvalidOperationException>(() => ClockDerivation.Apply(clock, WorkingDays, Options));
    }
}
