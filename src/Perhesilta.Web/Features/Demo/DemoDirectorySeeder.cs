using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Demo;

/// <summary>
/// The demo directory: every service type of the taxonomy available to every municipality — the county's units per
/// municipality or per area, the municipalities' own services, fictional NGOs and parishes, Kela and debt advice —
/// in fi/sv/en, with addresses, opening hours and check dates (some over a year old, for the stale list). Created
/// once, when the directory is empty, as seeded versions (<see cref="DirectoryChangeSource.Seed"/>).
/// </summary>
internal sealed class DemoDirectorySeeder(TimeProvider clock) : IDataSeeder
{
    public int Order => 50;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<DirectoryService>().AnyAsync(cancellationToken))
        {
            return;
        }

        var catalogue = DemoDirectoryCatalogue.Load();
        var municipalities = await db.Set<Municipality>().AsNoTracking().Include(m => m.Area).OrderBy(m => m.Code).ToListAsync(cancellationToken);
        var types = await db.Set<ServiceType>().AsNoTracking().ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var builder = new DemoDirectoryBuilder(catalogue, municipalities, types, DateOnly.FromDateTime(now));
        var directory = builder.Build();
        // Everything is new, so there are no changes to detect: scanning some ten thousand tracked rows at every Add
        // and again at the save would cost more than the save itself.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var record in directory.Organizations.Cast<IVersionedDirectoryRecord>().Concat(directory.Locations).Concat(directory.Services))
            {
                db.Add(record);
                DirectoryHistory.Record(db, record, DirectoryChangeSource.Seed, null, now);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}

/// <summary>The demo directory's records, built from the catalogue without a database.</summary>
internal sealed class DemoDirectoryBuilder(
    DemoDirectoryCatalogue catalogue,
    IReadOnlyList<Municipality> municipalities,
    IReadOnlyDictionary<string, ServiceType> types,
    DateOnly today)
{
    private readonly Dictionary<string, DirectoryOrganization> organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, DemoOrganisation> templates = [];
    private readonly Dictionary<(Guid, string), DirectoryLocation> locations = [];
    private readonly List<DirectoryService> services = [];

    public sealed record Built(
        IReadOnlyList<DirectoryOrganization> Organizations, IReadOnlyList<DirectoryLocation> Locations, IReadOnlyList<DirectoryService> Services);

    public Built Build()
    {
        var areas = municipalities.GroupBy(m => m.Area!.Code, StringComparer.Ordinal).ToList();
        foreach (var template in catalogue.Services)
        {
            switch (template.Scope)
            {
                case "municipality":
                    foreach (var m in municipalities)
                    {
                        Add(template, Organization(template.Organisation, m.Area!, m), PlaceName(m), [m], m.Code);
                    }

                    break;
                case "area":
                    foreach (var area in areas)
                    {
                        var first = area.First().Area!;
                        Add(template, Organization(template.Organisation, first, null), new DemoText(first.NameFi, first.NameSv ?? first.NameFi, first.NameEn ?? first.NameFi), [.. area], catalogue.AreaCentres[area.Key]);
                    }

                    break;
                case "county":
                    Add(template, Organization(template.Organisation, null, null), null, municipalities, "564");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown scope {template.Scope} in the demo directory.");
            }
        }

        return new Built([.. organizations.Values], [.. locations.Values], services);
    }

    private void Add(DemoServiceTemplate template, DirectoryOrganization organization, DemoText? place, IReadOnlyList<Municipality> served, string locatedIn)
    {
        var index = services.Count;
        var serviceTypes = template.Types.Select(code => types.TryGetValue(code, out var type)
            ? type
            : throw new InvalidOperationException($"The demo directory names an unknown service type {code}.")).ToList();
        var service = new DirectoryService
        {
            OrganizationId = organization.Id,
            Organization = organization,
            Name = template.Name.With(place),
            Description = template.Description.With(place),
            Eligibility = template.Eligibility.With(place),
            ApplicationProcess = template.Process.With(place),
            Access = serviceTypes[0].Access == "referral" ? ServiceAccess.Referral : ServiceAccess.Self,
            MinAge = template.Ages?[0] ?? serviceTypes.Min(t => t.MinAge),
            MaxAge = Math.Min(template.Ages?[1] ?? serviceTypes.Max(t => t.MaxAge), DirectoryLimits.MaxAge),
            IsFree = template.Free,
            Fees = template.Fees?.With(place) ?? new LocalizedText(),
            Languages = [.. template.Languages],
            Website = $"{organization.Website}/palvelut/{template.Types[0]}/{locatedIn}",
            Email = organization.Email,
            CheckedOn = CheckedOn(index),
        };
        service.ServiceTypes.AddRange(template.Types.Select(code => new DirectoryServiceType { ServiceId = service.Id, ServiceTypeCode = code }));
        service.Municipalities.AddRange(served.Select(m => new DirectoryServiceArea { ServiceId = service.Id, MunicipalityCode = m.Code }));
        var location = Location(organization, municipalities.Single(m => m.Code == locatedIn));
        service.Locations.Add(new ServiceAtLocation { ServiceId = service.Id, LocationId = location.Id });
        service.OpeningHours.AddRange(DemoOpeningHours.For(template.Hours, service.Id, template.Hours == "helpline" ? null : location.Id, today));
        services.Add(service);
    }

    /// <summary>Most information checked within the last ten months; every eighth service over a year ago.</summary>
    private DateOnly CheckedOn(int index) => index % 8 == 3
        ? today.AddDays(-(380 + (index * 13 % 200)))
        : today.AddDays(-(index * 37 % 300));

    private DirectoryOrganization Organization(string key, Area? area, Municipality? municipality)
    {
        var template = catalogue.Organisations.Single(o => o.Key == key);
        var owner = template.PerMunicipality ? municipality ?? throw new InvalidOperationException($"{key} is run per municipality.") : null;
        var ownerArea = template.PerArea ? area ?? throw new InvalidOperationException($"{key} is run per area.") : null;
        var id = key + "/" + (owner?.Code ?? ownerArea?.Code ?? "");
        if (organizations.TryGetValue(id, out var existing))
        {
            return existing;
        }

        var place = ownerArea is null ? null : new DemoText(ownerArea.NameFi, ownerArea.NameSv ?? ownerArea.NameFi, ownerArea.NameEn ?? ownerArea.NameFi);
        var organization = new DirectoryOrganization
        {
            Kind = template.Kind,
            Name = template.Name.With(place, owner is null ? null : MunicipalityName(owner)),
            Description = template.Description.With(place),
            Website = template.Website,
            Email = template.Email,
            MunicipalityCode = owner?.Code,
        };
        organizations[id] = organization;
        templates[organization.Id] = template;
        return organization;
    }

    private DirectoryLocation Location(DirectoryOrganization organization, Municipality municipality)
    {
        if (locations.TryGetValue((organization.Id, municipality.Code), out var existing))
        {
            return existing;
        }

        var template = templates[organization.Id];
        var number = locations.Count;
        var location = new DirectoryLocation
        {
            OrganizationId = organization.Id,
            Organization = organization,
            Name = template.Location.With(PlaceName(municipality)),
            StreetAddress = $"{catalogue.Streets[number * 5 % catalogue.Streets.Count]} {1 + (number * 7 % 40)}",
            PostalCode = catalogue.Places[municipality.Code].PostalCode,
            City = municipality.NameFi,
            MunicipalityCode = municipality.Code,
            Accessibility = LocalizedText.Of(
                "Esteetön sisäänkäynti, invapysäköinti ja induktiosilmukka.",
                "Tillgänglig ingång, handikapparkering och induktionsslinga.",
                "Step-free entrance, accessible parking and an induction loop."),
        };
        locations[(organization.Id, municipality.Code)] = location;
        return location;
    }

    private static DemoText PlaceName(Municipality m) => new(m.NameFi, m.NameSv ?? m.NameFi, m.NameFi);

    private DemoText MunicipalityName(Municipality m)
    {
        var place = catalogue.Places[m.Code];
        var sv = m.NameSv ?? m.NameFi;
        var svGenitive = "aeiouyåäö".Contains(sv[^1], StringComparison.Ordinal) || sv.EndsWith('s') ? sv : sv + "s";
        return place.Town
            ? new DemoText($"{place.Genitive} kaupunki", $"{svGenitive} stad", $"City of {m.NameFi}")
            : new DemoText($"{place.Genitive} kunta", $"{svGenitive} kommun", $"Municipality of {m.NameFi}");
    }
}
