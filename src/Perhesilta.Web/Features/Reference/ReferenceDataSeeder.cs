using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Reference;

/// <summary>
/// Loads the county's municipalities and the topic and service-type vocabulary from the reference files shipped
/// inside the application. Codes are fixed: missing ones are added and labels follow the files. Areas and the
/// municipalities' area assignments are administrators' data: they are created once and never overwritten.
/// </summary>
internal sealed class ReferenceDataSeeder : IDataSeeder
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public int Order => 0;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        var municipalities = Load<MunicipalityFile>("municipalities.json");
        var taxonomy = Load<TaxonomyFile>("taxonomy.json");

        var areas = await db.Set<Area>().ToDictionaryAsync(a => a.Code, cancellationToken);
        foreach (var area in municipalities.Areas.Where(a => !areas.ContainsKey(a.Code)))
        {
            var entity = new Area { Code = area.Code, NameFi = area.Fi, NameSv = area.Sv, NameEn = area.En };
            db.Add(entity);
            areas[area.Code] = entity;
        }

        var existingMunicipalities = await db.Set<Municipality>().ToDictionaryAsync(m => m.Code, cancellationToken);
        foreach (var m in municipalities.Municipalities)
        {
            if (existingMunicipalities.TryGetValue(m.Code, out var existing))
            {
                existing.NameFi = m.Fi;
                existing.NameSv = m.Sv;
                existing.SubRegionCode = m.Area;
            }
            else
            {
                db.Add(new Municipality { Code = m.Code, NameFi = m.Fi, NameSv = m.Sv, SubRegionCode = m.Area, Area = areas[m.Area] });
            }
        }

        var topics = await db.Set<Topic>().ToDictionaryAsync(t => t.Code, cancellationToken);
        for (var i = 0; i < taxonomy.Topics.Count; i++)
        {
            var t = taxonomy.Topics[i];
            if (!topics.TryGetValue(t.Code, out var topic))
            {
                topic = new Topic { Code = t.Code, NameFi = t.Fi };
                db.Add(topic);
            }

            (topic.NameFi, topic.NameSv, topic.NameEn, topic.SortOrder) = (t.Fi, t.Sv, t.En, i);
        }

        var serviceTypes = await db.Set<ServiceType>().ToDictionaryAsync(t => t.Code, cancellationToken);
        for (var i = 0; i < taxonomy.ServiceTypes.Count; i++)
        {
            var s = taxonomy.ServiceTypes[i];
            if (!serviceTypes.TryGetValue(s.Code, out var type))
            {
                type = new ServiceType { Code = s.Code, NameFi = s.Fi, Provider = s.Provider, Access = s.Access };
                db.Add(type);
            }

            (type.NameFi, type.NameSv, type.NameEn, type.Provider, type.Access, type.SortOrder) = (s.Fi, s.Sv, s.En, s.Provider, s.Access, i);
            (type.MinAge, type.MaxAge) = s.Ages is [var min, var max] ? (min, max) : (0, 25);
        }

        var links = await db.Set<TopicServiceType>().ToDictionaryAsync(l => (l.TopicCode, l.ServiceTypeCode), cancellationToken);
        foreach (var (topicCode, typeCodes) in taxonomy.TopicServiceTypes)
        {
            for (var rank = 0; rank < typeCodes.Count; rank++)
            {
                if (links.TryGetValue((topicCode, typeCodes[rank]), out var link))
                {
                    link.Rank = rank;
                }
                else
                {
                    db.Add(new TopicServiceType { TopicCode = topicCode, ServiceTypeCode = typeCodes[rank], Rank = rank });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static T Load<T>(string file)
    {
        using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream("Perhesilta.Reference." + file)
            ?? throw new InvalidOperationException($"The reference file {file} is not embedded in the application.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"The reference file {file} is empty.");
    }

    private sealed record LabelledCode(string Code, string Fi, string? Sv, string? En);

    private sealed record MunicipalityRow(string Code, string Fi, string? Sv, string Area);

    private sealed record MunicipalityFile(List<LabelledCode> Areas, List<MunicipalityRow> Municipalities);

    private sealed record ServiceTypeRow(string Code, string Fi, string? Sv, string? En, string Provider, string Access, int[]? Ages);

    private sealed record TaxonomyFile(
        List<LabelledCode> Topics,
        List<ServiceTypeRow> ServiceTypes,
        [property: JsonPropertyName("topicServiceTypes")] Dictionary<string, List<string>> TopicServiceTypes);
}
