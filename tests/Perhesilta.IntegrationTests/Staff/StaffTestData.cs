using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Staff;

/// <summary>Data of a test's own for the staff pages: unique areas and accounts, and a signed-in administrator.</summary>
internal static class StaffTestData
{
    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A new, empty area with a unique code and name.</summary>
    public static async Task<Area> CreateAreaAsync(PerhesiltaApp app)
    {
        var code = Unique("t-");
        var area = new Area { Code = code, NameFi = "Testialue " + code, NameSv = "Testområde " + code, NameEn = "Test area " + code };
        await app.WithDbAsync(async db =>
        {
            db.Add(area);
            return await db.SaveChangesAsync();
        });
        return area;
    }

    public static async Task<int> AreaIdOfMunicipalityAsync(PerhesiltaApp app, string municipalityCode) =>
        await app.WithDbAsync(db => db.Set<Municipality>().Where(m => m.Code == municipalityCode).Select(m => m.AreaId).SingleAsync());

    public static async Task MoveMunicipalityAsync(PerhesiltaApp app, string municipalityCode, int areaId) =>
        await app.WithDbAsync(async db =>
        {
            var municipality = await db.Set<Municipality>().SingleAsync(m => m.Code == municipalityCode);
            municipality.AreaId = areaId;
            return await db.SaveChangesAsync();
        });

    public static async Task<StaffUser> FindUserAsync(PerhesiltaApp app, string id) =>
        await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

    public static async Task<StaffUser?> FindUserByEmailAsync(PerhesiltaApp app, string email)
    {
        var normalized = email.ToUpperInvariant();
        return await app.WithDbAsync(db => db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized));
    }

    public static async Task<IList<string>> RolesOfAsync(PerhesiltaApp app, string id)
    {
        IList<string> roles = [];
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            roles = await users.GetRolesAsync((await users.FindByIdAsync(id))!);
        });
        return roles;
    }

    public static async Task ChangeUserAsync(PerhesiltaApp app, string id, Action<StaffUser> change) =>
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByIdAsync(id))!;
            change(user);
            (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
        });

    public static async Task AddRolesAsync(PerhesiltaApp app, string id, params string[] roles) =>
        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            (await users.AddToRolesAsync((await users.FindByIdAsync(id))!, roles)).Succeeded.ShouldBeTrue();
        });

    /// <summary>A browser in which a new administrator of this test is signed in.</summary>
    public static async Task<(PageClient Browser, TestStaff Admin)> SignedInAdministratorAsync(PerhesiltaApp app)
    {
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        var browser = await SignedInAsync(app, admin);
        return (browser, admin);
    }

    public static async Task<PageClient> SignedInAsync(PerhesiltaApp app, TestStaff staff)
    {
        var browser = app.NewBrowser();
        var signedIn = await browser.SignInAsync(staff);
        signedIn.Location.ShouldBe("/staff");
        return browser;
    }

    /// <summary>Refused by authorisation: 403 at the address asked for, with the localized error page, never the page itself.</summary>
    public static void ShouldBeForbidden(this Page page, string url)
    {
        page.Status.ShouldBe(HttpStatusCode.Forbidden, $"{url} answered {(int)page.Status} {page.Location}");
    }

    public static void ShouldAskToSignIn(this Page page, string url)
    {
        page.IsRedirect.ShouldBeTrue($"{url} answered {(int)page.Status}");
        page.Location!.ShouldStartWith("/account/sign-in", customMessage: url);
    }

    /// <summary>The anti-forgery token of a signed-in browser, from the sign-out form of the layout.</summary>
    public static async Task<string> AntiforgeryTokenAsync(PageClient browser)
    {
        var page = await browser.GetAsync("/staff");
        return page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
    }
}
