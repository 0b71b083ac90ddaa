using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.IntegrationTests.Deadlines.Clocks;

internal static class ClockTestData
{
    /// <summary>A guide with a contact that arrived <paramref name="hoursAgo"/> hours ago and its reply-to-contact clock, as a submission starts it.</summary>
    public static async Task<WorkSetup> GuideWithAnsweredContactAsync(PerhesiltaApp app, double hoursAgo = 3, Action<Contact>? change = null)
    {
        var setup = await WorkTestData.GuideWithContactAsync(app, c =>
        {
            c.InitiatedAt = DateTime.UtcNow.AddHours(-hoursAgo);
            change?.Invoke(c);
        });
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            services.GetRequiredService<ContactClocks>().ContactArrived(db, setup.Contact);
            await db.SaveChangesAsync();
        });
        return setup;
    }

    /// <summary>Starts a clock on a contact as the system would, <paramref name="daysAgo"/> days ago.</summary>
    public static async Task<DeadlineClock> StartAsync(PerhesiltaApp app, Contact contact, ClockRule rule, double daysAgo, string? responsible = null)
    {
        DeadlineClock started = null!;
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            started = services.GetRequiredService<DeadlineClocks>().Start(db, new ClockStart(rule, contact.Id, null, contact.AreaId, DateTime.UtcNow.AddDays(-daysAgo), responsible, null));
            await db.SaveChangesAsync();
        });
        return started;
    }

    public static Task<List<DeadlineClock>> ClocksOfAsync(PerhesiltaApp app, Guid contactId) =>
        app.WithDbAsync(db => db.Set<DeadlineClock>().AsNoTracking().Include(c => c.Events).Where(c => c.ContactId == contactId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Rule).ToListAsync());

    public static Task<DeadlineClock> ClockAsync(PerhesiltaApp app, Guid id) =>
        app.WithDbAsync(db => db.Set<DeadlineClock>().AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == id));

    public static string ClockUrl(WorkSetup setup, Guid clockId) => $"/desk/contacts/{setup.Contact.Id}/clocks/{clockId}";

    public static string NewClockUrl(WorkSetup setup) => $"/desk/contacts/{setup.Contact.Id}/clocks/new";

    public static DateOnly Today => DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow));

    /// <summary>A date as the Finnish pages show it, e.g. 14.4.2026.</summary>
    public static string Shown(DateOnly date) => date.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static Dictionary<string, string> Moment(DateTime helsinki, string reason = "") => new()
    {
        ["Input.Date"] = WorkTestData.Date(helsinki),
        ["Input.Time"] = WorkTestData.Time(helsinki),
        ["Input.Reason"] = reason,
    };
}
