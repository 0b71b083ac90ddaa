using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines.Lists;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Deadlines.Report;

/// <summary>The report's period in whole months and its areas (none: every area the reader may see).</summary>
public sealed record ReportQuery(DateOnly FromMonth, DateOnly ToMonth, IReadOnlyList<int> AreaIds)
{
    public const int MaxMonths = 36;

    /// <summary>Parses <c>YYYY-MM</c>; nothing when it is not a month.</summary>
    public static DateOnly? ParseMonth(string? value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    public DateOnly LastDay => ToMonth.AddMonths(1).AddDays(-1);
}

public sealed record MonthFigures(DateOnly Month, IReadOnlyList<RuleFigures> Rules);

public sealed record AreaReport(string AreaName, IReadOnlyList<MonthFigures> Months, IReadOnlyList<RuleFigures> Totals);

/// <summary>A clock completed after its due date, with the reason recorded for it; nothing that identifies the family.</summary>
public sealed record Miss(ClockRule Rule, string AreaName, DateOnly StartDate, DateOnly DueOn, DateOnly DoneOn, int DaysLate, string? Reason, Guid ClockId);

public sealed record ComplianceReport(
    ReportQuery Query,
    IReadOnlyList<AreaOption> AvailableAreas,
    IReadOnlyList<AreaReport> Areas,
    IReadOnlyList<Miss> Misses,
    IReadOnlyList<ThlHalfYear> HalfYears,
    DateTime GeneratedAt);

/// <summary>
/// The compliance report for the supervisory authority: per area and month (the month the matter became pending), for
/// each rule, the clocks and their outcomes, the share met on time, the median and 90th percentile of days taken, the
/// misses with their reasons, and THL's half-yearly figures. A manager sees the areas they manage, an administrator all.
/// </summary>
public sealed class BuildComplianceReport(PerhesiltaDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AreaOption>> AreasOfAsync(string userId, bool administrator, CancellationToken cancellationToken)
    {
        var areas = db.Set<Area>().AsNoTracking();
        if (!administrator)
        {
            areas = areas.Where(a => db.Set<StaffArea>().Any(s => s.UserId == userId && s.AreaId == a.Id));
        }

        return (await areas.ToListAsync(cancellationToken))
            .Select(a => new AreaOption(a.Id, a.LocalName()))
            .OrderBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<ComplianceReport> HandleAsync(string userId, bool administrator, ReportQuery query, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));
        var available = await AreasOfAsync(userId, administrator, cancellationToken);

        // Areas the reader may not see are left out, never reported empty as if they had no clocks.
        var chosen = available.Where(a => query.AreaIds.Count == 0 || query.AreaIds.Contains(a.Id)).ToList();
        var areaIds = chosen.Select(a => a.Id).ToList();
        var halfYears = ThlFigures.HalfYearsOverlapping(query.FromMonth, query.LastDay);
        var loadFrom = Min(query.FromMonth, halfYears[0].From);
        var loadTo = Max(query.LastDay, halfYears[^1].To);

        // The THL figures also count clocks that started before the half-year and ended in it.
        var facts = await db.Set<DeadlineClock>().AsNoTracking()
            .Where(c => areaIds.Contains(c.AreaId)
                && ((c.StartDate >= loadFrom && c.StartDate <= loadTo) || (c.EndedOn >= loadFrom && c.EndedOn <= loadTo) || (c.DueOn >= loadFrom && c.DueOn <= loadTo)))
            .Select(c => new ClockFacts(c.Id, c.AreaId, c.Rule, c.StartDate, c.DueOn, c.State, c.EndedOn, c.DaysTaken, c.DaysLate))
            .ToListAsync(cancellationToken);
        var inPeriod = facts.Where(f => f.StartDate >= query.FromMonth && f.StartDate <= query.LastDay).ToList();

        var areas = chosen.Select(area =>
        {
            var ofArea = inPeriod.Where(f => f.AreaId == area.Id).ToList();
            var months = ofArea.GroupBy(f => new DateOnly(f.StartDate.Year, f.StartDate.Month, 1))
                .OrderBy(g => g.Key)
                .Select(g => new MonthFigures(g.Key, RulesOf(g, today)))
                .ToList();
            return new AreaReport(area.Name, months, RulesOf(ofArea, today));
        }).ToList();

        var misses = await MissesAsync(inPeriod.Where(f => f.State == ClockState.Missed).ToList(), chosen, cancellationToken);
        var thl = halfYears.Select(h => ThlFigures.Of(h, chosen, facts, today)).ToList();
        return new ComplianceReport(query with { AreaIds = areaIds }, available, areas, misses, thl, now);
    }

    private static List<RuleFigures> RulesOf(IEnumerable<ClockFacts> clocks, DateOnly today)
    {
        var list = clocks.ToList();
        return ClockRules.All.Where(rule => list.Exists(c => c.Rule == rule)).Select(rule => ComplianceFigures.Summarize(rule, list, today)).ToList();
    }

    /// <summary>The misses with the reason recorded on the completion that counts (a late completion needs one).</summary>
    private async Task<List<Miss>> MissesAsync(List<ClockFacts> missed, List<AreaOption> areas, CancellationToken cancellationToken)
    {
        var ids = missed.Select(m => m.Id).ToList();
        var events = await db.Set<ClockEvent>().AsNoTracking().Where(e => ids.Contains(e.ClockId)).ToListAsync(cancellationToken);
        var reasons = events.GroupBy(e => e.ClockId).ToDictionary(
            g => g.Key,
            g => ClockDerivation.Effective(g).LastOrDefault(e => e.Kind == ClockEventKind.Completed)?.Reason);
        var names = areas.ToDictionary(a => a.Id, a => a.Name);
        return missed
            .Select(m => new Miss(m.Rule, names[m.AreaId], m.StartDate, m.DueOn, m.EndedOn!.Value, m.DaysLate ?? 0, reasons.GetValueOrDefault(m.Id), m.Id))
            .OrderBy(m => m.AreaName, StringComparer.CurrentCulture)
            .ThenBy(m => m.StartDate)
            .ThenBy(m => m.Rule)
            .ToList();
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
