using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Search;

/// <summary>Reads what the search index is built from: the active services and the taxonomy.</summary>
internal static class SearchSourceLoader
{
    public static async Task<SearchSource> LoadAsync(PerhesiltaDbContext db, CancellationToken ct)
    {
        var services = await db.Set<DirectoryService>().AsNoTracking()
            .Where(s => s.Status == ServiceStatus.Active)
            .OrderBy(s => s.Id)
            .Select(s => new
            {
                s.Id,
                s.Name,
                s.Description,
                s.Eligibility,
                s.MinAge,
                s.MaxAge,
                Types = s.ServiceTypes.Select(t => t.ServiceTypeCode).ToList(),
                Municipalities = s.Municipalities.Select(m => m.MunicipalityCode).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var types = await db.Set<ServiceType>().AsNoTracking().ToListAsync(ct);
        var topics = await db.Set<Topic>().AsNoTracking().ToListAsync(ct);
        var municipalities = await db.Set<Municipality>().AsNoTracking().ToListAsync(ct);
        var relations = await db.Set<TopicServiceType>().AsNoTracking().ToListAsync(ct);

        return new SearchSource(
            [.. services.Select(s => new SearchableService(
                s.Id, s.Name, s.Description, s.Eligibility, [.. s.Types.Order(StringComparer.Ordinal)], [.. s.Municipalities.Order(StringComparer.Ordinal)], s.MinAge, s.MaxAge))],
            types.ToDictionary(t => t.Code, Names, StringComparer.Ordinal),
            topics.ToDictionary(t => t.Code, Names, StringComparer.Ordinal),
            municipalities.ToDictionary(m => m.Code, Names, StringComparer.Ordinal),
            relations.GroupBy(r => r.TopicCode, StringComparer.Ordinal).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)[.. g.OrderBy(r => r.Rank).Select(r => r.ServiceTypeCode)],
                StringComparer.Ordinal));
    }

    private static LocalizedText Names(ILocalizedName name) => LocalizedText.Of(name.NameFi, name.NameSv, name.NameEn);
}
