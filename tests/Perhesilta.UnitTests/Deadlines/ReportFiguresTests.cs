using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Deadlines.Lists;
using Perhesilta.Features.Deadlines.Report;
using Shouldly;

namespace Perhesilta.UnitTests.Deadlines;

/// <summary>The compliance report's arithmetic: median, 90th percentile, the share met, and THL's half-years.</summary>
public sealed class ReportFiguresTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 4 }, 4.0)]
    [InlineData(new[] { 9, 2, 7 }, 7.0)]
    [InlineData(new[] { 9, 2, 7, 4 }, 5.5)]
    [InlineData(new[] { 1, 1, 1, 100 }, 1.0)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(int[] values, double? expected) =>
        ComplianceFigures.Median(values).ShouldBe(expected);

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 5 }, 5)]
    [InlineData(new[] { 2, 4, 7, 9 }, 9)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 9)]
    [InlineData(new[] { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 11 }, 10)]
    public void The_90th_percentile_is_the_nearest_rank(int[] values, int? expected) =>
        ComplianceFigures.NearestRank(values, 0.9).ShouldBe(expected);

    [Fact]
    public void The_share_met_leaves_out_stopped_clocks_and_running_ones_not_yet_due()
    {
        var start = new DateOnly(2026, 3, 2);
        ClockFacts Clock(ClockState state, DateOnly due, int? taken = null) =>
            new(Guid.NewGuid(), 1, ClockRule.Shl36Start, start, due, state, null, taken, null);
        var clocks = new[]
        {
            Clock(ClockState.Met, new(2026, 3, 11), 3),
            Clock(ClockState.Missed, new(2026, 3, 11), 9),
            Clock(ClockState.Stopped, new(2026, 3, 11)),
            Clock(ClockState.Running, new(2026, 3, 11)),
            Clock(ClockState.Running, Today.AddDays(5)),
        };

        var figures = ComplianceFigures.Summarize(ClockRule.Shl36Start, clocks, Today);

        figures.ShouldBe(new RuleFigures(ClockRule.Shl36Start, 5, 1, 1, 1, 2, 1, 1.0 / 3, 6.0, 9));
        ComplianceFigures.Summarize(ClockRule.Lsl26Decision, clocks, Today).ShareMet.ShouldBeNull();
    }

    [Theory]
    [InlineData("2026-03-31", "2025-10-01", "2026-03-31")]
    [InlineData("2026-04-01", "2026-04-01", "2026-09-30")]
    [InlineData("2026-09-30", "2026-04-01", "2026-09-30")]
    [InlineData("2026-10-01", "2026-10-01", "2027-03-31")]
    [InlineData("2027-01-15", "2026-10-01", "2027-03-31")]
    public void THL_half_years_run_from_April_to_September_and_from_October_to_March(string date, string from, string to) =>
        ThlFigures.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(new HalfYear(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_report_period_overlaps_every_half_year_it_touches()
    {
        var halves = ThlFigures.HalfYearsOverlapping(new DateOnly(2025, 12, 1), new DateOnly(2026, 10, 31));

        halves.Select(h => h.From).ShouldBe([new DateOnly(2025, 10, 1), new DateOnly(2026, 4, 1), new DateOnly(2026, 10, 1)]);
    }

    [Fact]
    public void THL_figures_count_work_done_in_the_half_year_and_overdue_assessments_against_their_due_date()
    {
        var period = new HalfYear(new DateOnly(2026, 4, 1), new DateOnly(2026, 9, 30));
        ClockFacts Clock(ClockRule rule, ClockState state, DateOnly due, DateOnly? ended) =>
            new(Guid.NewGuid(), 1, rule, due.AddDays(-10), due, state, ended, null, null);
        var clocks = new[]
        {
            Clock(ClockRule.Shl36Start, ClockState.Met, new(2026, 4, 2), new(2026, 4, 1)),
            Clock(ClockRule.Shl36Start, ClockState.Missed, new(2026, 3, 30), new(2026, 4, 2)),
            Clock(ClockRule.Shl36Start, ClockState.Met, new(2026, 3, 30), new(2026, 3, 27)),
            Clock(ClockRule.Shl36Start, ClockState.Running, new(2026, 9, 1), null),
            Clock(ClockRule.Shl36Start, ClockState.Stopped, new(2026, 5, 1), new(2026, 4, 20)),
            Clock(ClockRule.Shl36Complete, ClockState.Met, new(2026, 7, 1), new(2026, 6, 1)),
            Clock(ClockRule.Lsl26Complete, ClockState.Missed, new(2026, 7, 1), new(2026, 7, 9)),
            Clock(ClockRule.Lsl26Decision, ClockState.Met, new(2026, 7, 1), new(2026, 6, 1)),
        };

        var figures = ThlFigures.Of(period, [new AreaOption(1, "Pohjoinen")], clocks, Today);

        figures.Areas.ShouldBe([new ThlRow("Pohjoinen", 3, 1, 2, 1)]);
        figures.Total.ShouldBe(new ThlRow("", 3, 1, 2, 1));
    }
}
