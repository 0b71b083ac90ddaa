using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;

namespace Perhesilta.IntegrationTests.DirectoryEditing;

/// <summary>Directory records of a test's own, saved as the demo seed would save them (with a first version), and a signed-in directory editor.</summary>
internal static class EditingTestData
{
    public const string Oulu = "564";
    public const string Kempele = "244";
    public const string MaternityClinic = "maternity-clinic";
    public const string ChildHealthClinic = "child-health-clinic";

    public static async Task<(PageClient Browser, TestStaff Editor)> SignedInEditorAsync(PerhesiltaApp app, string role = StaffRoles.DirectoryEditor)
    {
        var editor = await app.CreateStaffAsync(role);
        return (await StaffTestData.SignedInAsync(app, editor), editor);
    }

    public static async Task<DirectoryOrganization> CreateOrganizationAsync(PerhesiltaApp app, string? name = null)
    {
        var organization = new DirectoryOrganization
        {
            Kind = OrganizationKind.Ngo,
            Name = LocalizedText.Of(name ?? StaffTestData.Unique("Testiyhdistys "), "Testförening", "Test association"),
            Description = LocalizedText.Of("Tukea lapsiperheille."),
        };
        await SaveAsync(app, organization);
        return organization;
    }

    public static async Task<DirectoryLocation> CreateLocationAsync(PerhesiltaApp app, Guid organizationId)
    {
        var location = new DirectoryLocation
        {
            OrganizationId = organizationId,
            Name = LocalizedText.Of(StaffTestData.Unique("Perhetalo ")),
            StreetAddress = "Testikatu 1",
            PostalCode = "90100",
            City = "Oulu",
            MunicipalityCode = Oulu,
        };
        await SaveAsync(app, location);
        return location;
    }

    public static async Task<DirectoryService> CreateServiceAsync(
        PerhesiltaApp app, Guid organizationId, DateOnly? checkedOn = null, ServiceStatus status = ServiceStatus.Active, string? name = null)
    {
        var service = new DirectoryService
        {
            OrganizationId = organizationId,
            Name = LocalizedText.Of(name ?? StaffTestData.Unique("Perhekahvila "), "Familjekafé", "Family café"),
            Description = LocalizedText.Of("Vertaistukea vanhemmille."),
            Access = ServiceAccess.Self,
            MinAge = 0,
            MaxAge = 6,
            Languages = ["fi"],
            Status = status,
            CheckedOn = checkedOn ?? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
        };
        service.ServiceTypes.Add(new DirectoryServiceType { ServiceId = service.Id, ServiceTypeCode = MaternityClinic });
        service.Municipalities.Add(new DirectoryServiceArea { ServiceId = service.Id, MunicipalityCode = Oulu });
        await SaveAsync(app, service);
        return service;
    }

    public static async Task<DirectoryService> FindServiceAsync(PerhesiltaApp app, Guid id) =>
        await app.WithDbAsync(db => db.Set<DirectoryService>().AsNoTracking()
            .Include(s => s.ServiceTypes).Include(s => s.Municipalities).Include(s => s.Locations).Include(s => s.OpeningHours)
            .AsSplitQuery().SingleAsync(s => s.Id == id));

    public static async Task<List<DirectoryChange>> ChangesAsync(PerhesiltaApp app, Guid id) =>
        await app.WithDbAsync(db => db.Set<DirectoryChange>().AsNoTracking().Where(c => c.RecordId == id).OrderBy(c => c.Version).ToListAsync());

    private static async Task SaveAsync(PerhesiltaApp app, IVersionedDirectoryRecord record) =>
        await app.WithDbAsync(async db =>
        {
            db.Add(record);
            DirectoryHistory.Record(db, record, DirectoryChangeSource.Seed, null, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
}
