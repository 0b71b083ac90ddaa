using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Demo;

/// <summary>
/// Statutory clocks for the demo, so that the deadline lists and the compliance report have something to show: earlier
/// contacts of every area over the past twelve months with their statutory routes and clocks — met, missed with a
/// reason, stopped, still running — and the reply clocks of the open demo contacts. Every clock is started and ended
/// through <see cref="DeadlineClocks"/>, so its state follows from its events. Created once, after the desk's demo work.
/// </summary>
internal sealed class DemoDeadlinesSeeder(DeadlineClocks clocks, FinnishCalendar calendar, TimeProvider clock) : IDataSeeder
{
    private const string FirstCode = "DEMO-0100";

    private static readonly string[] LateReasons =
    [
        "Perhettä ei tavoitettu sovittuna aikana; uusi aika saatiin vasta seuraavalle viikolle.",
        "Sosiaalityöntekijän sairausloma, sijaista ei saatu heti.",
        "Tulkkia ei saatu ajoissa ensimmäiseen tapaamiseen.",
        "Alueen saapuneiden määrä ylitti tiimin resurssit tällä viikolla.",
    ];

    private static readonly string[] StopReasons =
    [
        "Arviointi ilmeisen tarpeeton: tilapäinen neuvonta riitti.",
        "Perhe muutti pois hyvinvointialueelta.",
    ];

    public int Order => 140;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Set<Contact>().AnyAsync(c => c.ReferenceCode == "DEMO-0001", cancellationToken)
            || await db.Set<Contact>().AnyAsync(c => c.ReferenceCode == FirstCode, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));
        var guides = await db.Users.Where(u => u.Email == DemoData.Accounts[0].Email || u.Email == DemoData.Accounts[1].Email).ToListAsync(cancellationToken);
        var manager = await db.Users.SingleAsync(u => u.Email == DemoData.Accounts[3].Email, cancellationToken);
        var guideOfArea = await db.Set<StaffArea>().Where(s => guides.Select(g => g.Id).Contains(s.UserId)).ToDictionaryAsync(s => s.AreaId, s => s.UserId, cancellationToken);
        var areas = await db.Set<Area>().Include(a => a.Municipalities).OrderBy(a => a.Code).ToListAsync(cancellationToken);

        // The open demo contacts: a reply clock from when they came in, met when the family was first reached.
        foreach (var open in await db.Set<Contact>().Where(c => c.Status != ContactStatus.Closed && c.ReferenceCode.StartsWith("DEMO-")).ToListAsync(cancellationToken))
        {
            var reply = clocks.Start(db, new ClockStart(ClockRule.ReplyToContact, open.Id, open.FamilyId, open.AreaId, open.InitiatedAt, open.AssignedToUserId, null));
            if (open.FirstReachedAt is { } reached)
            {
                var late = DateOnly.FromDateTime(HelsinkiTime.ToLocal(reached)) > reply.DueOn;
                Record(reply, ClockEventKind.Completed, reached, late ? LateReasons[0] : null, open.AssignedToUserId);
            }
        }

        var number = 100;
        for (var a = 0; a < areas.Count; a++)
        {
            var area = areas[a];
            var guideId = guideOfArea.GetValueOrDefault(area.Id);
            for (var monthsAgo = 0; monthsAgo <= 12; monthsAgo++)
            {
                // This month's contacts are a week or two old, so their clocks still run: some due soon, some overdue.
                var startDate = monthsAgo == 0 ? today.AddDays(-(6 + (a * 2 % 9))) : today.AddMonths(-monthsAgo).AddDays(-((a * 3) + monthsAgo) % 20);
                var startedAt = HelsinkiTime.ToUtc(startDate.ToDateTime(new TimeOnly(9, 15 + a)));
                var kind = (a + monthsAgo) % 3;
                var contact = DemoDeadlineCases.AddContact(db, $"DEMO-{number++:D4}", area, kind, startedAt, guideId);
                var route = kind == 2 ? null : DemoDeadlineCases.AddRoute(db, contact, kind, startedAt, guideId ?? manager.Id, area);
                var rules = kind switch
                {
                    0 => new[] { ClockRule.Lsl26Decision, ClockRule.Shl36Start, ClockRule.Lsl26Complete },
                    1 => [ClockRule.Shl36Start, ClockRule.Shl36Complete],
                    _ => [ClockRule.ReplyToContact, ClockRule.NetworkMeeting],
                };
                for (var r = 0; r < rules.Length; r++)
                {
                    var started = clocks.Start(db, new ClockStart(
                        rules[r], contact.Id, null, area.Id, startedAt, guideId, null,
                        ResponsibleUnit: route?.ToUnit, StatutoryRouteId: route?.Id));
                    // A contact closes once the family has had its reply; only this month's other clocks still run.
                    if (monthsAgo > 0 || rules[r] == ClockRule.ReplyToContact)
                    {
                        End(started, monthsAgo == 0 ? 0 : ((a * 7) + (monthsAgo * 5) + (r * 3)) % 20, guideId);
                    }
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Ends a clock as <paramref name="draw"/> (0–19) says: mostly met, some missed with a reason, a few stopped; one not yet due stays running.</summary>
    private void End(DeadlineClock started, int draw, string? userId)
    {
        var rule = started.Rule;
        var span = Math.Max(1, ClockRules.DaysBetween(rule, started.StartDate, started.DueOn, calendar));
        var (kind, doneOn, reason) = draw switch
        {
            < 14 => (ClockEventKind.Completed, Later(rule, started.StartDate, 1 + (draw * 7 % span)), (string?)null),
            < 17 => (ClockEventKind.Completed, Later(rule, started.DueOn, ClockRules.CountsWorkingDays(rule) ? 1 + (draw % 4) : 4 + (draw % 10)), LateReasons[draw % LateReasons.Length]),
            _ => (ClockEventKind.Stopped, Later(rule, started.StartDate, span / 2), StopReasons[draw % StopReasons.Length]),
        };
        Record(started, kind, HelsinkiTime.ToUtc(doneOn.ToDateTime(new TimeOnly(14, 0))), reason, userId);
    }

    /// <summary>Records the event unless it would be refused, e.g. because its day has not come yet: the clock then runs.</summary>
    private void Record(DeadlineClock started, ClockEventKind kind, DateTime occurredAt, string? reason, string? userId)
    {
        if (clocks.Check(started, kind, occurredAt, reason) is null)
        {
            clocks.Record(started, kind, occurredAt, reason, userId);
        }
    }

    private DateOnly Later(ClockRule rule, DateOnly from, int days) =>
        ClockRules.CountsWorkingDays(rule) ? calendar.AddWorkingDays(from, days) : from.AddDays(days);
}
