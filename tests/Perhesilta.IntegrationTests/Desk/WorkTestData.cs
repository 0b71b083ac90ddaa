using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Localization;

namespace Perhesilta.IntegrationTests.Desk;

/// <summary>A guide with a contact of their area, and the fields of the work forms (actions, closing, statutory routes).</summary>
internal sealed record WorkSetup(PageClient Browser, TestStaff Guide, Contact Contact, Area Area) : IDisposable
{
    public string ContactUrl => $"/desk/contacts/{Contact.Id}";

    public string ActionUrl => $"/desk/contacts/{Contact.Id}/actions/new";

    public string CloseUrl => $"/desk/contacts/{Contact.Id}/close";

    public string RouteUrl => $"/desk/contacts/{Contact.Id}/routes/new";

    public void Dispose() => Browser.Dispose();
}

internal static class WorkTestData
{
    /// <summary>A contact that arrived three days ago, so that work can be dated between its arrival and now.</summary>
    public static async Task<WorkSetup> GuideWithContactAsync(PerhesiltaApp app, Action<Contact>? change = null)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c =>
        {
            c.InitiatedAt = DateTime.UtcNow.AddDays(-3);
            change?.Invoke(c);
        });
        return new WorkSetup(await StaffTestData.SignedInAsync(app, guide), guide, contact, area);
    }

    /// <summary>Now in Finnish time, to the minute, as the forms take it.</summary>
    public static DateTime HelsinkiNow()
    {
        var now = HelsinkiTime.ToLocal(DateTime.UtcNow);
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0);
    }

    /// <summary>A moment as the Finnish pages show it, e.g. 22.11.2026 15.04.</summary>
    public static string Shown(DateTime utc) => HelsinkiTime.ToLocal(utc).ToString("g", new CultureInfo("fi-FI"));

    public static string Date(DateTime helsinki) => helsinki.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTime helsinki) => helsinki.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static Dictionary<string, string> Action(ActionKind kind, DateTime helsinki, string duration = "20", string note = "") => new()
    {
        ["Input.Kind"] = kind.ToString(),
        ["Input.Date"] = Date(helsinki),
        ["Input.Time"] = Time(helsinki),
        ["Input.Duration"] = duration,
        ["Input.Note"] = note,
    };

    /// <summary>Records an action through the form, and checks that it was saved.</summary>
    public static async Task RecordAsync(WorkSetup setup, Dictionary<string, string> fields)
    {
        var saved = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.ActionUrl), "#action-form", fields);
        if (saved.Location != setup.ContactUrl)
        {
            throw new InvalidOperationException($"The action was not saved: {saved.Text("#error-summary")} {saved.Text("#form-message")}");
        }
    }

    public static async Task<List<ContactAction>> ActionsOfAsync(PerhesiltaApp app, Guid contactId) =>
        await app.WithDbAsync(db => db.Set<ContactAction>().AsNoTracking().Where(a => a.ContactId == contactId).OrderBy(a => a.PerformedAt).ToListAsync());

    public static async Task<List<StatutoryRoute>> RoutesOfAsync(PerhesiltaApp app, Guid contactId) =>
        await app.WithDbAsync(db => db.Set<StatutoryRoute>().AsNoTracking().Where(r => r.ContactId == contactId).ToListAsync());

    /// <summary>Gives the contact a status link of a known token, as the asker would have it.</summary>
    public static async Task<string> StatusLinkAsync(PerhesiltaApp app, Guid contactId)
    {
        var token = ContactCodes.NewStatusToken();
        await app.WithDbAsync(db => db.Set<Contact>().Where(c => c.Id == contactId).ExecuteUpdateAsync(s => s.SetProperty(c => c.StatusTokenHash, ContactCodes.HashStatusToken(token))));
        return "/tila/" + token;
    }

    /// <summary>Another guide of the same area, with a name of their own, signed in.</summary>
    public static async Task<(PageClient Browser, TestStaff Colleague)> ColleagueAsync(PerhesiltaApp app, Area area, string name)
    {
        var colleague = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        await StaffTestData.ChangeUserAsync(app, colleague.Id, u => u.DisplayName = name);
        return (await StaffTestData.SignedInAsync(app, colleague), colleague);
    }
}
