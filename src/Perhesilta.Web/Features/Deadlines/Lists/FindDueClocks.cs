using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Deadlines.Lists;

/// <summary>Whose clocks a list shows: those I answer for, my areas', or one of my areas'.</summary>
public enum DeadlineView
{
    Mine,
    Team,
    Area,
}

/// <summary>What the deadline list asks for; <see cref="AllRunning"/> widens "due soon or overdue" to every running clock.</summary>
public sealed record DeadlineQuery(DeadlineView View, int? AreaId = null, bool AllRunning = false);

/// <summary>One running clock in a list: no name or free text of a client, only the contact's reference code.</summary>
public sealed record DueClockRow(
    Guid ClockId,
    Guid ContactId,
    string ReferenceCode,
    ClockRule Rule,
    DateOnly DueOn,
    string? ResponsibleName,
    string? ResponsibleUnit,
    string AreaName,
    int WorkingDaysLeft)
{
    public bool Overdue => WorkingDaysLeft < 0;
}

public sealed record DueClocks(IReadOnlyList<DueClockRow> Rows, IReadOnlyList<AreaOption> Areas);

public sealed record AreaOption(int Id, string Name);

/// <summary>
/// The running clocks that are due within the alert window (<see cref="DeadlineOptions.AlertWithinWorkingDays"/>) or
/// overdue, earliest due date first: a member of staff's own, their areas' (their team's; a manager's areas), or one
/// area's. Overdue is derived here, at read time: running and due before today (Finnish date).
/// </summary>
public sealed class FindDueClocks(PerhesiltaDbContext db, FinnishCalendar calendar, IOptions<DeadlineOptions> options, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    public async Task<DueClocks> HandleAsync(string userId, DeadlineQuery query, CancellationToken cancellationToken = default)
    {
        var myAreaIds = await db.Set<StaffArea>().Where(a => a.UserId == userId).Select(a => a.AreaId).ToListAsync(cancellationToken);
        var areas = (await db.Set<Area>().AsNoTracking().Where(a => myAreaIds.Contains(a.Id)).ToListAsync(cancellationToken))
            .Select(a => new AreaOption(a.Id, a.LocalName()))
            .OrderBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();

        var clocks = db.Set<DeadlineClock>().AsNoTracking().Where(c => c.State == ClockState.Running);
        clocks = query.View switch
        {
            DeadlineView.Mine => clocks.Where(c => c.ResponsibleUserId == userId),
            DeadlineView.Area when query.AreaId is { } areaId && myAreaIds.Contains(areaId) => clocks.Where(c => c.AreaId == areaId),
            DeadlineView.Area => clocks.Where(_ => false),
            _ => clocks.Where(c => myAreaIds.Contains(c.AreaId)),
        };

        var today = Today;
        if (!query.AllRunning)
        {
            var dueBy = calendar.AddWorkingDays(today, options.Value.AlertWithinWorkingDays);
            clocks = clocks.Where(c => c.DueOn <= dueBy);
        }

        var rows = await (
            from c in clocks
            join contact in db.Set<Contact>() on c.ContactId equals contact.Id
            join area in db.Set<Area>() on c.AreaId equals area.Id
            join user in db.Users on c.ResponsibleUserId equals user.Id into responsible
            from user in responsible.DefaultIfEmpty()
            orderby c.DueOn, contact.ReferenceCode
            select new { c.Id, c.ContactId, contact.ReferenceCode, c.Rule, c.DueOn, Responsible = user == null ? null : user.DisplayName, c.ResponsibleUnit, Area = area })
            .ToListAsync(cancellationToken);

        return new DueClocks(
            rows.Select(r => new DueClockRow(r.Id, r.ContactId, r.ReferenceCode, r.Rule, r.DueOn, r.Responsible, r.ResponsibleUnit, r.Area.LocalName(), WorkingDaysLeft(today, r.DueOn))).ToList(),
            areas);
    }

    /// <summary>Working days from today to the due date; negative, counted from the due date, when it has passed.</summary>
    private int WorkingDaysLeft(DateOnly today, DateOnly dueOn) =>
        dueOn >= today ? calendar.WorkingDaysBetween(today, dueOn) : -Math.Max(1, calendar.WorkingDaysBetween(dueOn, today));
}
