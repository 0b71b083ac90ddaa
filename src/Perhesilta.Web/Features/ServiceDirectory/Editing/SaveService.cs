using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>
/// An editor creates a service or changes one: texts in three languages, service types, the municipalities covered,
/// ages, contact channels, fees, languages, status, locations and opening hours. Checked by
/// <see cref="DirectoryRules"/>; saved with its version in one unit of work, or not at all.
/// </summary>
public sealed class SaveService(
    PerhesiltaDbContext db,
    SaveConflicts saving,
    TimeProvider clock,
    IStringLocalizer<DirectoryText> rules,
    IStringLocalizer<EditingText> text)
{
    /// <summary>Creates a service of <paramref name="organizationId"/> when <paramref name="id"/> is null, otherwise saves a new version of it.</summary>
    public async Task<SaveResult> HandleAsync(Guid? id, Guid organizationId, ServiceInput input, string userId, CancellationToken cancellationToken = default)
    {
        DirectoryService? service;
        if (id is { } existing)
        {
            service = await Loaded(db.Set<DirectoryService>()).SingleOrDefaultAsync(s => s.Id == existing, cancellationToken);
        }
        else
        {
            service = await db.Set<DirectoryOrganization>().AnyAsync(o => o.Id == organizationId, cancellationToken)
                ? new DirectoryService { OrganizationId = organizationId }
                : null;
        }

        if (service is null)
        {
            return new SaveResult(new EditorErrors(), NotFound: true);
        }

        var areas = await db.Set<Area>().AsNoTracking().Include(a => a.Municipalities)
            .ToDictionaryAsync(a => a.Code, a => (IReadOnlyList<string>)[.. a.Municipalities.Select(m => m.Code)], cancellationToken);
        var locations = await db.Set<DirectoryLocation>().AsNoTracking().Where(l => l.OrganizationId == service.OrganizationId)
            .Select(l => l.Id).ToListAsync(cancellationToken);
        var form = new ServiceForm(rules, text);
        var candidate = form.Read(service, input, areas, locations.ToHashSet());
        var codes = await DirectoryCodes.LoadAsync(db, cancellationToken);
        FieldLabels.AddRuleErrors(form.Errors, DirectoryRules.Check(candidate, codes, DirectoryDates.Today(clock)), form.Place, rules, text);
        if (form.Errors.Any)
        {
            return new SaveResult(form.Errors);
        }

        Apply(db, candidate, service);
        if (id is null)
        {
            db.Add(service);
        }

        var conflict = await saving.SaveAsync(service, input.Version, userId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return new SaveResult(form.Errors, service.Id, conflict);
    }

    /// <summary>A service with everything its snapshot holds.</summary>
    public static IQueryable<DirectoryService> Loaded(IQueryable<DirectoryService> services) => services
        .Include(s => s.ServiceTypes)
        .Include(s => s.Municipalities)
        .Include(s => s.Locations)
        .Include(s => s.OpeningHours)
        .AsSplitQuery();

    private static void Apply(PerhesiltaDbContext db, DirectoryService from, DirectoryService to)
    {
        to.Name = from.Name;
        to.Description = from.Description;
        to.Eligibility = from.Eligibility;
        to.Access = from.Access;
        to.ApplicationProcess = from.ApplicationProcess;
        to.MinAge = from.MinAge;
        to.MaxAge = from.MaxAge;
        to.Phone = from.Phone;
        to.Email = from.Email;
        to.Website = from.Website;
        to.IsFree = from.IsFree;
        to.Fees = from.Fees;
        to.Languages = from.Languages;
        to.Status = from.Status;
        to.CheckedOn = from.CheckedOn;

        // Rows keyed by code are kept where they stay: removing and adding the same key in one unit of work would collide.
        Sync(db, to.ServiceTypes, from.ServiceTypes, t => t.ServiceTypeCode);
        Sync(db, to.Municipalities, from.Municipalities, m => m.MunicipalityCode);
        Sync(db, to.Locations, from.Locations, l => l.LocationId);
        to.OpeningHours.Clear();
        foreach (var hours in from.OpeningHours)
        {
            Added(db, to.OpeningHours, hours);
        }
    }

    private static void Sync<T, TKey>(PerhesiltaDbContext db, List<T> current, List<T> wanted, Func<T, TKey> key)
        where T : class
    {
        var wantedKeys = wanted.Select(key).ToHashSet();
        current.RemoveAll(item => !wantedKeys.Contains(key(item)));
        var currentKeys = current.Select(key).ToHashSet();
        foreach (var item in wanted.Where(item => !currentKeys.Contains(key(item))))
        {
            Added(db, current, item);
        }
    }

    /// <summary>
    /// Adds a new row as new: found only through the collection, a row whose generated key is already set (a Guid
    /// made in code) would be taken for an existing one and updated instead of inserted.
    /// </summary>
    private static void Added<T>(PerhesiltaDbContext db, List<T> collection, T item)
        where T : class
    {
        db.Add(item);
        collection.Add(item);
    }
}
