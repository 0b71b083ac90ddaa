using NodaTime;

namespace Perhesilta.Platform.Scheduling;

/// <summary>
/// One local date in Europe/Helsinki as UTC ticks: its start and end (23 or 25 hours apart on the days the clocks
/// change) and its pieces of constant UTC offset. Local times are turned into instants per piece, so an hour that does
/// not exist (03:00–04:00 on the last Sunday of March) holds no instant and an hour that occurs twice (the last Sunday
/// of October) holds both.
/// </summary>
internal sealed class LocalDay
{
    public static readonly DateTimeZone Helsinki = DateTimeZoneProviders.Tzdb["Europe/Helsinki"];

    private const long TicksPerMinute = TimeSpan.TicksPerMinute;
    private readonly Piece[] _pieces;
    private readonly long _localMidnight;

    private LocalDay(DateOnly date, long start, long end, Piece[] pieces)
    {
        Date = date;
        Start = start;
        End = end;
        _pieces = pieces;
        _localMidnight = date.DayNumber * TimeSpan.TicksPerDay;
    }

    public DateOnly Date { get; }

    /// <summary>Local midnight, as UTC ticks.</summary>
    public long Start { get; }

    /// <summary>The next local midnight, as UTC ticks.</summary>
    public long End { get; }

    public static LocalDay Of(DateOnly date)
    {
        var start = Ticks(Helsinki.AtStartOfDay(LocalDate.FromDateOnly(date)).ToInstant());
        var end = Ticks(Helsinki.AtStartOfDay(LocalDate.FromDateOnly(date.AddDays(1))).ToInstant());
        var pieces = new List<Piece>(2);
        for (var at = start; at < end;)
        {
            var interval = Helsinki.GetZoneInterval(Instant.FromUnixTimeTicks(at - DateTime.UnixEpoch.Ticks));
            var pieceEnd = interval.HasEnd ? Math.Min(Ticks(interval.End), end) : end;
            pieces.Add(new Piece(at, pieceEnd, interval.WallOffset.Ticks));
            at = pieceEnd;
        }

        return new LocalDay(date, start, end, [.. pieces]);
    }

    /// <summary>The local date of an instant (UTC ticks).</summary>
    public static DateOnly DateOf(long utcTicks) =>
        Instant.FromUnixTimeTicks(utcTicks - DateTime.UnixEpoch.Ticks).InZone(Helsinki).Date.ToDateOnly();

    /// <summary>The local time of an instant (UTC ticks), as ticks of a local date and time.</summary>
    public static long LocalTicksOf(long utcTicks) =>
        Instant.FromUnixTimeTicks(utcTicks - DateTime.UnixEpoch.Ticks).InZone(Helsinki).LocalDateTime.ToDateTimeUnspecified().Ticks;

    /// <summary>The instants of the day whose local time lies in one of the windows, sorted and merged.</summary>
    public void Windows(IReadOnlyList<DayWindow> windows, List<Span> into)
    {
        into.Clear();
        foreach (var piece in _pieces)
        {
            foreach (var window in windows)
            {
                var start = Math.Max(_localMidnight + (window.Start * TicksPerMinute) - piece.Offset, piece.Start);
                var end = Math.Min(_localMidnight + (window.End * TicksPerMinute) - piece.Offset, piece.End);
                if (end > start)
                {
                    into.Add(new Span(start, end));
                }
            }
        }

        Span.SortAndMerge(into);
    }

    /// <summary>
    /// The first grid point at or after <paramref name="at"/>: local times <c>k × step</c> minutes after local midnight,
    /// as UTC ticks; <see cref="long.MaxValue"/> when the day has no more.
    /// </summary>
    public long NextGridPoint(long at, long stepTicks)
    {
        foreach (var piece in _pieces)
        {
            if (piece.End <= at)
            {
                continue;
            }

            var local = Math.Max(at, piece.Start) + piece.Offset - _localMidnight;
            var k = (local + stepTicks - 1) / stepTicks;
            if (k * stepTicks >= TimeSpan.TicksPerDay)
            {
                return long.MaxValue;
            }

            var point = _localMidnight + (k * stepTicks) - piece.Offset;
            if (point < piece.End)
            {
                return point;
            }
        }

        return long.MaxValue;
    }

    private static long Ticks(Instant instant) => instant.ToUnixTimeTicks() + DateTime.UnixEpoch.Ticks;

    private readonly record struct Piece(long Start, long End, long Offset);
}

/// <summary>An interval of UTC ticks, <c>[Start, End)</c>.</summary>
internal readonly record struct Span(long Start, long End)
{
    public static void SortAndMerge(List<Span> spans)
    {
        if (spans.Count < 2)
        {
            return;
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var kept = 0;
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].Start <= spans[kept].End)
            {
                spans[kept] = spans[kept] with { End = Math.Max(spans[kept].End, spans[i].End) };
            }
            else
            {
                spans[++kept] = spans[i];
            }
        }

        spans.RemoveRange(kept + 1, spans.Count - kept - 1);
    }
}
