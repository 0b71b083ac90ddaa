namespace Perhesilta.Features.ServiceDirectory.Search;

/// <summary>
/// Why a service was found, in the query's language: the everyday word or chosen topic that led to its type
/// ("ahistaa → Lasten ja nuorten perustason mielenterveyspalvelut"), the query's words it has, whom it serves and
/// its ages.
/// </summary>
internal sealed class SearchReasons(IReadOnlyDictionary<string, Platform.Text.EverydayConcept> concepts)
{
    public ServiceSearchHit Hit(SearchIndex index, int doc, float score, ServiceSearchQuery query, ReadQuery read, SearchWording wording)
    {
        var service = index.Services[doc];
        var source = index.Source;
        var language = query.AnswerLanguage ?? query.Language;
        string TypeName(string code) => source.ServiceTypeNames.GetValueOrDefault(code)?.In(language) ?? code;

        var reasons = new List<string>();
        foreach (var match in read.Analysis?.Everyday ?? [])
        {
            if (concepts.GetValueOrDefault(match.Concept) is { } concept
                && (concept.ServiceTypes.FirstOrDefault(service.ServiceTypes.Contains)
                    ?? concept.Topics.SelectMany(t => source.TopicServiceTypes.GetValueOrDefault(t) ?? []).FirstOrDefault(service.ServiceTypes.Contains)) is { } type)
            {
                reasons.Add(wording.Leads(match.Phrase, TypeName(type)));
            }
        }

        foreach (var topic in query.Topics)
        {
            if ((source.TopicServiceTypes.GetValueOrDefault(topic) ?? []).FirstOrDefault(service.ServiceTypes.Contains) is { } type)
            {
                reasons.Add(wording.Leads(source.TopicNames.GetValueOrDefault(topic)?.In(language) ?? topic, TypeName(type)));
            }
        }

        var text = index.Text(Platform.Text.TextLanguages.Parse(language));
        var words = read.Terms.Where(t => text.Has(t.Term, doc)).Select(t => t.Word).Distinct(StringComparer.Ordinal).Take(5).ToList();
        if (words.Count > 0)
        {
            reasons.Add(wording.Words(words));
        }

        reasons.Add(query.MunicipalityCode is { } code
            ? wording.Serves(source.MunicipalityNames.GetValueOrDefault(code)?.In(language) ?? code)
            : service.Municipalities.Count == 1
                ? wording.Serves(source.MunicipalityNames.GetValueOrDefault(service.Municipalities[0])?.In(language) ?? service.Municipalities[0])
                : wording.ServesMany(service.Municipalities.Count));
        reasons.Add(wording.Ages(service.MinAge, service.MaxAge));

        return new ServiceSearchHit(service.Id, service.Name.In(language), service.ServiceTypes, service.Municipalities, Math.Round(score, 3), reasons.Distinct(StringComparer.Ordinal).ToList());
    }
}
