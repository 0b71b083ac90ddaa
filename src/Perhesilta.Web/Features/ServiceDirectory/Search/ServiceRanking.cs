using Perhesilta.Platform.Text;

namespace Perhesilta.Features.ServiceDirectory.Search;

/// <summary>
/// Ranks the services of a <see cref="SearchIndex"/> for a query. A service that does not serve the municipality or
/// any of the ages is never considered. The rest score by text relevance (BM25 over the query's terms, everyday
/// terms and near misses of typos), plus the taxonomy's topic → service-type relations for the topics the query's
/// everyday words name or the user chose, plus the service types the everyday words name outright, plus a little for a
/// local service and a close age range.
/// </summary>
internal sealed class ServiceRanking(TextAnalyzer analyzer, IReadOnlyDictionary<string, EverydayConcept> concepts)
{
    private const int NearTermsPerWord = 3;

    /// <summary>The words of the everyday layer's phrases and terms per language, by length, for correcting typos.</summary>
    private readonly Dictionary<string, ILookup<int, string>> everydayWords = new[] { "fi", "sv", "en" }.ToDictionary(
        language => language,
        language => concepts.Values
            .SelectMany(c => (c.Phrases.GetValueOrDefault(language) ?? []).Concat(c.Terms.GetValueOrDefault(language) ?? []))
            .SelectMany(Tokenizer.Tokens)
            .Distinct(StringComparer.Ordinal)
            .ToLookup(w => w.Length),
        StringComparer.Ordinal);

    public IReadOnlyList<ServiceSearchHit> Rank(SearchIndex index, ServiceSearchQuery query, SearchWording wording)
    {
        var language = TextLanguages.Parse(query.Language);
        var text = index.Text(language);
        var analysis = string.IsNullOrWhiteSpace(query.Text) ? null : Analyze(query.Text, language, text);
        var terms = QueryTerms(query.Text, analysis, text, language);

        var scores = new float[index.Services.Count];
        foreach (var term in terms)
        {
            text.Score(term.Term, term.Weight, scores);
        }

        var typeBoosts = TypeBoosts(index.Source, analysis, query.Topics);
        var candidates = new List<(int Document, float Score)>();
        foreach (var doc in index.Serving(query.MunicipalityCode))
        {
            var service = index.Services[doc];
            if (query.Ages.Count > 0 && !query.Ages.Any(a => a >= service.MinAge && a <= service.MaxAge))
            {
                continue;
            }

            var boost = 0f;
            foreach (var type in service.ServiceTypes)
            {
                boost = Math.Max(boost, typeBoosts.GetValueOrDefault(type));
            }

            if (scores[doc] <= 0 && boost <= 0)
            {
                continue;
            }

            candidates.Add((doc, scores[doc] + boost + Scope(service) + AgeFit(service, query.Ages)));
        }

        return [.. Diversified(candidates, index, query.Limit)
            .Select(c => Hit(index, c.Document, c.Score, query, analysis, terms, wording))];
    }

    /// <summary>
    /// The best services, each further service of a type already shown counting a little less: a family is better
    /// served by the area's clinic and an NGO's helpline than by two clinics of the same kind.
    /// </summary>
    private static List<(int Document, float Score)> Diversified(List<(int Document, float Score)> candidates, SearchIndex index, int limit)
    {
        candidates.Sort((a, b) => b.Score != a.Score
            ? b.Score.CompareTo(a.Score)
            : string.CompareOrdinal(index.Services[a.Document].Name.Fi, index.Services[b.Document].Name.Fi));
        var pool = candidates.Take((limit * 4) + 20).ToList();
        var chosen = new List<(int Document, float Score)>();
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        while (chosen.Count < limit && pool.Count > 0)
        {
            var best = 0;
            var bestScore = float.MinValue;
            for (var i = 0; i < pool.Count; i++)
            {
                var repeats = index.Services[pool[i].Document].ServiceTypes.Max(t => shown.GetValueOrDefault(t));
                var score = pool[i].Score * MathF.Pow(SearchWeights.RepeatedType, repeats);
                if (score > bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }

            chosen.Add((pool[best].Document, bestScore));
            foreach (var type in index.Services[pool[best].Document].ServiceTypes)
            {
                shown[type] = shown.GetValueOrDefault(type) + 1;
            }

            pool.RemoveAt(best);
        }

        return chosen;
    }

    /// <summary>
    /// The query's analysis. A word that is neither in the index nor in the everyday layer but one typo away from a
    /// word of the layer ("anxeity", "skilsmäsa") is read as that word, so that a typo still names its topics.
    /// </summary>
    private TextAnalysis Analyze(string queryText, TextLanguage language, TextIndex text)
    {
        var words = everydayWords[language.Code()];
        var tokens = Tokenizer.Tokens(queryText);
        var corrected = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length < 5 || words[token.Length].Contains(token) || analyzer.Forms(token, language).Terms.Any(text.Contains))
            {
                continue;
            }

            var allowed = token.Length >= 8 ? 2 : 1;
            var near = Enumerable.Range(token.Length - allowed, (2 * allowed) + 1)
                .SelectMany(length => words[length])
                .FirstOrDefault(w => w[0] == token[0] && EditDistance.Within(token, w, allowed));
            if (near is not null)
            {
                tokens[i] = near;
                corrected = true;
            }
        }

        return analyzer.Analyze(corrected ? string.Join(' ', tokens) : queryText, language);
    }

    private List<QueryTerm> QueryTerms(string? queryText, TextAnalysis? analysis, TextIndex text, TextLanguage language)
    {
        var terms = new Dictionary<string, QueryTerm>(StringComparer.Ordinal);
        void Add(string term, float weight, string word)
        {
            if (!terms.TryGetValue(term, out var existing) || existing.Weight < weight)
            {
                terms[term] = new QueryTerm(term, weight, word);
            }
        }

        if (queryText is null || analysis is null)
        {
            return [];
        }

        foreach (var (term, weight, word) in TextIndex.WeightedTerms(queryText, analyzer, language))
        {
            Add(term, weight, word);
        }

        foreach (var match in analysis.Everyday)
        {
            foreach (var term in match.Terms)
            {
                Add(term, SearchWeights.EverydayTerm, match.Phrase);
            }
        }

        // A word the index does not have may be a typo of one it has.
        foreach (var missing in terms.Values.Where(t => !text.Contains(t.Term)).ToList())
        {
            foreach (var near in text.Near(missing.Term).Take(NearTermsPerWord))
            {
                Add(near, missing.Weight * SearchWeights.NearTerm, missing.Word);
            }
        }

        return [.. terms.Values];
    }

    private static Dictionary<string, float> TypeBoosts(SearchSource source, TextAnalysis? analysis, IReadOnlyList<string> chosenTopics)
    {
        var boosts = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var topic in chosenTopics.Concat(analysis?.Topics ?? []).Distinct(StringComparer.Ordinal))
        {
            var related = source.TopicServiceTypes.GetValueOrDefault(topic) ?? [];
            for (var rank = 0; rank < related.Count; rank++)
            {
                boosts[related[rank]] = boosts.GetValueOrDefault(related[rank]) + (SearchWeights.Topic * (related.Count - rank) / related.Count);
            }
        }

        foreach (var type in analysis?.ServiceTypes ?? [])
        {
            boosts[type] = boosts.GetValueOrDefault(type) + SearchWeights.EverydayServiceType;
        }

        return boosts;
    }

    private static float Scope(SearchableService service) => service.Municipalities.Count switch
    {
        1 => SearchWeights.LocalService,
        <= 10 => SearchWeights.AreaService,
        _ => 0,
    };

    private static float AgeFit(SearchableService service, IReadOnlyList<int> ages) =>
        ages.Count == 0 ? 0 : SearchWeights.AgeFit * (1 - ((service.MaxAge - service.MinAge) / (float)DirectoryLimits.MaxAge));

    private ServiceSearchHit Hit(SearchIndex index, int doc, float score, ServiceSearchQuery query, TextAnalysis? analysis, List<QueryTerm> terms, SearchWording wording)
    {
        var service = index.Services[doc];
        var source = index.Source;
        var language = query.Language;
        string TypeName(string code) => source.ServiceTypeNames.GetValueOrDefault(code)?.In(language) ?? code;

        var reasons = new List<string>();
        foreach (var match in analysis?.Everyday ?? [])
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

        var text = index.Text(TextLanguages.Parse(language));
        var words = terms.Where(t => text.Has(t.Term, doc)).Select(t => t.Word).Distinct(StringComparer.Ordinal).Take(5).ToList();
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

    private sealed record QueryTerm(string Term, float Weight, string Word);
}
