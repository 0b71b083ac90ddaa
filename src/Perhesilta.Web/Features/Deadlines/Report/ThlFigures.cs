using Perhesilta.Features.Deadlines.Lists;

namespace Perhesilta.Features.Deadlines.Report;

/// <summary>THL's half-year: 1.4.–30.9. or 1.10.–31.3.</summary>
public sealed record HalfYear(DateOnly From, DateOnly To);

/// <summary>
/// One row of THL's figures: service-need assessments (SHL 36 §) begun by the 7th working day, and assessments (SHL 36 §
/// and, in child welfare matters, LSL 26 §) completed within three months. Counted in the half-year when the work was
/// done; one not done by its due date counts as late in the half-year of its due date while it still runs.
/// </summary>
public sealed record ThlRow(string AreaName, int Started, int StartedInTime, int Completed, int CompletedInTime)
{
    public double? StartedShare => Started == 0 ? null : (double)StartedInTime / Started;

    public double? CompletedShare => Completed == 0 ? null : (double)CompletedInTime / Completed;
}

public sealed record ThlHalfYear(HalfYear Period, IReadOnlyList<ThlRow> Areas, ThlRow Total);

public static class ThlFigures
{
    /// <summary>The half-years that overlap the days from <paramref name="from"/> to <paramref name="to"/>, in order.</summary>
    public static IReadOnlyList<HalfYear> HalfYearsOverlapping(DateOnly from, DateOnly to)
    {
        var list = new List<HalfYear>();
        var half = Containing(from);
        while (half.From <= to)
        {
            list.Add(half);
            half = Containing(half.To.AddDays(1));
        }

        return list;
    }

    public static HalfYear Containing(DateOnly date) => date.Month switch
    {
        >= 4 and <= 9 => new HalfYear(new DateOnly(date.Year, 4, 1), new DateOnly(date.Year, 9, 30)),
        >= 10 => new HalfYear(new DateOnly(date.Year, 10, 1), new DateOnly(date.Year + 1, 3, 31)),
        _ => new HalfYear(new DateOnly(date.Year - 1, 10, 1), new DateOnly(date.Year, 3, 31)),
    };

    public static ThlHalfYear Of(HalfYear period, IReadOnlyList<AreaOption> areas, IReadOnlyList<ClockFacts> clocks, DateOnly today)
    {
        var rows = areas.Select(a => Row(a.Name, period, clocks.Where(c => c.AreaId == a.Id), today)).ToList();
        var total = new ThlRow("", rows.Sum(r => r.Started), rows.Sum(r => r.StartedInTime), rows.Sum(r => r.Completed), rows.Sum(r => r.CompletedInTime));
        return new ThlHalfYear(period, rows, total);
    }

    private static ThlRow Row(string areaName, HalfYear period, IEnumerable<ClockFacts> clocks, DateOnly today)
    {
        var list = clocks.ToList();
        var started = Counted(list.Where(c => c.Rule == ClockRule.Shl36Start), period, today);
        var completed = Counted(list.Where(c => c.Rule is ClockRule.Shl36Complete or ClockRule.Lsl26Complete), period, today);
        return new ThlRow(areaName, started.Count, started.Count(c => c.State == ClockState.Met), completed.Count, completed.Count(c => c.State == ClockState.Met));
    }

    private static List<ClockFacts> Counted(IEnumerable<ClockFacts> clocks, HalfYear period, DateOnly today) =>
        clocks.Where(c => c.State switch
        {
            ClockState.Met or ClockState.Missed => c.EndedOn >= period.From && c.EndedOn <= period.To,
            ClockState.Running => c.DueOn < today && c.DueOn >= period.From && c.DueOn <= period.To,
            _ => false,
        }).ToList();
}
