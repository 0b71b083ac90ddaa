namespace Perhesilta.Platform.Scheduling;

/// <summary>One participant's busy times within the searched range: sorted by start and merged, so a binary search finds those near an instant.</summary>
internal sealed class BusyList
{
    private readonly long[] _starts;
    private readonly long[] _ends;

    private BusyList(List<Span> spans)
    {
        _starts = new long[spans.Count];
        _ends = new long[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            (_starts[i], _ends[i]) = (spans[i].Start, spans[i].End);
        }
    }

    /// <summary>The busy times overlapping <c>[from, to)</c> (UTC ticks); empty or reversed ones are ignored.</summary>
    public static BusyList Of(IReadOnlyList<TimeInterval> busy, long from, long to)
    {
        var spans = new List<Span>();
        foreach (var interval in busy)
        {
            var (start, end) = (interval.Start.Ticks, interval.End.Ticks);
            if (start < to && end > from && end > start)
            {
                spans.Add(new Span(start, end));
            }
        }

        Span.SortAndMerge(spans);
        return new BusyList(spans);
    }

    public bool Overlaps(long start, long end)
    {
        var i = FirstEndingAfter(start);
        return i < _starts.Length && _starts[i] < end;
    }

    /// <summary>Cuts the busy times out of <paramref name="spans"/> (sorted, disjoint).</summary>
    public void CutFrom(List<Span> spans, List<Span> scratch)
    {
        if (spans.Count == 0)
        {
            return;
        }

        scratch.Clear();
        var b = FirstEndingAfter(spans[0].Start);
        foreach (var span in spans)
        {
            var start = span.Start;
            while (b < _starts.Length && _ends[b] <= start)
            {
                b++;
            }

            for (var k = b; k < _starts.Length && _starts[k] < span.End; k++)
            {
                if (_starts[k] > start)
                {
                    scratch.Add(new Span(start, _starts[k]));
                }

                start = Math.Max(start, _ends[k]);
            }

            if (span.End > start)
            {
                scratch.Add(new Span(start, span.End));
            }
        }

        spans.Clear();
        spans.AddRange(scratch);
    }

    /// <summary>The index of the first busy time that ends after <paramref name="at"/> (merged times end in order).</summary>
    private int FirstEndingAfter(long at)
    {
        int low = 0, high = _ends.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_ends[middle] <= at)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
