using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Localization;

namespace Perhesilta.IntegrationTests.ServiceDirectory;

/// <summary>Directory services of a test's own, saved with their history as any save of the directory is.</summary>
internal static class FinderTestData
{
    /// <summary>A word no other test's service has, so that a search finds this test's service first.</summary>
    public static string UniqueWord() => "sirkuskoulu" + Guid.NewGuid().ToString("N")[..6];

    /// <summary>
    /// An active service of a new NGO, serving <paramref name="municipalities"/> at the given ages, with a location,
    /// weekly hours (Monday–Friday 8–16, phone hours on Tuesdays) and a closed day tomorrow.
    /// </summary>
    public static async Task<DirectoryService> CreateServiceAsync(
        PerhesiltaApp app,
        string name,
        string description,
        string[] municipalities,
        string[] serviceTypes,
        int minAge = 0,
        int maxAge = 17,
        Action<DirectoryService>? change = null)
    {
        return await app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var organization = new DirectoryOrganization
            {
                Kind = OrganizationKind.Ngo,
                Name = LocalizedText.Of("Testijärjestö " + name, "Testorganisation " + name, "Test NGO " + name),
            };
            var location = new DirectoryLocation
            {
                OrganizationId = organization.Id,
                Name = LocalizedText.Of("Perhetalo", "Familjehuset", "Family house"),
                StreetAddress = "Testikatu 1",
                PostalCode = "90100",
                City = "Oulu",
                MunicipalityCode = municipalities[0],
                Accessibility = LocalizedText.Of("Esteetön sisäänkäynti"),
            };
            var service = new DirectoryService
            {
                OrganizationId = organization.Id,
                Name = LocalizedText.Of(name, name + " (sv)", name + " (en)"),
                Description = LocalizedText.Of(description, description, description),
                Eligibility = LocalizedText.Of("Lapsiperheet", "Barnfamiljer", "Families with children"),
                Access = ServiceAccess.Self,
                ApplicationProcess = LocalizedText.Of("Soita ja varaa aika.", "Ring och boka tid.", "Call to book a time."),
                MinAge = minAge,
                MaxAge = maxAge,
                Phone = "040 123 4567",
                Email = "palvelu@test.perhesilta.example",
                Website = "https://palvelu.test.perhesilta.example",
                IsFree = true,
                Languages = ["fi", "sv"],
                CheckedOn = DateOnly.FromDateTime(now),
            };
            service.Municipalities.AddRange(municipalities.Select(m => new DirectoryServiceArea { ServiceId = service.Id, MunicipalityCode = m }));
            service.ServiceTypes.AddRange(serviceTypes.Select(t => new DirectoryServiceType { ServiceId = service.Id, ServiceTypeCode = t }));
            service.Locations.Add(new ServiceAtLocation { ServiceId = service.Id, LocationId = location.Id });
            for (var day = 1; day <= 5; day++)
            {
                service.OpeningHours.Add(new OpeningHours { ServiceId = service.Id, LocationId = location.Id, Weekday = day, OpensAt = new TimeOnly(8, 0), ClosesAt = new TimeOnly(16, 0) });
            }

            service.OpeningHours.Add(new OpeningHours { ServiceId = service.Id, Weekday = 2, OpensAt = new TimeOnly(12, 0), ClosesAt = new TimeOnly(13, 0), Note = LocalizedText.Of("puhelinaika", "telefontid", "phone hours") });
            // Tomorrow in Finland, as the finder shows it: between 22 and 24 UTC the UTC date is a day behind.
            var tomorrow = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now)).AddDays(1);
            service.OpeningHours.Add(new OpeningHours { ServiceId = service.Id, LocationId = location.Id, ValidFrom = tomorrow, ValidTo = tomorrow, IsClosed = true, Note = LocalizedText.Of("koulutuspäivä", "utbildningsdag", "training day") });
            change?.Invoke(service);
            db.AddRange(organization, location, service);
            DirectoryHistory.Record(db, organization, DirectoryChangeSource.Seed, null, now);
            DirectoryHistory.Record(db, location, DirectoryChangeSource.Seed, null, now);
            DirectoryHistory.Record(db, service, DirectoryChangeSource.Seed, null, now);
            await db.SaveChangesAsync();
            return service;
        });
    }

    public static async Task SetStatusAsync(PerhesiltaApp app, Guid serviceId, ServiceStatus status) =>
        await app.WithDbAsync(async db =>
        {
            var service = await db.Set<DirectoryService>()
                .Include(s => s.ServiceTypes).Include(s => s.Municipalities).Include(s => s.Locations).Include(s => s.OpeningHours)
                .SingleAsync(s => s.Id == serviceId);
            service.Status = status;
            DirectoryHistory.Record(db, service, DirectoryChangeSource.Editor, null, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
}
