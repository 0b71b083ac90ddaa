using System.Diagnostics;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>Why an imported calendar was refused; the page puts each code into words.</summary>
public static class CalendarErrors
{
    public const string TooLarge = "too-large";
    public const string Encoding = "encoding";
    public const string NotICalendar = "not-icalendar";
    public const string TooDeep = "too-deep";
    public const string TooManyEvents = "too-many-events";
    public const string TooManyBusyTimes = "too-many-busy-times";
    public const string TooDense = "too-dense";
    public const string Unreachable = "unreachable";
    public const string Timeout = "timeout";
    public const string HttpStatus = "http-status";

    /// <summary>The address (or one it redirected to) is in a private or special network: not fetched.</summary>
    public const string NotPublic = "not-public";

    /// <summary>A time zone the calendar names in its own words that cannot be placed (<see cref="CalendarZones"/>).</summary>
    public const string UnknownZone = "unknown-zone";

    public static readonly IReadOnlyList<string> All =
        [TooLarge, Encoding, NotICalendar, TooDeep, TooManyEvents, TooManyBusyTimes, TooDense, Unreachable, Timeout, HttpStatus, NotPublic, UnknownZone];
}

/// <summary>A busy time read from a calendar (UTC); nothing else of the event is kept.</summary>
public readonly record struct BusyInterval(DateTime StartsAt, DateTime EndsAt);

/// <summary>What reading a calendar gave: its busy times, or the code of why it was refused.</summary>
public sealed record CalendarReading(IReadOnlyList<BusyInterval> Busy, string? Error)
{
    public static CalendarReading Refused(string error) => new([], error);
}

/// <summary>
/// Reads an iCalendar text into busy times within a window: every VEVENT with its recurrences (RRULE, RDATE, EXDATE,
/// RECURRENCE-ID overrides) in its own time zone, floating times as Finnish time, all-day events as whole Finnish
/// days. Transparent and cancelled events are not busy. Hostile text is refused before it can cost much: by size,
/// encoding, nesting and event count before parsing, and by occurrences, rule frequency and time while expanding.
/// </summary>
public static class CalendarReader
{
    /// <summary>The most busy times one calendar may give within the window.</summary>
    public const int MaxBusyTimes = 20_000;

    /// <summary>The most events (VEVENT components) one calendar may hold.</summary>
    public const int MaxEvents = 20_000;

    /// <summary>Components nest this deep at most (VCALENDAR, VEVENT, VALARM is three).</summary>
    public const int MaxNesting = 8;

    /// <summary>Occurrences looked at, inside and before the window, before the expansion is given up as too dense.</summary>
    public const int MaxOccurrencesExamined = 200_000;

    /// <summary>How long expanding may take before it is given up.</summary>
    public static readonly TimeSpan MaxExpansionTime = TimeSpan.FromSeconds(5);

    /// <summary>Events that started this long before the window are still looked at (a long event can reach into it).</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(31);

    /// <summary>Reads a stream to its end, or answers null as soon as it passes the size limit (a huge upload is never read whole).</summary>
    public static async Task<byte[]?> ReadCappedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > AvailabilityLimits.MaxCalendarChars)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes uploaded or fetched bytes: UTF-8 only (a byte-order mark is allowed), within the size limit.</summary>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > AvailabilityLimits.MaxCalendarChars)
        {
            return (null, CalendarErrors.TooLarge);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Contains('\0', StringComparison.Ordinal) ? (null, CalendarErrors.Encoding) : (text, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, CalendarErrors.Encoding);
        }
    }

    public static CalendarReading Read(string text, DateTime fromUtc, DateTime toUtc)
    {
        if (text.Length > AvailabilityLimits.MaxCalendarChars)
        {
            return CalendarReading.Refused(CalendarErrors.TooLarge);
        }

        if (Prescan(text) is { } refused)
        {
            return CalendarReading.Refused(refused);
        }

        Ical.Net.Calendar? calendar;
        try
        {
            var (normalized, unknownZone) = CalendarZones.Normalize(text);
            if (unknownZone is not null)
            {
                return CalendarReading.Refused(CalendarErrors.UnknownZone);
            }

            calendar = Ical.Net.Calendar.Load(normalized);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Ical.Net throws several kinds of exception for text it cannot read; all mean the same to the person.
            return CalendarReading.Refused(CalendarErrors.NotICalendar);
        }

        if (calendar is null)
        {
            return CalendarReading.Refused(CalendarErrors.NotICalendar);
        }

        if (calendar.Events.Any(e => e.RecurrenceRule?.Frequency is Ical.Net.FrequencyType.Secondly or Ical.Net.FrequencyType.Minutely))
        {
            return CalendarReading.Refused(CalendarErrors.TooDense);
        }

        try
        {
            return Expand(calendar, fromUtc, toUtc);
        }
        catch (EvaluationException)
        {
            // A rule that goes on too long without an occurrence (or never has one) is given up by Ical.Net's own limit.
            return CalendarReading.Refused(CalendarErrors.TooDense);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException or NullReferenceException)
        {
            // A time Ical.Net cannot evaluate (an unknown time zone, an out-of-range date) leaves the calendar unreadable as a whole.
            return CalendarReading.Refused(CalendarErrors.NotICalendar);
        }
    }

    private static CalendarReading Expand(Ical.Net.Calendar calendar, DateTime fromUtc, DateTime toUtc)
    {
        var watch = Stopwatch.StartNew();
        var busy = new List<BusyInterval>();
        var examined = 0;
        var options = new EvaluationOptions { MaxUnmatchedIncrementsLimit = 10_000 };
        var start = new CalDateTime(fromUtc - LookBack, CalDateTime.UtcTzId);
        foreach (var occurrence in calendar.GetOccurrences<CalendarEvent>(start, options))
        {
            if (++examined > MaxOccurrencesExamined || watch.Elapsed > MaxExpansionTime)
            {
                return CalendarReading.Refused(CalendarErrors.TooDense);
            }

            var (startsAt, endsAt) = ToUtc(occurrence.Period);

            // Occurrences come in order of their start: past the window, nothing later can be in it. Floating times
            // are ordered as written, which is at most a few hours off from Finnish time: a day's margin covers it.
            if (startsAt >= toUtc.AddDays(1))
            {
                break;
            }

            if (occurrence.Source is not CalendarEvent source || !IsBusy(source) || endsAt <= fromUtc || startsAt >= toUtc || endsAt <= startsAt)
            {
                continue;
            }

            busy.Add(new BusyInterval(startsAt, endsAt));
            if (busy.Count > MaxBusyTimes)
            {
                return CalendarReading.Refused(CalendarErrors.TooManyBusyTimes);
            }
        }

        return new CalendarReading(busy.OrderBy(b => b.StartsAt).ThenBy(b => b.EndsAt).ToList(), null);
    }

    private static bool IsBusy(CalendarEvent source) =>
        !string.Equals(source.Transparency, "TRANSPARENT", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(source.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase);

    private static (DateTime Start, DateTime End) ToUtc(Period period)
    {
        var start = period.StartTime;
        var end = period.EffectiveEndTime ?? (start.HasTime ? start : start.AddDays(1));
        return (ToUtc(start), ToUtc(end));
    }

    /// <summary>A date (all-day) starts at Finnish midnight; a floating time is Finnish time; others carry their zone.</summary>
    private static DateTime ToUtc(CalDateTime time) =>
        !time.HasTime ? HelsinkiTime.ToUtc(time.Date.ToDateTime(TimeOnly.MinValue))
        : time.IsFloating ? HelsinkiTime.ToUtc(time.Value)
        : time.AsUtc;

    /// <summary>Refuses text that is not iCalendar, nests too deep or holds too many events, before the parser sees it.</summary>
    private static string? Prescan(string text)
    {
        var depth = 0;
        var events = 0;
        var first = true;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (first && !line.Equals("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
            {
                return CalendarErrors.NotICalendar;
            }

            first = false;
            if (line.StartsWith("BEGIN:", StringComparison.OrdinalIgnoreCase))
            {
                if (++depth > MaxNesting)
                {
                    return CalendarErrors.TooDeep;
                }

                if (line.Equals("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase) && ++events > MaxEvents)
                {
                    return CalendarErrors.TooManyEvents;
                }
            }
            else if (line.StartsWith("END:", StringComparison.OrdinalIgnoreCase))
            {
                depth--;
            }
        }

        return first ? CalendarErrors.NotICalendar : null;
    }
}
