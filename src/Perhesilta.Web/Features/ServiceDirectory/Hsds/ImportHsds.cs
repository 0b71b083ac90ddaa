using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>
/// Imports an HSDS 3.0 data set (<see cref="HsdsDataSet"/> lists the shapes): each record is checked against its
/// schema, read into a directory record and checked with <see cref="DirectoryRules"/>; ids must be GUIDs, appear once
/// and refer to records of the set or of the directory. Any error, and nothing is saved. Otherwise one transaction
/// creates or updates the records by their ids, each change a version of its own (<see cref="DirectoryHistory"/>,
/// source Import) — and only where the record read differs from the stored one, so the same set twice changes nothing.
/// Records the set does not mention are left as they are.
/// </summary>
public sealed class ImportHsds(PerhesiltaDbContext db, HsdsSchemas schemas, TimeProvider clock)
{
    private const int SaveBatch = 250;

    public async Task<HsdsImportResult> HandleAsync(Stream data, string? userId, HsdsImportProgress progress, CancellationToken cancellationToken)
    {
        var set = HsdsDataSet.Read(data);
        var errors = new List<HsdsIssue>(set.Issues);
        progress.Start(HsdsImportStage.Validating, set.Count);
        foreach (var entry in set.Organizations.Concat(set.Locations).Concat(set.Services))
        {
            await ValidateAsync(entry, errors);
            progress.Validate();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));
        var existing = await StoredAsync(set, cancellationToken);
        var reader = new HsdsReader(await ReferenceAsync(cancellationToken), today);
        var codes = await DirectoryCodes.LoadAsync(db, cancellationToken);
        var read = Read(set, reader, existing, errors);
        errors.AddRange(reader.Issues);

        // A field the reader could not read (e.g. "25:99" for a time) is reported once, not again as missing.
        var unreadable = reader.Issues.Select(i => (i.Kind, i.Id, i.Field)).ToHashSet();
        var rules = read.Organizations.SelectMany(o => RuleIssues("organization", o, DirectoryRules.Check(o.Record, codes, today)))
            .Concat(read.Locations.SelectMany(l => RuleIssues("location", l, DirectoryRules.Check(l.Record, codes, today))))
            .Concat(read.Services.SelectMany(s => RuleIssues("service", s, DirectoryRules.Check(s.Record, codes, today))));
        errors.AddRange(rules.Where(i => !unreadable.Contains((i.Kind, i.Id, i.Field))));

        if (errors.Count > 0)
        {
            return new HsdsImportResult(errors, 0, 0, 0);
        }

        progress.Start(HsdsImportStage.Saving, set.Count);
        return await SaveAsync(read, existing, userId, now, progress, cancellationToken);
    }

    private async Task ValidateAsync(HsdsEntry entry, List<HsdsIssue> errors)
    {
        // A nested organisation or location was checked with the schema of the service around it.
        if (entry.Nested)
        {
            return;
        }

        var found = await schemas.ValidateAsync(entry.Kind, entry.Json);
        entry.SchemaValid = found.Count == 0;

        // What is nested in a service that breaks the schema is not read either: its errors are reported under the service.
        foreach (var part in entry.Parts.Where(p => p.Nested))
        {
            part.SchemaValid &= entry.SchemaValid;
        }

        errors.AddRange(found.Select(e => HsdsIssue.Of(entry.KindName, entry.Label, e.Field, "Schema." + e.Kind)));
    }

    private static IEnumerable<HsdsIssue> RuleIssues<T>(string kind, HsdsRead<T> read, IReadOnlyList<DirectoryError> rules)
        where T : IVersionedDirectoryRecord =>
        rules.Select(e => new HsdsIssue(kind, HsdsVocabulary.Id(read.Record.Id), read.HsdsField(e.Field), e.Rule, e.Arguments, IsDirectoryRule: true));

    private sealed record ReadSet(
        List<HsdsRead<DirectoryOrganization>> Organizations, List<HsdsRead<DirectoryLocation>> Locations, List<HsdsRead<DirectoryService>> Services);

    private static ReadSet Read(HsdsDataSet set, HsdsReader reader, Stored stored, List<HsdsIssue> errors)
    {
        var organizationIds = set.Organizations.Where(e => e.Id is not null).Select(e => e.Id!.Value).Concat(stored.Organizations.Keys).ToHashSet();
        var locationIds = set.Locations.Where(e => e.Id is not null).Select(e => e.Id!.Value).Concat(stored.Locations.Keys).ToHashSet();
        var services = set.Services.Where(Usable)
            .Select(e => (Entry: e, Record: HsdsDataSet.Deserialize<HsdsService>(e, errors)))
            .Where(s => s.Record is not null)
            .Select(s => (s.Entry, Record: s.Record!))
            .ToList();

        var result = new ReadSet([], [], []);
        foreach (var entry in set.Organizations.Where(Usable))
        {
            var id = entry.Id!.Value;
            if (HsdsDataSet.Deserialize<HsdsOrganization>(entry, errors) is { } organization)
            {
                result.Organizations.Add(reader.Organization(organization, id, stored.Organizations.GetValueOrDefault(id)));
            }
        }

        // A location from elsewhere may leave out its organisation: it belongs to that of the first service given there.
        var organizationOfLocation = new Dictionary<Guid, Guid>();
        foreach (var (_, service) in services)
        {
            if (OrganizationOf(service) is { } organization)
            {
                foreach (var at in service.ServiceAtLocations ?? [])
                {
                    if (Guid.TryParse(at.LocationId ?? at.Location?.Id, out var location))
                    {
                        organizationOfLocation.TryAdd(location, organization);
                    }
                }
            }
        }

        foreach (var entry in set.Locations.Where(Usable))
        {
            var id = entry.Id!.Value;
            if (HsdsDataSet.Deserialize<HsdsLocation>(entry, errors) is not { } location)
            {
                continue;
            }

            Guid? organization = Guid.TryParse(location.OrganizationId, out var o) ? o : organizationOfLocation.TryGetValue(id, out var used) ? used : null;
            if (location.OrganizationId is not null && organization is { } given && !organizationIds.Contains(given))
            {
                errors.Add(HsdsIssue.Of("location", entry.Label, "organization_id", "Import.MissingOrganization", location.OrganizationId));
            }

            result.Locations.Add(reader.Location(location, id, organization));
        }

        foreach (var (entry, service) in services)
        {
            var id = entry.Id!.Value;
            var organization = OrganizationOf(service);
            if (organization is null)
            {
                errors.Add(HsdsIssue.Of("service", entry.Label, "organization_id", "Import.Required"));
            }
            else if (!organizationIds.Contains(organization.Value))
            {
                errors.Add(HsdsIssue.Of("service", entry.Label, "organization_id", "Import.MissingOrganization", HsdsVocabulary.Id(organization.Value)));
            }

            var locations = new List<(string?, Guid)>();
            foreach (var (at, j) in (service.ServiceAtLocations ?? []).Select((a, j) => (a, j)))
            {
                if (!Guid.TryParse(at.LocationId ?? at.Location?.Id, out var location))
                {
                    errors.Add(HsdsIssue.Of("service", entry.Label, $"service_at_locations[{j}].location_id", "Import.Required"));
                }
                else if (!locationIds.Contains(location))
                {
                    errors.Add(HsdsIssue.Of("service", entry.Label, $"service_at_locations[{j}].location_id", "Import.MissingLocation", HsdsVocabulary.Id(location)));
                }
                else if (locations.Any(l => l.Item2 == location))
                {
                    errors.Add(HsdsIssue.Of("service", entry.Label, $"service_at_locations[{j}].location_id", "Import.LocationTwice", HsdsVocabulary.Id(location)));
                }

                locations.Add((at.Id, location));
            }

            result.Services.Add(reader.Service(service, id, organization ?? Guid.Empty, locations, stored.Services.GetValueOrDefault(id)));
        }

        return result;
    }

    private static bool Usable(HsdsEntry entry) => entry.SchemaValid && entry.Id is not null;

    private static Guid? OrganizationOf(HsdsService service) =>
        Guid.TryParse(service.OrganizationId ?? service.Organization?.Id, out var id) ? id : null;

    private sealed record Stored(
        Dictionary<Guid, DirectoryOrganization> Organizations, Dictionary<Guid, DirectoryLocation> Locations, Dictionary<Guid, DirectoryService> Services);

    /// <summary>The stored records the set names, by id or by reference, tracked so that changes to them are saved.</summary>
    private async Task<Stored> StoredAsync(HsdsDataSet set, CancellationToken cancellationToken)
    {
        var organizationIds = set.Organizations.Select(e => e.Id).Concat(set.Services.Concat(set.Locations).Select(e => GuidAt(e.Json, "organization_id")))
            .OfType<Guid>().Distinct().ToList();
        var locationIds = set.Locations.Select(e => e.Id)
            .Concat(set.Services.SelectMany(e => (e.Json["service_at_locations"] as JArray ?? []).Select(at => GuidAt(at, "location_id"))))
            .OfType<Guid>().Distinct().ToList();
        var serviceIds = set.Services.Select(e => e.Id).OfType<Guid>().Distinct().ToList();

        var organizations = await db.Set<DirectoryOrganization>().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var locations = await db.Set<DirectoryLocation>().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var services = await db.Set<DirectoryService>().WithRows()
            .Where(s => serviceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        return new Stored(organizations, locations, services);
    }

    private static Guid? GuidAt(JToken token, string property) =>
        Guid.TryParse((token[property] as JValue)?.Value as string, out var id) ? id : null;

    private async Task<HsdsReferenceData> ReferenceAsync(CancellationToken cancellationToken)
    {
        var municipalities = await db.Set<Municipality>().AsNoTracking().ToListAsync(cancellationToken);
        var access = await db.Set<ServiceType>().AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Access, cancellationToken);
        return new HsdsReferenceData(municipalities, access);
    }

    private async Task<HsdsImportResult> SaveAsync(ReadSet read, Stored stored, string? userId, DateTime now, HsdsImportProgress progress, CancellationToken cancellationToken)
    {
        int created = 0, changed = 0, unchanged = 0, pending = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        async Task CountAsync(IVersionedDirectoryRecord? saved)
        {
            if (saved is null)
            {
                unchanged++;
                progress.Save(1);
                return;
            }

            DirectoryHistory.Record(db, saved, DirectoryChangeSource.Import, userId, now);
            pending++;
            if (pending >= SaveBatch)
            {
                await db.SaveChangesAsync(cancellationToken);
                progress.Save(pending);
                pending = 0;
            }
        }

        foreach (var o in read.Organizations.Select(r => r.Record))
        {
            var (saved, isNew) = HsdsChanges.Apply(db, o, stored.Organizations.GetValueOrDefault(o.Id));
            (created, changed) = (created + (isNew ? 1 : 0), changed + (saved is not null && !isNew ? 1 : 0));
            await CountAsync(saved);
        }

        foreach (var l in read.Locations.Select(r => r.Record))
        {
            var (saved, isNew) = HsdsChanges.Apply(db, l, stored.Locations.GetValueOrDefault(l.Id));
            (created, changed) = (created + (isNew ? 1 : 0), changed + (saved is not null && !isNew ? 1 : 0));
            await CountAsync(saved);
        }

        foreach (var s in read.Services.Select(r => r.Record))
        {
            var (saved, isNew) = HsdsChanges.Apply(db, s, stored.Services.GetValueOrDefault(s.Id));
            (created, changed) = (created + (isNew ? 1 : 0), changed + (saved is not null && !isNew ? 1 : 0));
            await CountAsync(saved);
        }

        await db.SaveChangesAsync(cancellationToken);
        progress.Save(pending);
        await transaction.CommitAsync(cancellationToken);
        return new HsdsImportResult([], created, changed, unchanged);
    }
}
