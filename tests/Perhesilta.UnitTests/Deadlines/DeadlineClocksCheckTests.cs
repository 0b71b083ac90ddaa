using Perhesilta.Features.Deadlines;
using Shouldly;
using static Perhesilta.UnitTests.Deadlines.Clocks;

namespace Perhesilta.UnitTests.Deadlines;

/// <summary>What <see cref="DeadlineClocks.Check"/> refuses, and that <see cref="DeadlineClocks.Record"/> refuses the same.</summary>
public sealed class DeadlineClocksCheckTests
{
    // Now: Friday 20.11.2026 at noon; the clock started on Monday 16.11. and is due on Thursday 19.11.
    private static readonly DeadlineClocks Now = At("2026-11-20 12:00");

    private static DeadlineClock Running() => Started(ClockRule.ReplyToContact, "2026-11-16 10:00");

    [Fact]
    public void An_event_in_the_future_is_refused()
    {
        Now.Check(Running(), ClockEventKind.Completed, Helsinki("2026-11-20 12:01"), "Myöhässä").ShouldBe(ClockEventError.InFuture);
    }

    [Fact]
    public void A_completion_before_the_start_is_refused()
    {
        Now.Check(Running(), ClockEventKind.Completed, Helsinki("2026-11-16 09:59"), null).ShouldBe(ClockEventError.BeforeStart);
        Now.Check(Running(), ClockEventKind.Stopped, Helsinki("2026-11-15 10:00"), "Syy").ShouldBe(ClockEventError.BeforeStart);
    }

    [Fact]
    public void A_completion_on_time_needs_no_reason_but_a_late_one_does()
    {
        var clock = Running();
        Now.Check(clock, ClockEventKind.Completed, Helsinki("2026-11-19 23:59"), null).ShouldBeNull();
        Now.Check(clock, ClockEventKind.Completed, Helsinki("2026-11-20 08:00"), null).ShouldBe(ClockEventError.ReasonRequired);
        Now.Check(clock, ClockEventKind.Completed, Helsinki("2026-11-20 08:00"), "   ").ShouldBe(ClockEventError.ReasonRequired);
        Now.Check(clock, ClockEventKind.Completed, Helsinki("2026-11-20 08:00"), "Perhettä ei tavoitettu ajoissa").ShouldBeNull();
    }

    [Fact]
    public void A_stop_and_a_reopening_need_a_reason()
    {
        var clock = Running();
        Now.Check(clock, ClockEventKind.Stopped, Helsinki("2026-11-17 10:00"), null).ShouldBe(ClockEventError.ReasonRequired);
        Now.Check(clock, ClockEventKind.Stopped, Helsinki("2026-11-17 10:00"), "Arviointi ilmeisen tarpeeton").ShouldBeNull();

        Add(clock, ClockEventKind.Stopped, "2026-11-17 10:00", "Arviointi ilmeisen tarpeeton");
        Now.Check(clock, ClockEventKind.Reopened, Helsinki("2026-11-18 10:00"), "").ShouldBe(ClockEventError.ReasonRequired);
        Now.Check(clock, ClockEventKind.Reopened, Helsinki("2026-11-18 10:00"), "Pysäytys oli virhe").ShouldBeNull();
    }

    [Fact]
    public void A_clock_that_has_ended_cannot_be_completed_or_stopped_and_a_running_one_cannot_be_reopened()
    {
        var clock = Running();
        Now.Check(clock, ClockEventKind.Reopened, Helsinki("2026-11-18 10:00"), "Syy").ShouldBe(ClockEventError.NotEnded);

        Add(clock, ClockEventKind.Completed, "2026-11-18 10:00");
        Now.Check(clock, ClockEventKind.Completed, Helsinki("2026-11-18 11:00"), null).ShouldBe(ClockEventError.NotRunning);
        Now.Check(clock, ClockEventKind.Stopped, Helsinki("2026-11-18 11:00"), "Syy").ShouldBe(ClockEventError.NotRunning);
    }

    [Fact]
    public void A_second_start_is_refused_unless_it_corrects_the_first()
    {
        var clock = Running();
        var start = clock.Events.Single();
        Now.Check(clock, ClockEventKind.Started, Helsinki("2026-11-17 10:00"), "Syy").ShouldBe(ClockEventError.UnknownEvent);
        Now.Check(clock, ClockEventKind.Started, Helsinki("2026-11-13 10:00"), "Saapui jo perjantaina", start.Id).ShouldBeNull();
    }

    [Fact]
    public void A_correction_needs_a_reason_and_an_event_of_the_same_kind_that_still_counts()
    {
        var clock = Running();
        var start = clock.Events.Single();
        var done = Add(clock, ClockEventKind.Completed, "2026-11-18 10:00");

        Now.Check(clock, ClockEventKind.Completed, Helsinki("2026-11-17 10:00"), null, done.Id).ShouldBe(ClockEventError.ReasonRequired);
        Now.Check(clock, ClockEventKind.Completed, Helsinki("2026-11-17 10:00"), "Päivä väärin", Guid.NewGuid()).ShouldBe(ClockEventError.UnknownEvent);
        Now.Check(clock, ClockEventKind.Stopped, Helsinki("2026-11-17 10:00"), "Päivä väärin", done.Id).ShouldBe(ClockEventError.UnknownEvent);

        // A completed clock's completion may be corrected: the state does not stand in the way of a correction.
        Now.Check(clock, ClockEventKind.Completed, Helsinki("2026-11-17 10:00"), "Päivä väärin", done.Id).ShouldBeNull();
        Now.Check(clock, ClockEventKind.Completed, Helsinki("2026-11-16 09:00"), "Päivä väärin", done.Id).ShouldBe(ClockEventError.BeforeStart);

        var correction = Add(clock, ClockEventKind.Completed, "2026-11-17 10:00", "Päivä väärin", done.Id);
        Now.Check(clock, ClockEventKind.Completed, Helsinki("2026-11-17 11:00"), "Uudestaan", done.Id).ShouldBe(ClockEventError.UnknownEvent);
        Now.Check(clock, ClockEventKind.Completed, Helsinki("2026-11-17 11:00"), "Uudestaan", correction.Id).ShouldBeNull();
        Now.Check(clock, ClockEventKind.Started, Helsinki("2026-11-20 12:30"), "Tulevaisuudessa", start.Id).ShouldBe(ClockEventError.InFuture);
    }

    [Fact]
    public void Record_saves_an_allowed_event_with_a_trimmed_reason_and_a_new_version_and_refuses_what_Check_refuses()
    {
        var clock = Running();
        var version = clock.Version;

        var stop = Now.Record(clock, ClockEventKind.Stopped, Helsinki("2026-11-17 10:00"), "  Perhe muutti pois alueelta  ", "user-1");

        stop.Reason.ShouldBe("Perhe muutti pois alueelta");
        stop.RecordedByUserId.ShouldBe("user-1");
        stop.RecordedAt.ShouldBe(Helsinki("2026-11-20 12:00"));
        clock.State.ShouldBe(ClockState.Stopped);
        clock.Version.ShouldNotBe(version);
        clock.UpdatedAt.ShouldBe(Helsinki("2026-11-20 12:00"));

        Should.Throw<InvalidOperationException>(() => Now.Record(clock, ClockEventKind.Completed, Helsinki("2026-11-18 10:00"), null, "user-1"));
        clock.Events.Count.ShouldBe(2);
    }
}
