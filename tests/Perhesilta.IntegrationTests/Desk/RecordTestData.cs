using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;

namespace Perhesilta.IntegrationTests.Desk;

/// <summary>An area of a test's own with a named guide signed in and a contact of that area.</summary>
internal sealed record GuideDesk(PerhesiltaApp App, Area Area, TestStaff Guide, Contact Contact, PageClient Browser) : IDisposable
{
    public string Url => $"/desk/contacts/{Contact.Id}";

    public void Dispose() => Browser.Dispose();
}

internal static class RecordTestData
{
    public static async Task<GuideDesk> GuideDeskAsync(PerhesiltaApp app, string guideName = "Greta Guide", Action<Contact>? change = null)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await NamedStaffAsync(app, StaffRoles.ServiceGuide, guideName, area.Code);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: change);
        return new GuideDesk(app, area, guide, contact, await StaffTestData.SignedInAsync(app, guide));
    }

    public static async Task<TestStaff> NamedStaffAsync(PerhesiltaApp app, string role, string name, params string[] areaCodes)
    {
        var staff = await app.CreateStaffAsync(role, areaCodes);
        await StaffTestData.ChangeUserAsync(app, staff.Id, u => u.DisplayName = name);
        return staff;
    }

    /// <summary>A form POST to a handler of a page, as a crafted request would send it.</summary>
    public static async Task<Page> PostHandlerAsync(PageClient browser, string url, string handler, params (string Key, string Value)[] fields)
    {
        var token = await StaffTestData.AntiforgeryTokenAsync(browser);
        return await browser.PostAsync($"{url}?handler={handler}", [new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);
    }

    public static async Task<SituationMapping?> MappingAsync(PerhesiltaApp app, Guid id) =>
        await app.WithDbAsync(db => db.Set<SituationMapping>().AsNoTracking().Include(m => m.Topics).Include(m => m.Members).SingleOrDefaultAsync(m => m.ContactId == id));
}
