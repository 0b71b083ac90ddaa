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
            service = await db.Set<DirectoryService>().WithRows().SingleOrDefaultAsync(s => s.Id == existing, cancellationToken);
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

        DirectoryRecords.CopyContent(db, candidate, service);
        if (id is null)
        {
            db.Add(service);
        }

        var conflict = await saving.SaveAsync(service, input.Version, userId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return new SaveResult(form.Errors, service.Id, conflict);
    }
}
