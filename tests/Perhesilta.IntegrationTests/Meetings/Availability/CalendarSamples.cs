using System.Globalization;
using System.Text;

namespace Perhesilta.IntegrationTests.Meetings.Availability;

/// <summary>iCalendar texts of the availability tests: realistic exports and hostile files.</summary>
internal static class CalendarSamples
{
    public const string HelsinkiZone = """
        BEGIN:VTIMEZONE
        TZID:Europe/Helsinki
        BEGIN:STANDARD
        DTSTART:19701025T040000
        TZOFFSETFROM:+0300
        TZOFFSETTO:+0200
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:19700329T030000
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0300
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        END:VTIMEZONE
        """;

    public const string NewYorkZone = """
        BEGIN:VTIMEZONE
        TZID:America/New_York
        BEGIN:STANDARD
        DTSTART:19701101T020000
        TZOFFSETFROM:-0400
        TZOFFSETTO:-0500
        RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:19700308T020000
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
        END:DAYLIGHT
        END:VTIMEZONE
        """;

    /// <summary>Recurring events across both daylight-saving changes, with excluded and moved occurrences.</summary>
    public static string Recurring(int year) => Calendar(HelsinkiZone, NewYorkZone, $"""
        BEGIN:VEVENT
        UID:team@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        DTSTART;TZID=Europe/Helsinki:{year}0308T090000
        DTEND;TZID=Europe/Helsinki:{year}0308T103000
        RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL={year}1130T220000Z
        EXDATE;TZID=Europe/Helsinki:{year}0322T090000,{year}1026T090000
        SUMMARY:Tiimi
        END:VEVENT
        BEGIN:VEVENT
        UID:team@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        RECURRENCE-ID;TZID=Europe/Helsinki:{year}0405T090000
        DTSTART;TZID=Europe/Helsinki:{year}0406T130000
        DTEND;TZID=Europe/Helsinki:{year}0406T141500
        SUMMARY:Tiimi siirretty
        END:VEVENT
        BEGIN:VEVENT
        UID:call@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        DTSTART;TZID=America/New_York:{year}0301T080000
        DURATION:PT45M
        RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=30
        SUMMARY:Puhelu
        END:VEVENT
        BEGIN:VEVENT
        UID:monthly@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        DTSTART:{year}0115T120000Z
        DTEND:{year}0115T130000Z
        RRULE:FREQ=MONTHLY;BYMONTHDAY=15
        RDATE:{year}0620T120000Z
        END:VEVENT
        """);

    /// <summary>Floating and all-day times (Finnish time), and events that are not busy.</summary>
    public static string FloatingAllDayAndFree(int year) => Calendar(HelsinkiZone, $"""
        BEGIN:VEVENT
        UID:floating@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        DTSTART:{year}0316T120000
        DTEND:{year}0316T130000
        END:VEVENT
        BEGIN:VEVENT
        UID:allday@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        DTSTART;VALUE=DATE:{year}0317
        DTEND;VALUE=DATE:{year}0319
        END:VEVENT
        BEGIN:VEVENT
        UID:free@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        DTSTART:{year}0318T120000Z
        DTEND:{year}0318T130000Z
        TRANSP:TRANSPARENT
        END:VEVENT
        BEGIN:VEVENT
        UID:cancelled@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        DTSTART:{year}0319T120000Z
        DTEND:{year}0319T130000Z
        STATUS:CANCELLED
        END:VEVENT
        BEGIN:VEVENT
        UID:weekly@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        DTSTART;TZID=Europe/Helsinki:{year}0322T100000
        DTEND;TZID=Europe/Helsinki:{year}0322T110000
        RRULE:FREQ=WEEKLY;COUNT=3
        END:VEVENT
        BEGIN:VEVENT
        UID:weekly@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        RECURRENCE-ID;TZID=Europe/Helsinki:{year}0329T100000
        DTSTART;TZID=Europe/Helsinki:{year}0329T100000
        DTEND;TZID=Europe/Helsinki:{year}0329T110000
        STATUS:CANCELLED
        END:VEVENT
        """);

    /// <summary>A small calendar with one busy hour on each of the next <paramref name="days"/> days from <paramref name="from"/>.</summary>
    public static string Daily(DateTime from, int days, string uid = "daily") => Calendar($"""
        BEGIN:VEVENT
        UID:{uid}@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        DTSTART:{from:yyyyMMdd}T080000Z
        DTEND:{from:yyyyMMdd}T090000Z
        RRULE:FREQ=DAILY;COUNT={days}
        SUMMARY:Asiakastapaaminen
        END:VEVENT
        """);

    public static string EveryMinute(DateTime from) => Calendar($"""
        BEGIN:VEVENT
        UID:minutely@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        DTSTART:{from:yyyyMMdd}T080000Z
        DURATION:PT1M
        RRULE:FREQ=MINUTELY
        END:VEVENT
        """);

    /// <summary>Every five minutes of every hour since 1900: the expansion must stop at its limit, not run for ever.</summary>
    public static string DenseSince1900() => Calendar("""
        BEGIN:VEVENT
        UID:dense@test.perhesilta.example
        DTSTAMP:20260101T000000Z
        DTSTART:19000101T000000Z
        DURATION:PT5M
        RRULE:FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,5,10,15,20,25,30,35,40,45,50,55
        END:VEVENT
        """);

    public static string DeeplyNested()
    {
        var text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//FI\r\n");
        for (var i = 0; i < 50; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"BEGIN:X-LEVEL{i}\r\n");
        }

        for (var i = 49; i >= 0; i--)
        {
            text.Append(CultureInfo.InvariantCulture, $"END:X-LEVEL{i}\r\n");
        }

        return text.Append("END:VCALENDAR\r\n").ToString();
    }

    /// <summary>Over the size limit: a valid calendar padded with long descriptions.</summary>
    public static string Huge()
    {
        var events = new StringBuilder();
        for (var i = 0; events.Length < 2_100_000; i++)
        {
            events.Append(CultureInfo.InvariantCulture, $"BEGIN:VEVENT\r\nUID:huge-{i}@test.perhesilta.example\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20270101T080000Z\r\nDTEND:20270101T090000Z\r\nDESCRIPTION:{new string('x', 60)}\r\nEND:VEVENT\r\n");
        }

        return Calendar(events.ToString());
    }

    public static string Calendar(params string[] parts) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Perhesilta tests//FI\r\n"
        + string.Join("\r\n", parts.Select(p => p.ReplaceLineEndings("\r\n").Trim()))
        + "\r\nEND:VCALENDAR\r\n";
}
