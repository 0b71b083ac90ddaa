using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Scheduling;
using Shouldly;

namespace Perhesilta.UnitTests.Scheduling;

/// <summary>The pure slot finder: working hours, busy times, holidays and Europe/Helsinki with its clock changes.</summary>
public sealed class SlotFinderTests
{
    private static readonly Guid Guide = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Teacher = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Nurse = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly WeeklyHours OfficeHours = WeeklyHours.On(WeeklyHours.MondayToFriday, new DayWindow(8 * 60, 16 * 60));
    private static readonly WeeklyHours EveryDayOfficeHours = WeeklyHours.On(WeeklyHours.EveryDay, new DayWindow(8 * 60, 16 * 60));
    private static readonly Func<DateOnly, bool> Finnish = new FinnishCalendar().IsWorkingDay;

    [Fact]
    public void On_free_calendars_the_earliest_slot_is_the_start_of_the_next_working_day()
    {
        // Saturday 14.11.2026 → Monday 16.11. 08:00 Finnish time (UTC+2).
        var slots = Find(Utc(2026, 11, 14, 10, 0), 60, Staff(Guide, OfficeHours), Staff(Teacher, OfficeHours));

        slots[0].StartsAt.ShouldBe(Utc(2026, 11, 16, 6, 0));
        slots[0].EndsAt.ShouldBe(Utc(2026, 11, 16, 7, 0));
        slots[0].Free.ShouldBe([Guide, Teacher]);
    }

    [Fact]
    public void Midsummer_eve_and_the_weekend_after_it_are_skipped()
    {
        // Thursday 18.6.2026 after office hours (UTC+3); Midsummer Eve is Friday 19.6.
        var slots = Find(Utc(2026, 6, 18, 14, 0), 60, Staff(Guide, EveryDayOfficeHours));

        slots[0].StartsAt.ShouldBe(Utc(2026, 6, 22, 5, 0));
    }

    [Fact]
    public void Independence_day_on_a_monday_is_skipped()
    {
        // Friday 3.12.2027 evening → Tuesday 7.12.2027 08:00 (UTC+2).
        var slots = Find(Utc(2027, 12, 3, 15, 0), 60, Staff(Guide, OfficeHours));

        slots[0].StartsAt.ShouldBe(Utc(2027, 12, 7, 6, 0));
    }

    [Fact]
    public void Office_hours_follow_finnish_time_across_the_spring_change()
    {
        // Saturday 28.3.2026 is UTC+2, Sunday 29.3. is UTC+3 from 03:00 on.
        var slots = Find(Utc(2026, 3, 28, 0, 0), 60, everyDay: true, limit: 40, nonOverlapping: true, Staff(Guide, EveryDayOfficeHours));

        slots.Select(s => s.StartsAt).ShouldContain(Utc(2026, 3, 28, 6, 0));
        slots.Select(s => s.StartsAt).ShouldContain(Utc(2026, 3, 29, 5, 0));
        slots.Where(s => s.StartsAt.Day == 29).Max(s => s.EndsAt).ShouldBe(Utc(2026, 3, 29, 13, 0));
    }

    [Fact]
    public void The_hour_that_does_not_exist_in_spring_holds_no_slot()
    {
        // 02:00–05:00 Finnish time on 29.3.2026 is two real hours: 02:00 (UTC+2) and 04:00 (UTC+3); 03:00 never happens.
        var night = WeeklyHours.On(WeeklyHours.EveryDay, new DayWindow(2 * 60, 5 * 60));
        var query = Query(Utc(2026, 3, 29, 0, 0), 60, everyDay: true, nonOverlapping: false, [Staff(Guide, night)]) with { StepMinutes = 60 };
        var slots = SlotFinder.Find(query, 3);

        slots.Select(s => s.StartsAt).ShouldBe([Utc(2026, 3, 29, 0, 0), Utc(2026, 3, 29, 1, 0), Utc(2026, 3, 29, 23, 0)]);
    }

    [Fact]
    public void The_hour_that_occurs_twice_in_autumn_holds_slots_in_both()
    {
        // 02:00–05:00 Finnish time on 25.10.2026 is four real hours; 03:00 happens at 00:00 and at 01:00 UTC.
        var night = WeeklyHours.On(WeeklyHours.EveryDay, new DayWindow(2 * 60, 5 * 60));
        var query = Query(Utc(2026, 10, 24, 22, 0), 60, everyDay: true, nonOverlapping: false, [Staff(Guide, night)]) with { StepMinutes = 60 };
        var slots = SlotFinder.Find(query, 4);

        slots.Select(s => s.StartsAt).ShouldBe([Utc(2026, 10, 24, 23, 0), Utc(2026, 10, 25, 0, 0), Utc(2026, 10, 25, 1, 0), Utc(2026, 10, 25, 2, 0)]);
    }

    [Fact]
    public void A_busy_time_may_end_where_the_slot_starts_and_start_where_it_ends()
    {
        // Monday 16.11.2026: busy 08:00–09:00 and 10:00–10:30 Finnish time.
        var slots = Find(Utc(2026, 11, 16, 0, 0), 60, Staff(Guide, OfficeHours, (6, 0, 7, 0), (8, 0, 8, 30)));

        slots[0].StartsAt.ShouldBe(Utc(2026, 11, 16, 7, 0));
        slots[1].StartsAt.ShouldBe(Utc(2026, 11, 16, 8, 30));
    }

    [Fact]
    public void Back_to_back_busy_times_of_several_participants_leave_no_gap()
    {
        var slots = Find(
            Utc(2026, 11, 16, 0, 0),
            30,
            Staff(Guide, OfficeHours, (6, 0, 7, 0), (8, 0, 9, 0)),
            Staff(Teacher, OfficeHours, (7, 0, 8, 0), (8, 30, 8, 45)));

        slots[0].StartsAt.ShouldBe(Utc(2026, 11, 16, 9, 0));
    }

    [Fact]
    public void An_optional_participant_who_is_busy_is_reported_per_slot_and_does_not_hold_the_meeting_back()
    {
        var nurse = new SlotParticipant(Nurse, false, OfficeHours, [Busy(6, 0, 7, 0)]);
        var participants = new[] { Staff(Guide, OfficeHours), nurse };
        var query = Query(Utc(2026, 11, 16, 0, 0), 60, everyDay: false, nonOverlapping: true, participants);

        var slots = SlotFinder.Find(query, 2);
        slots[0].StartsAt.ShouldBe(Utc(2026, 11, 16, 6, 0));
        slots[0].Free.ShouldBe([Guide]);
        slots[1].Free.ShouldBe([Guide, Nurse]);

        var withEveryone = SlotFinder.Find(query with { RequireEveryone = true }, 1);
        withEveryone[0].StartsAt.ShouldBe(Utc(2026, 11, 16, 7, 0));
    }

    [Fact]
    public void Slots_start_on_the_grid_counted_from_finnish_midnight()
    {
        // From 08:07 Finnish time: the 15-minute grid gives 08:15; a busy time to 09:10 pushes it to 09:15.
        Find(Utc(2026, 11, 16, 6, 7), 30, Staff(Guide, OfficeHours))[0].StartsAt.ShouldBe(Utc(2026, 11, 16, 6, 15));
        Find(Utc(2026, 11, 16, 6, 7), 30, Staff(Guide, OfficeHours, (6, 0, 7, 10)))[0].StartsAt.ShouldBe(Utc(2026, 11, 16, 7, 15));

        // A 45-minute grid from midnight: 07:30, 08:15, 09:00, … (not 08:00).
        var query = Query(Utc(2026, 11, 16, 0, 0), 30, everyDay: false, nonOverlapping: false, [Staff(Guide, OfficeHours)]) with { StepMinutes = 45 };
        SlotFinder.Find(query, 2).Select(s => s.StartsAt).ShouldBe([Utc(2026, 11, 16, 6, 15), Utc(2026, 11, 16, 7, 0)]);
    }

    [Fact]
    public void Overlapping_slots_fill_the_grid_and_non_overlapping_ones_follow_each_other()
    {
        var participants = new[] { Staff(Guide, OfficeHours) };
        var grid = SlotFinder.Find(Query(Utc(2026, 11, 16, 0, 0), 60, false, false, participants), 3);
        var apart = SlotFinder.Find(Query(Utc(2026, 11, 16, 0, 0), 60, false, true, participants), 3);

        grid.Select(s => s.StartsAt).ShouldBe([Utc(2026, 11, 16, 6, 0), Utc(2026, 11, 16, 6, 15), Utc(2026, 11, 16, 6, 30)]);
        apart.Select(s => s.StartsAt).ShouldBe([Utc(2026, 11, 16, 6, 0), Utc(2026, 11, 16, 7, 0), Utc(2026, 11, 16, 8, 0)]);
    }

    [Fact]
    public void No_slot_is_found_when_a_required_participant_is_busy_throughout()
    {
        var busy = new TimeInterval(Utc(2026, 11, 1, 0, 0), Utc(2027, 1, 1, 0, 0));
        var query = Query(Utc(2026, 11, 16, 0, 0), 30, false, false, [Staff(Guide, OfficeHours), new SlotParticipant(Teacher, true, OfficeHours, [busy])]) with
        {
            To = Utc(2026, 12, 31, 0, 0),
        };

        SlotFinder.Find(query, 5).ShouldBeEmpty();
    }

    [Fact]
    public void A_meeting_longer_than_the_working_day_finds_no_slot()
    {
        Find(Utc(2026, 11, 16, 0, 0), 9 * 60, Staff(Guide, OfficeHours)).ShouldBeEmpty();
        Find(Utc(2026, 11, 16, 0, 0), 8 * 60, Staff(Guide, OfficeHours))[0].StartsAt.ShouldBe(Utc(2026, 11, 16, 6, 0));
    }

    [Fact]
    public void A_participant_without_a_calendar_is_free_and_the_frame_holds_the_meeting_in_office_hours()
    {
        var outsider = new SlotParticipant(Teacher, true, null, []);
        var query = Query(Utc(2026, 11, 15, 21, 0), 60, false, false, [outsider]);

        SlotFinder.Find(query, 1)[0].StartsAt.ShouldBe(Utc(2026, 11, 15, 22, 0), "Monday midnight in Finland, with no frame");
        SlotFinder.Find(query with { Frame = OfficeHours }, 1)[0].StartsAt.ShouldBe(Utc(2026, 11, 16, 6, 0));
    }

    [Fact]
    public void Results_match_a_minute_by_minute_scan_on_random_calendars()
    {
        var starts = new[] { Utc(2026, 3, 20, 0, 0), Utc(2026, 10, 16, 0, 0), Utc(2026, 6, 15, 0, 0), Utc(2026, 12, 1, 0, 0) };
        var (searchesWithSlots, slotsWithSomeoneBusy) = (0, 0);
        for (var seed = 0; seed < 250; seed++)
        {
            var random = new Random(seed);
            var from = starts[seed % starts.Length].AddMinutes(random.Next(0, 3 * 24 * 60));
            var to = from.AddDays(random.Next(1, 20));
            var participants = Enumerable.Range(0, random.Next(1, 6)).Select(_ => RandomParticipant(random, from, to)).ToList();
            var query = new SlotQuery(
                from,
                to,
                random.Next(1, 25) * 10,
                new[] { 5, 10, 15, 20, 30, 45, 60 }[random.Next(7)],
                random.Next(2) == 0 ? Finnish : _ => true,
                participants,
                random.Next(3) == 0 ? RandomHours(random) : null,
                RequireEveryone: random.Next(4) == 0,
                NonOverlapping: random.Next(2) == 0);
            var limit = random.Next(1, 25);

            var expected = NaiveSlotScan.Find(query, limit);
            var actual = SlotFinder.Find(query, limit);

            actual.Select(Describe).ShouldBe(expected.Select(Describe), $"seed {seed}");
            searchesWithSlots += actual.Count > 0 ? 1 : 0;
            slotsWithSomeoneBusy += actual.Count(s => s.Free.Count < participants.Count);
        }

        // The random calendars must exercise both outcomes, or the comparison proves little.
        searchesWithSlots.ShouldBeInRange(50, 240);
        slotsWithSomeoneBusy.ShouldBeGreaterThan(50);
    }

    private static string Describe(FoundSlot slot) => $"{slot.StartsAt:O}–{slot.EndsAt:O} {string.Join(",", slot.Free)}";

    private static SlotParticipant RandomParticipant(Random random, DateTime from, DateTime to)
    {
        var busy = Enumerable.Range(0, random.Next(0, 60)).Select(_ =>
        {
            var start = from.AddMinutes(random.Next(-600, (int)(to - from).TotalMinutes));
            return new TimeInterval(start, start.AddMinutes(random.Next(1, 6) * random.Next(5, 60)));
        }).ToList();
        return new SlotParticipant(Guid.NewGuid(), random.Next(3) != 0, random.Next(5) == 0 ? null : RandomHours(random), busy);
    }

    /// <summary>Windows on the quarter hour between 06:00 and 21:00: edges never fall in the hour the clocks change.</summary>
    private static WeeklyHours RandomHours(Random random) =>
        new(WeeklyHours.EveryDay.SelectMany(day => Enumerable.Range(0, random.Next(0, 3)).Select(_ =>
        {
            var start = random.Next(24, 80) * 15;
            return (day, new DayWindow(start, Math.Min(start + (random.Next(2, 40) * 15), 21 * 60)));
        })));

    private static IReadOnlyList<FoundSlot> Find(DateTime from, int minutes, params SlotParticipant[] participants) =>
        SlotFinder.Find(Query(from, minutes, everyDay: false, nonOverlapping: true, participants), 5);

    private static IReadOnlyList<FoundSlot> Find(DateTime from, int minutes, bool everyDay, int limit, bool nonOverlapping, params SlotParticipant[] participants) =>
        SlotFinder.Find(Query(from, minutes, everyDay, nonOverlapping, participants), limit);

    private static SlotQuery Query(DateTime from, int minutes, bool everyDay, bool nonOverlapping, IReadOnlyList<SlotParticipant> participants) =>
        new(from, from.AddDays(30), minutes, 15, everyDay ? _ => true : Finnish, participants, NonOverlapping: nonOverlapping);

    /// <summary>A required staff member busy at the given UTC hours of Monday 16.11.2026.</summary>
    private static SlotParticipant Staff(Guid id, WeeklyHours hours, params (int FromHour, int FromMinute, int ToHour, int ToMinute)[] busy) =>
        new(id, true, hours, [.. busy.Select(b => Busy(b.FromHour, b.FromMinute, b.ToHour, b.ToMinute))]);

    private static TimeInterval Busy(int fromHour, int fromMinute, int toHour, int toMinute) =>
        new(Utc(2026, 11, 16, fromHour, fromMinute), Utc(2026, 11, 16, toHour, toMinute));

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
