namespace Perhesilta.Features.Deadlines.Report;

/// <summary>What the report needs of one clock: no contact, family, name or free text.</summary>
public sealed record ClockFacts(Guid Id, int AreaId, ClockRule Rule, DateOnly StartDate, DateOnly DueOn, ClockState State, DateOnly? EndedOn, int? DaysTaken, int? DaysLate);

/// <summary>
/// The figures of one rule over a set of clocks. <see cref="ShareMet"/> is met ÷ (met + missed + running past the due
/// date): stopped clocks and running clocks not yet due have no outcome. Days taken are of the completed clocks, in
/// the rule's unit (<see cref="ClockRules.CountsWorkingDays"/>).
/// </summary>
public sealed record RuleFigures(ClockRule Rule, int Clocks, int Met, int Missed, int Stopped, int Running, int Overdue, double? ShareMet, double? MedianDays, int? Percentile90Days)
{
    public bool CountsWorkingDays => ClockRules.CountsWorkingDays(Rule);
}

public static class ComplianceFigures
{
    public static RuleFigures Summarize(ClockRule rule, IEnumerable<ClockFacts> clocks, DateOnly today)
    {
        var list = clocks.Where(c => c.Rule == rule).ToList();
        var met = list.Count(c => c.State == ClockState.Met);
        var missed = list.Count(c => c.State == ClockState.Missed);
        var running = list.Count(c => c.State == ClockState.Running);
        var overdue = list.Count(c => c.State == ClockState.Running && c.DueOn < today);
        var decided = met + missed + overdue;
        var taken = list.Where(c => c.State is ClockState.Met or ClockState.Missed && c.DaysTaken is not null).Select(c => c.DaysTaken!.Value).ToList();
        return new RuleFigures(
            rule,
            list.Count,
            met,
            missed,
            list.Count(c => c.State == ClockState.Stopped),
            running,
            overdue,
            decided == 0 ? null : (double)met / decided,
            Median(taken),
            NearestRank(taken, 0.9));
    }

    /// <summary>The middle value; with an even count, the mean of the two middle values.</summary>
    public static double? Median(IReadOnlyCollection<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /// <summary>The nearest-rank percentile: the smallest value that at least <paramref name="share"/> of the values do not exceed.</summary>
    public static int? NearestRank(IReadOnlyCollection<int> values, double share)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(share * sorted.Count);
        return sorted[Math.Max(rank, 1) - 1];
    }
}
