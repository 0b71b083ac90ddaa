using System.Runtime.InteropServices;
using Perhesilta.Platform.Text;

namespace Perhesilta.Features.ServiceDirectory.Search;

/// <summary>
/// The inverted index of one language: for each search term, the services whose text has it and how strongly. A
/// word's own base form counts fully, the roots Voikko adds (compound parts, derivation bases) at half weight, so that
/// "mielenterveyspalvelut" is found by "palvelu" but a service about "palvelu" alone does not outrank it.
/// </summary>
internal sealed class TextIndex
{
    /// <summary>BM25's term-frequency saturation and length normalisation; descriptions vary in length, so b is low.</summary>
    private const float K1 = 1.2f;
    private const float B = 0.4f;

    private readonly Dictionary<string, Posting[]> postings;
    private readonly float[] lengths;
    private readonly float averageLength;
    private readonly ILookup<int, string> vocabularyByLength;

    public TextIndex(IReadOnlyList<IReadOnlyList<(string Text, float Weight)>> documents, TextAnalyzer analyzer, TextLanguage language)
    {
        var building = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        lengths = new float[documents.Count];
        for (var doc = 0; doc < documents.Count; doc++)
        {
            var frequencies = new Dictionary<string, float>(StringComparer.Ordinal);
            foreach (var (text, fieldWeight) in documents[doc])
            {
                foreach (var (term, weight, _) in WeightedTerms(text, analyzer, language))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out _) += weight * fieldWeight;
                    lengths[doc] += weight * fieldWeight;
                }
            }

            foreach (var (term, frequency) in frequencies)
            {
                if (!building.TryGetValue(term, out var list))
                {
                    building[term] = list = [];
                }

                list.Add(new Posting(doc, frequency));
            }
        }

        postings = building.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        averageLength = documents.Count == 0 ? 1 : Math.Max(1, lengths.Average());
        vocabularyByLength = postings.Keys.ToLookup(k => k.Length);
    }

    public int Count => lengths.Length;

    public bool Contains(string term) => postings.ContainsKey(term);

    /// <summary>Adds each term's BM25 contribution, times its query weight, to <paramref name="scores"/>.</summary>
    public void Score(string term, float queryWeight, float[] scores, Action<int>? matched = null)
    {
        if (!postings.TryGetValue(term, out var list))
        {
            return;
        }

        var idf = MathF.Log(1 + ((Count - list.Length + 0.5f) / (list.Length + 0.5f)));
        foreach (var posting in list)
        {
            var tf = posting.Frequency;
            var norm = K1 * (1 - B + (B * lengths[posting.Document] / averageLength));
            scores[posting.Document] += queryWeight * idf * tf * (K1 + 1) / (tf + norm);
            matched?.Invoke(posting.Document);
        }
    }

    /// <summary>Whether the service at <paramref name="document"/> has <paramref name="term"/>; postings are in document order.</summary>
    public bool Has(string term, int document) =>
        postings.TryGetValue(term, out var list) && Array.BinarySearch(list, new Posting(document, 0), PostingOrder.Instance) >= 0;

    /// <summary>
    /// Terms of the index within one edit (two for long words) of <paramref name="term"/>: a typo's likely meaning
    /// when the word itself is not in the index ("anxeity" → anxieti). Only words of about the same length are compared.
    /// </summary>
    public IEnumerable<string> Near(string term)
    {
        if (term.Length < 4)
        {
            yield break;
        }

        var allowed = term.Length >= 8 ? 2 : 1;
        for (var length = term.Length - allowed; length <= term.Length + allowed; length++)
        {
            foreach (var candidate in vocabularyByLength[length])
            {
                if (candidate[0] == term[0] && EditDistance.Within(term, candidate, allowed))
                {
                    yield return candidate;
                }
            }
        }
    }

    /// <summary>
    /// The terms of a text with their weights: a word's base forms (or stems) 1, the further roots analysis adds 0.5.
    /// Stop words are left out.
    /// </summary>
    public static IEnumerable<(string Term, float Weight, string Word)> WeightedTerms(string text, TextAnalyzer analyzer, TextLanguage language)
    {
        foreach (var token in Tokenizer.Tokens(text))
        {
            if (token.Length < 2 || Stemming.IsStopWord(token, language))
            {
                continue;
            }

            var forms = analyzer.Forms(token, language);
            if (forms.BaseForms.Count > 0 && forms.BaseForms.All(b => Stemming.IsStopWord(b, language)))
            {
                continue;
            }

            foreach (var baseForm in forms.BaseForms)
            {
                yield return (baseForm, 1f, token);
            }

            foreach (var extra in forms.Terms.Where(t => !forms.BaseForms.Contains(t, StringComparer.Ordinal)))
            {
                yield return (extra, 0.5f, token);
            }
        }
    }

    private readonly record struct Posting(int Document, float Frequency);

    private sealed class PostingOrder : IComparer<Posting>
    {
        public static readonly PostingOrder Instance = new();

        public int Compare(Posting x, Posting y) => x.Document.CompareTo(y.Document);
    }
}
