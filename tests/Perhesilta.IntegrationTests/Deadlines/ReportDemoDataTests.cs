using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Data;
using Shouldly;

namespace Perhesilta.IntegrationTests.Deadlines;

/// <summary>The demo's clocks give the lists and the report something true to life, and follow from their events.</summary>
public abstract class ReportDemoDataTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Every_area_has_demo_clocks_met_and_missed_over_the_past_year_and_some_stopped_and_running()
    {
        var (areas, clocks) = await app.WithDbAsync(async db => (
            await db.Set<Area>().Select(a => a.Id).ToListAsync(),
            await db.Set<DeadlineClock>().Where(c => db.Set<Contact>().Any(x => x.Id == c.ContactId && x.ReferenceCode.StartsWith("DEMO-"))).ToListAsync()));

        var today = ReportTestData.Today;
        foreach (var area in areas.Where(id => clocks.Exists(c => c.AreaId == id)))
        {
            clocks.ShouldContain(c => c.AreaId == area && c.State == ClockState.Met);
            clocks.ShouldContain(c => c.AreaId == area && c.State == ClockState.Missed);
        }

        clocks.Select(c => c.AreaId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(7);
        clocks.ShouldContain(c => c.State == ClockState.Stopped && c.StopReason != null);
        clocks.ShouldContain(c => c.State == ClockState.Running && c.DueOn < today);
        clocks.ShouldContain(c => c.State == ClockState.Running && c.DueOn >= today);
        clocks.Min(c => c.StartDate).ShouldBeLessThanOrEqualTo(today.AddMonths(-12));
    }

    [Fact]
    public async Task The_demo_clocks_states_are_what_their_events_give()
    {
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            var deadlineClocks = services.GetRequiredService<DeadlineClocks>();
            var clocks = await db.Set<DeadlineClock>().AsNoTracking().Include(c => c.Events).ToListAsync();
            foreach (var clock in clocks)
            {
                var stored = (clock.State, clock.DueOn, clock.DaysTaken, clock.DaysLate);
                deadlineClocks.Recalculate(clock);
                (clock.State, clock.DueOn, clock.DaysTaken, clock.DaysLate).ShouldBe(stored);
                if (clock.State == ClockState.Missed)
                {
                    ClockDerivation.Effective(clock.Events).Last(e => e.Kind == ClockEventKind.Completed).Reason.ShouldNotBeNullOrWhiteSpace();
                }
            }
        });
    }

    public sealed class OnSqlite(SqliteApp app) : ReportDemoDataTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ReportDemoDataTests(app), IClassFixture<PostgresApp>;
}
