using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;

namespace Perhesilta.IntegrationTests.HelpRequests;

/// <summary>Filled-in forms and look-ups of a test's own contacts, found by a unique marker in the description.</summary>
internal static class HelpRequestTestData
{
    /// <summary>Kempele, in the Oulu area.</summary>
    public const string Municipality = "244";

    public static string Marker() => "merkki-" + Guid.NewGuid().ToString("N")[..12];

    public static Dictionary<string, string> Family(string marker, string language = "fi") => new()
    {
        ["Input.Requester"] = "Parent",
        ["Input.Kind"] = "FamilyRequest",
        ["Input.MunicipalityCode"] = Municipality,
        ["Input.ChildAgesText"] = "4, 9",
        ["Input.Description"] = "Lapsi ei nuku öisin ja olen väsynyt 😴 " + marker,
        ["Input.Urgency"] = "Soon",
        ["Input.ContactMethod"] = "Phone",
        ["Input.ContactName"] = "Testi Vanhempi",
        ["Input.Phone"] = "040 000 0001",
        ["Input.Email"] = marker + "@test.perhesilta.example",
        ["Input.CallbackWindow"] = "10:00-12:00",
        ["Input.PreferredLanguage"] = language,
        ["Input.ConsentToContactProfessionals"] = "true",
    };

    public static Dictionary<string, string> Professional(string marker, string kind) => new()
    {
        ["Input.Kind"] = kind,
        ["Input.ProfessionalName"] = "Opettaja Testinen",
        ["Input.ProfessionalOrganisation"] = "Testikoulu",
        ["Input.ProfessionalRole"] = "Luokanopettaja",
        ["Input.ProfessionalPhone"] = "+358 40 000 0004",
        ["Input.ProfessionalEmail"] = marker + "@test.perhesilta.example",
        ["Input.MunicipalityCode"] = Municipality,
        ["Input.ChildAgesText"] = "8",
        ["Input.Description"] = "Oppilas on ollut poissa koulusta kolme viikkoa " + marker,
        ["Input.Urgency"] = "Soon",
        ["Input.ContactName"] = "Testi Huoltaja",
        ["Input.Phone"] = "040 000 0003",
        ["Input.PreferredLanguage"] = "fi",
    };

    /// <summary>Ticks topic check boxes on the parsed form, as a person would.</summary>
    public static void CheckTopics(Page page, params string[] codes)
    {
        foreach (var code in codes)
        {
            ((IHtmlInputElement)page.Document.QuerySelector($"input[name='Input.Topics'][value='{code}']")!).IsChecked = true;
        }
    }

    public static Task<int> CountAsync(PerhesiltaApp app, string marker) =>
        app.WithDbAsync(db => db.Set<Contact>().CountAsync(c => c.Description.Contains(marker)));

    public static Task<Contact> ContactAsync(PerhesiltaApp app, string marker) =>
        app.WithDbAsync(db => db.Set<Contact>().AsNoTracking().Include(c => c.Children).Include(c => c.Topics).SingleAsync(c => c.Description.Contains(marker)));

    public static Task<int> AreaIdAsync(PerhesiltaApp app, string municipality) =>
        app.WithDbAsync(db => db.Set<Municipality>().Where(m => m.Code == municipality).Select(m => m.AreaId).SingleAsync());

    public static async Task SetAreaAsync(PerhesiltaApp app, string municipality, string? phone, string? unit)
    {
        var areaId = await AreaIdAsync(app, municipality);
        await app.WithDbAsync(async db =>
        {
            var area = await db.Set<Area>().SingleAsync(a => a.Id == areaId);
            area.EmergencySocialServicesPhone = phone;
            area.NotificationReceivingUnit = unit;
            return await db.SaveChangesAsync();
        });
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The response date as the county promises it: three working days from today in Finland.</summary>
    public static DateOnly ExpectedRespondBy() =>
        new FinnishCalendar().AddWorkingDays(DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow)), 3);

    /// <summary>"keskiviikkoon 25.11. mennessä" and its Swedish and English forms, written out independently of the app.</summary>
    public static string RespondByText(DateOnly date, string language)
    {
        var day = date.ToString("d.M.", System.Globalization.CultureInfo.InvariantCulture);
        var index = (int)date.DayOfWeek;
        return language switch
        {
            "sv" => $"senast {new[] { "söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag" }[index]} {day}",
            "en" => $"by {date.DayOfWeek} {day}",
            _ => $"{new[] { "sunnuntaihin", "maanantaihin", "tiistaihin", "keskiviikkoon", "torstaihin", "perjantaihin", "lauantaihin" }[index]} {day} mennessä",
        };
    }

    /// <summary>The token at the end of a confirmation or status address.</summary>
    public static string TokenOf(string location) => location[(location.LastIndexOf('/') + 1)..];
}
