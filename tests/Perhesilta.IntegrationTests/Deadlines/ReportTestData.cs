using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.IntegrationTests.Deadlines;

/// <summary>How a seeded clock ends: completed or stopped on a Finnish date, with a reason when one is needed.</summary>
internal sealed record ClockEnd(ClockEventKind Kind, DateOnly On, string? Reason = null);

/// <summary>Clocks of a test's own, started and ended through DeadlineClocks as the desk and the inbox do.</summary>
internal static class ReportTestData
{
    public static DateOnly Today => DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow));

    public static ClockEnd Met(DateOnly on) => new(ClockEventKind.Completed, on);

    public static ClockEnd Late(DateOnly on, string reason) => new(ClockEventKind.Completed, on, reason);

    public static ClockEnd Stopped(DateOnly on, string reason) => new(ClockEventKind.Stopped, on, reason);

    /// <summary>A clock of <paramref name="rule"/> on a new contact of the area, started at 10.00 Finnish time on <paramref name="start"/>.</summary>
    public static async Task<(Contact Contact, DeadlineClock Clock)> ClockAsync(
        PerhesiltaApp app, int areaId, ClockRule rule, DateOnly start, ClockEnd? end = null, string? responsibleUserId = null, Contact? contact = null)
    {
        contact ??= await DeskTestData.CreateContactAsync(app, areaId);
        DeadlineClock clock = null!;
        var onContact = contact;
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            var clocks = services.GetRequiredService<DeadlineClocks>();
            clock = clocks.Start(db, new ClockStart(rule, onContact.Id, null, areaId, At(start), responsibleUserId, null));
            if (end is not null)
            {
                var error = clocks.Check(clock, end.Kind, At(end.On, 14), end.Reason);
                if (error is not null)
                {
                    throw new InvalidOperationException($"Test clock refused {end}: {error}");
                }

                clocks.Record(clock, end.Kind, At(end.On, 14), end.Reason, null);
            }

            await db.SaveChangesAsync();
        });
        return (contact, clock);
    }

    /// <summary>A start date from which the rule is due on <paramref name="due"/> (a working day).</summary>
    public static async Task<DateOnly> StartDueOnAsync(PerhesiltaApp app, ClockRule rule, DateOnly due)
    {
        DateOnly? found = null;
        await app.WithServicesAsync(services =>
        {
            var calendar = services.GetRequiredService<FinnishCalendar>();
            var clocks = services.GetRequiredService<DeadlineClocks>();
            for (var day = due; day > due.AddDays(-60) && found is null; day = day.AddDays(-1))
            {
                if (ClockRules.Due(rule, day, calendar, clocks.Options) == due)
                {
                    found = day;
                }
            }

            return Task.CompletedTask;
        });
        return found ?? throw new InvalidOperationException($"No start gives {rule} due on {due}.");
    }

    /// <summary>The working day <paramref name="count"/> working days from today (negative: before today).</summary>
    public static async Task<DateOnly> WorkingDayAsync(PerhesiltaApp app, int count)
    {
        var day = Today;
        await app.WithServicesAsync(services =>
        {
            var calendar = services.GetRequiredService<FinnishCalendar>();
            day = count >= 0 ? calendar.AddWorkingDays(Today, count) : Back(calendar, -count);
            return Task.CompletedTask;
        });
        return day;
    }

    private static DateOnly Back(FinnishCalendar calendar, int count)
    {
        var day = Today;
        for (var found = 0; found < count;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day))
            {
                found++;
            }
        }

        return day;
    }

    private static DateTime At(DateOnly date, int hour = 10) => HelsinkiTime.ToUtc(date.ToDateTime(new TimeOnly(hour, 0)));
}
