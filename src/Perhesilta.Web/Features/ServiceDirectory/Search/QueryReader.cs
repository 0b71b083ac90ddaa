using Perhesilta.Platform.Text;

namespace Perhesilta.Features.ServiceDirectory.Search;

/// <summary>A search term of a query, its weight, and the query's word it came from (for the reasons).</summary>
internal sealed record QueryTerm(string Term, float Weight, string Word);

/// <summary>What a query says: its analysis (everyday phrases, topics, service types) and its weighted search terms.</summary>
internal sealed record ReadQuery(TextAnalysis? Analysis, IReadOnlyList<QueryTerm> Terms);

/// <summary>
/// Reads a query's text: the words' own base forms fully, the roots analysis adds at half weight, the everyday
/// layer's terms nearly fully, and for a word the index does not have, the index's words one typo away.
/// </summary>
internal sealed class QueryReader(TextAnalyzer analyzer, IReadOnlyDictionary<string, EverydayConcept> concepts)
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

    public ReadQuery Read(string? queryText, TextLanguage language, TextIndex text)
    {
        if (string.IsNullOrWhiteSpace(queryText))
        {
            return new ReadQuery(null, []);
        }

        var analysis = Analyze(queryText, language, text);
        return new ReadQuery(analysis, QueryTerms(queryText, analysis, text, language));
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

    private List<QueryTerm> QueryTerms(string queryText, TextAnalysis analysis, TextIndex text, TextLanguage language)
    {
        var terms = new Dictionary<string, QueryTerm>(StringComparer.Ordinal);
        void Add(string term, float weight, string word)
        {
            if (!terms.TryGetValue(term, out var existing) || existing.Weight < weight)
            {
                terms[term] = new QueryTerm(term, weight, word);
            }
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
}
