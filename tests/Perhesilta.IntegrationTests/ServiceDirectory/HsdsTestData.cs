using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Features.ServiceDirectory.Hsds;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Data;
using Shouldly;

namespace Perhesilta.IntegrationTests.ServiceDirectory;

/// <summary>A small directory of a test's own: one organisation, a location, an active and an inactive service.</summary>
internal sealed record TestDirectory(Guid OrganizationId, Guid LocationId, Guid ServiceId, Guid InactiveServiceId)
{
    public IEnumerable<Guid> All => [OrganizationId, LocationId, ServiceId, InactiveServiceId];
}

internal static class HsdsTestData
{
    public static async Task<TestDirectory> CreateAsync(PerhesiltaApp app, string name = "Testikunta")
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var organization = new DirectoryOrganization
        {
            Kind = OrganizationKind.Municipality,
            Name = LocalizedText.Of($"{name} {suffix}", $"{name} sv {suffix}", $"{name} en {suffix}"),
            Description = LocalizedText.Of("Kunnan perhepalvelut.", "Kommunens familjetjänster."),
            Website = "https://kunta.test.perhesilta.example/",
            Email = "perhepalvelut@test.perhesilta.example",
            Phone = "+358 8 123 4567",
            MunicipalityCode = "564",
        };
        var location = new DirectoryLocation
        {
            OrganizationId = organization.Id,
            Name = LocalizedText.Of("Perhekeskus Keskusta", "Familjecentret Centrum"),
            Description = LocalizedText.Of("Toisessa kerroksessa."),
            StreetAddress = "Kirkkokatu 1",
            PostalCode = "90100",
            City = "Oulu",
            MunicipalityCode = "564",
            Latitude = 65.0121,
            Longitude = 25.4651,
            Accessibility = LocalizedText.Of("Esteetön sisäänkäynti, induktiosilmukka.", null, "Step-free entrance, induction loop."),
        };
        var service = new DirectoryService
        {
            OrganizationId = organization.Id,
            Name = LocalizedText.Of($"Perheneuvola {suffix}", $"Familjerådgivning {suffix}", $"Family counselling {suffix}"),
            Description = LocalizedText.Of("Keskusteluapua perheille, kun lapsen kasvu tai perheen arki huolettaa.", "Samtalsstöd för familjer.", "Counselling for families."),
            Eligibility = LocalizedText.Of("Oululaiset lapsiperheet."),
            Access = ServiceAccess.Self,
            ApplicationProcess = LocalizedText.Of("Soita ja varaa aika."),
            MinAge = 0,
            MaxAge = 17,
            Phone = "08 555 1234",
            Email = "perheneuvola@test.perhesilta.example",
            Website = "https://perheneuvola.test.perhesilta.example/",
            IsFree = false,
            Fees = LocalizedText.Of("Käyntimaksu 10 €.", "Besöksavgift 10 €."),
            Languages = ["fi", "sv"],
            Status = ServiceStatus.Active,
            CheckedOn = new DateOnly(2026, 9, 1),
        };
        service.ServiceTypes.Add(new DirectoryServiceType { ServiceTypeCode = "family-counselling-clinic" });
        service.ServiceTypes.Add(new DirectoryServiceType { ServiceTypeCode = "child-youth-mental-health" });
        service.Municipalities.Add(new DirectoryServiceArea { MunicipalityCode = "564" });
        service.Municipalities.Add(new DirectoryServiceArea { MunicipalityCode = "244" });
        service.Locations.Add(new ServiceAtLocation { LocationId = location.Id });
        service.OpeningHours.Add(new OpeningHours { Weekday = 1, OpensAt = new TimeOnly(8, 0), ClosesAt = new TimeOnly(16, 0), LocationId = location.Id });
        service.OpeningHours.Add(new OpeningHours { Weekday = 3, OpensAt = new TimeOnly(12, 0), ClosesAt = new TimeOnly(18, 30), LocationId = location.Id });
        service.OpeningHours.Add(new OpeningHours { Weekday = 2, OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(11, 0), Note = LocalizedText.Of("puhelinaika", "telefontid") });
        service.OpeningHours.Add(new OpeningHours { ValidFrom = new DateOnly(2026, 12, 24), ValidTo = new DateOnly(2026, 12, 26), IsClosed = true, Note = LocalizedText.Of("joulu") });
        service.OpeningHours.Add(new OpeningHours { ValidFrom = new DateOnly(2026, 12, 31), ValidTo = new DateOnly(2026, 12, 31), OpensAt = new TimeOnly(8, 0), ClosesAt = new TimeOnly(12, 0), LocationId = location.Id });
        var inactive = new DirectoryService
        {
            OrganizationId = organization.Id,
            Name = LocalizedText.Of($"Lopetettu kerho {suffix}"),
            Description = LocalizedText.Of("Kerho ei enää kokoonnu."),
            MinAge = 3,
            MaxAge = 6,
            IsFree = true,
            Languages = ["fi"],
            Status = ServiceStatus.Inactive,
            CheckedOn = new DateOnly(2025, 1, 15),
        };
        inactive.ServiceTypes.Add(new DirectoryServiceType { ServiceTypeCode = "family-meeting-place" });
        inactive.Municipalities.Add(new DirectoryServiceArea { MunicipalityCode = "564" });

        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            db.AddRange(organization, location, service, inactive);
            foreach (var record in new IVersionedDirectoryRecord[] { organization, location, service, inactive })
            {
                DirectoryHistory.Record(db, record, DirectoryChangeSource.Seed, null, DateTime.UtcNow);
            }

            await db.SaveChangesAsync();
        });
        return new TestDirectory(organization.Id, location.Id, service.Id, inactive.Id);
    }

    public static Task<int> ChangeCountAsync(PerhesiltaApp app) => app.WithDbAsync(db => db.Set<DirectoryChange>().CountAsync());

    public static Task<int> RecordCountAsync(PerhesiltaApp app) => app.WithDbAsync(async db =>
        await db.Set<DirectoryOrganization>().CountAsync() + await db.Set<DirectoryLocation>().CountAsync() + await db.Set<DirectoryService>().CountAsync());

    /// <summary>The stored records' history snapshots by id: what "the same directory" means.</summary>
    public static Task<Dictionary<Guid, string>> SnapshotsAsync(PerhesiltaApp app, IEnumerable<Guid> ids) => app.WithDbAsync(async db =>
    {
        var wanted = ids.ToList();
        var snapshots = new Dictionary<Guid, string>();
        foreach (var o in await db.Set<DirectoryOrganization>().Where(o => wanted.Contains(o.Id)).ToListAsync())
        {
            snapshots[o.Id] = DirectoryHistory.SnapshotOf(o);
        }

        foreach (var l in await db.Set<DirectoryLocation>().Where(l => wanted.Contains(l.Id)).ToListAsync())
        {
            snapshots[l.Id] = DirectoryHistory.SnapshotOf(l);
        }

        foreach (var s in await db.Set<DirectoryService>().AsNoTracking().WithRows().Where(s => wanted.Contains(s.Id)).ToListAsync())
        {
            snapshots[s.Id] = DirectoryHistory.SnapshotOf(s);
        }

        return snapshots;
    });

    /// <summary>Runs an import straight through its use case, as the background job does.</summary>
    public static async Task<HsdsImportResult> ImportAsync(PerhesiltaApp app, string json)
    {
        HsdsImportResult result = null!;
        await app.WithServicesAsync(async services =>
        {
            using var data = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
            result = await services.GetRequiredService<ImportHsds>().HandleAsync(data, null, new HsdsImportProgress(), CancellationToken.None);
        });
        return result;
    }

    public static async Task<string> ExportAsync(PerhesiltaApp app, Guid? organization)
    {
        HsdsPackage package = null!;
        await app.WithServicesAsync(async services => package = (await services.GetRequiredService<ExportHsds>().HandleAsync(organization, CancellationToken.None))!);
        return JsonSerializer.Serialize(package, HsdsJson.Options);
    }

    public static JsonObject Package(string json) => JsonNode.Parse(json)!.AsObject();
}

/// <summary>
/// The HSDS 3.0 schemas as the repository holds them, loaded by NJsonSchema from the files themselves (not through
/// the application's embedded copies), to check what the application writes.
/// </summary>
internal static class OfficialSchemas
{
    private static readonly Lazy<Task<Dictionary<string, JsonSchema>>> Schemas = new(async () =>
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Perhesilta.Web", "Features", "ServiceDirectory", "Hsds", "schema");
        var schemas = new Dictionary<string, JsonSchema>();
        foreach (var name in new[] { "organization", "service", "location", "service_at_location" })
        {
            schemas[name] = await JsonSchema.FromFileAsync(Path.Combine(folder, name + ".json"));
        }

        return schemas;
    });

    /// <summary>Fails with every error when <paramref name="json"/> breaks the schema of <paramref name="entity"/>.</summary>
    public static async Task AssertValidAsync(string entity, JsonNode json)
    {
        var schema = (await Schemas.Value)[entity];
        var errors = schema.Validate(JToken.Parse(json.ToJsonString()));
        errors.Select(e => $"{entity} {json["id"]}: {e.Path} {e.Kind}").ShouldBeEmpty();
    }

    /// <summary>Every organisation, location, service and service_at_location of an export package.</summary>
    public static async Task<int> AssertPackageValidAsync(JsonObject package)
    {
        var count = 0;
        foreach (var (array, entity) in new[] { ("organizations", "organization"), ("locations", "location"), ("services", "service") })
        {
            foreach (var record in package[array]!.AsArray())
            {
                await AssertValidAsync(entity, record!);
                count++;
                foreach (var at in record!["service_at_locations"]?.AsArray() ?? [])
                {
                    await AssertValidAsync("service_at_location", at!);
                    count++;
                }
            }
        }

        return count;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Perhesilta.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Perhesilta.slnx) was not found.");
    }
}
