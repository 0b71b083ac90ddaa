using System.Text;
using Perhesilta.Features.Meetings.Availability;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Localization;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings.Availability;

/// <summary>Imported calendars are expanded as an independent reader (ical.js) expands them, and hostile ones are refused quickly.</summary>
public sealed class CalendarReaderTests
{
    private static readonly DateTime From = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = new(2028, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Recurring_events_with_exceptions_and_moved_occurrences_expand_as_ical_js_expands_them_across_daylight_saving_changes()
    {
        var ics = CalendarSamples.Recurring(2027);

        var ours = CalendarReader.Read(ics, From, To);
        var theirs = await IcalJs.ExpandAsync(ics, From, To);

        ours.Error.ShouldBeNull();
        var expected = theirs.Events.SelectMany(e => e.Occurrences!).Select(o => (o.Start.ToUniversalTime(), o.End.ToUniversalTime())).Order().ToList();
        ours.Busy.Select(b => (b.StartsAt, b.EndsAt)).ToList().ShouldBe(expected);
        expected.Count.ShouldBeGreaterThan(90);
    }

    [Fact]
    public void Helsinki_times_keep_their_local_hour_on_both_sides_of_the_daylight_saving_changes()
    {
        var busy = CalendarReader.Read(CalendarSamples.Recurring(2027), From, To).Busy;

        // Winter time is UTC+2, summer time UTC+3: 9.00 Finnish time is 07.00 or 06.00 UTC.
        busy.ShouldContain(new BusyInterval(Utc(2027, 3, 25, 7, 0), Utc(2027, 3, 25, 8, 30)));
        busy.ShouldContain(new BusyInterval(Utc(2027, 3, 29, 6, 0), Utc(2027, 3, 29, 7, 30)));
        busy.ShouldContain(new BusyInterval(Utc(2027, 10, 28, 6, 0), Utc(2027, 10, 28, 7, 30)));
        busy.ShouldContain(new BusyInterval(Utc(2027, 11, 1, 7, 0), Utc(2027, 11, 1, 8, 30)));
        busy.ShouldNotContain(b => b.StartsAt == Utc(2027, 3, 22, 7, 0), "EXDATE removes the occurrence");
        busy.ShouldNotContain(b => b.StartsAt == Utc(2027, 4, 5, 6, 0), "RECURRENCE-ID moves the occurrence away");
        busy.ShouldContain(new BusyInterval(Utc(2027, 4, 6, 10, 0), Utc(2027, 4, 6, 11, 15)));

        // New York changes on the second Sunday of March, Finland on the last: 8.00 there is 12.00 UTC then 13.00.
        busy.ShouldContain(new BusyInterval(Utc(2027, 3, 17, 12, 0), Utc(2027, 3, 17, 12, 45)));
        busy.ShouldContain(new BusyInterval(Utc(2027, 3, 3, 13, 0), Utc(2027, 3, 3, 13, 45)));
    }

    /// <summary>An old Outlook export: a display label for a zone, with the VTIMEZONE Outlook writes, and a folded DTSTART.</summary>
    private static string OutlookCalendar(string label, string standardOffset, string daylightOffset) => $"""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN
        VERSION:2.0
        BEGIN:VTIMEZONE
        TZID:{label}
        BEGIN:STANDARD
        DTSTART:16011028T040000
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
        TZOFFSETFROM:{daylightOffset}
        TZOFFSETTO:{standardOffset}
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010325T030000
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
        TZOFFSETFROM:{standardOffset}
        TZOFFSETTO:{daylightOffset}
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:outlook-weekly
        DTSTAMP:20270101T000000Z
        DTSTART;TZID="{label}"
         :20270322T090000
        DTEND;TZID="{label}":20270322T100000
        RRULE:FREQ=WEEKLY;COUNT=2
        SUMMARY:Tiimipalaveri
        END:VEVENT
        END:VCALENDAR
        """.ReplaceLineEndings("\r\n");

    [Fact]
    public void An_outlook_zone_label_naming_a_city_is_read_in_that_citys_zone_across_the_spring_change()
    {
        var reading = CalendarReader.Read(OutlookCalendar("(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius", "+0200", "+0300"), From, To);

        reading.Error.ShouldBeNull();
        reading.Busy.ShouldBe([new BusyInterval(Utc(2027, 3, 22, 7, 0), Utc(2027, 3, 22, 8, 0)), new BusyInterval(Utc(2027, 3, 29, 6, 0), Utc(2027, 3, 29, 7, 0))]);
    }

    [Fact]
    public void A_zone_label_naming_no_city_is_read_as_Finnish_time_only_when_its_offsets_are_Finlands()
    {
        var finnish = CalendarReader.Read(OutlookCalendar("Oma aikavyöhyke", "+0200", "+0300"), From, To);
        finnish.Error.ShouldBeNull();
        finnish.Busy[0].ShouldBe(new BusyInterval(Utc(2027, 3, 22, 7, 0), Utc(2027, 3, 22, 8, 0)));

        CalendarReader.Read(OutlookCalendar("Oma aikavyöhyke", "+0100", "+0200"), From, To).Error.ShouldBe(CalendarErrors.UnknownZone);
    }

    [Fact]
    public void A_label_whose_city_disagrees_with_its_own_offsets_is_not_guessed_and_never_read_as_UTC()
    {
        CalendarReader.Read(OutlookCalendar("(UTC+01:00) Stockholm", "+0200", "+0300"), From, To).Error.ShouldBeNull("no city agrees, but the offsets are Finland's");
        CalendarReader.Read(OutlookCalendar("(UTC+01:00) Stockholm", "+0300", "+0400"), From, To).Error.ShouldBe(CalendarErrors.UnknownZone);
        CalendarReader.Read(OutlookCalendar("(UTC+04:00) Ei kaupunkia", "+0400", "+0400"), From, To).Error.ShouldBe(CalendarErrors.UnknownZone);
        var stockholm = CalendarReader.Read(OutlookCalendar("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "+0100", "+0200"), From, To);
        stockholm.Busy[0].ShouldBe(new BusyInterval(Utc(2027, 3, 22, 8, 0), Utc(2027, 3, 22, 9, 0)));
    }

    [Fact]
    public void Floating_times_are_Finnish_time_all_day_events_whole_Finnish_days_and_free_or_cancelled_events_are_not_busy()
    {
        var reading = CalendarReader.Read(CalendarSamples.FloatingAllDayAndFree(2027), From, To);

        reading.Error.ShouldBeNull();
        reading.Busy.ShouldBe(
        [
            new BusyInterval(Utc(2027, 3, 16, 10, 0), Utc(2027, 3, 16, 11, 0)),
            new BusyInterval(HelsinkiTime.ToUtc(new DateTime(2027, 3, 17)), HelsinkiTime.ToUtc(new DateTime(2027, 3, 19))),
            new BusyInterval(Utc(2027, 3, 22, 8, 0), Utc(2027, 3, 22, 9, 0)),
            new BusyInterval(Utc(2027, 4, 5, 7, 0), Utc(2027, 4, 5, 8, 0)),
        ]);
    }

    [Fact]
    public void Only_the_window_is_expanded()
    {
        var busy = CalendarReader.Read(CalendarSamples.Recurring(2027), Utc(2027, 6, 1, 0, 0), Utc(2027, 7, 1, 0, 0)).Busy;

        busy.ShouldNotBeEmpty();
        busy.ShouldAllBe(b => b.EndsAt > Utc(2027, 6, 1, 0, 0) && b.StartsAt < Utc(2027, 7, 1, 0, 0));
    }

    [Fact]
    public void Hostile_calendars_are_refused_with_their_reason_within_seconds()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();

        CalendarReader.Read(CalendarSamples.EveryMinute(From), From, To).Error.ShouldBe(CalendarErrors.TooDense);
        CalendarReader.Read(CalendarSamples.DenseSince1900(), From, To).Error.ShouldBe(CalendarErrors.TooManyBusyTimes);
        CalendarReader.Read(CalendarSamples.DeeplyNested(), From, To).Error.ShouldBe(CalendarErrors.TooDeep);
        CalendarReader.Read(CalendarSamples.Huge(), From, To).Error.ShouldBe(CalendarErrors.TooLarge);
        CalendarReader.Read("Tämä ei ole kalenteri.", From, To).Error.ShouldBe(CalendarErrors.NotICalendar);
        CalendarReader.Read(CalendarSamples.Calendar("""
            BEGIN:VEVENT
            UID:never@test.perhesilta.example
            DTSTAMP:20260101T000000Z
            DTSTART:20270101T080000Z
            DURATION:PT1H
            RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30
            END:VEVENT
            """), From, To).Error.ShouldBe(CalendarErrors.TooDense);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Only_UTF_8_is_read()
    {
        var latin1 = Encoding.Latin1.GetBytes(CalendarSamples.Calendar("BEGIN:VEVENT\r\nUID:a@test.perhesilta.example\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20270101T080000Z\r\nDTEND:20270101T090000Z\r\nSUMMARY:Äitiysneuvola\r\nEND:VEVENT"));
        var utf16 = Encoding.Unicode.GetBytes(CalendarSamples.Daily(From, 2));
        var utf8WithMark = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CalendarSamples.Daily(From, 2))).ToArray();

        CalendarReader.Decode(latin1).Error.ShouldBe(CalendarErrors.Encoding);
        CalendarReader.Decode(utf16).Error.ShouldBe(CalendarErrors.Encoding);
        CalendarReader.Decode(utf8WithMark).Text.ShouldStartWith("BEGIN:VCALENDAR");
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
