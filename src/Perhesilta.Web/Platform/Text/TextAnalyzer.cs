using System.Collections.Concurrent;

namespace Perhesilta.Platform.Text;

/// <summary>
/// Turns text into normalised search terms: Finnish through Voikko (base forms, compound parts, typo corrections),
/// Swedish and English through Snowball stemmers, stop words dropped, and the everyday-language layer adding the
/// directory's terms and taxonomy codes for what people actually write. Thread-safe; one instance per process.
/// </summary>
internal sealed class TextAnalyzer : IDisposable
{
    /// <summary>Words kept analysed; past this the cache starts afresh, which bounds memory under any input.</summary>
    internal const int CacheCapacity = 100_000;

    /// <summary>
    /// Unknown words per text that may be looked up in the speller: enough for any real query, while 10 000
    /// characters of gibberish cannot cost a second of processor time.
    /// </summary>
    internal const int SpellingLookupsPerText = 24;

    private readonly Voikko voikko;
    private readonly FinnishMorphology finnish;
    private readonly ConcurrentDictionary<(TextLanguage, string), WordForms> cache = new();
    private readonly PhraseIndex phrases;
    private int cached;

    public TextAnalyzer(Voikko voikko, IReadOnlyList<EverydayConcept> everyday)
    {
        this.voikko = voikko;
        finnish = new FinnishMorphology(voikko);
        phrases = new PhraseIndex(everyday, Forms);
    }

    /// <summary>The distinct search terms of <paramref name="text"/> in "fi", "sv" or "en".</summary>
    public IReadOnlyList<string> Terms(string text, string language) => Analyze(text, TextLanguages.Parse(language)).Terms;

    public TextAnalysis Analyze(string text, string language, bool everyday = true) => Analyze(text, TextLanguages.Parse(language), everyday);

    /// <param name="everyday">
    /// Whether the everyday layer adds its terms: yes for what people type; a service's own description is better
    /// indexed as written, so that a query's everyday words meet the directory's words and not each other.
    /// </param>
    public TextAnalysis Analyze(string text, TextLanguage language, bool everyday = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokens(text);
        var lookups = SpellingLookupsPerText;
        var forms = tokens.Select(t => Forms(t, language, ref lookups)).ToList();

        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Length < 2 || IsStopWord(tokens[i], forms[i], language))
            {
                continue;
            }

            foreach (var term in forms[i].Terms.Where(seen.Add))
            {
                terms.Add(term);
            }
        }

        var matches = everyday ? phrases.Find(tokens, forms, language) : [];
        foreach (var term in matches.SelectMany(m => m.Terms).Where(seen.Add))
        {
            terms.Add(term);
        }

        return new TextAnalysis(
            terms,
            matches.SelectMany(m => m.Concept.Topics).Distinct().ToList(),
            matches.SelectMany(m => m.Concept.ServiceTypes).Distinct().ToList(),
            matches.Select(m => new EverydayMatch(m.Phrase, m.Concept.Id, m.Terms)).ToList());
    }

    public void Dispose() => voikko.Dispose();

    /// <summary>The analysis of one lower-case token, cached.</summary>
    internal WordForms Forms(string token, TextLanguage language)
    {
        var unlimited = int.MaxValue;
        return Forms(token, language, ref unlimited);
    }

    private WordForms Forms(string token, TextLanguage language, ref int spellingLookups)
    {
        var key = (language, token);
        var known = cache.TryGetValue(key, out var forms);

        // A word left without spelling suggestions (the text's budget was spent) is looked up again when it can be.
        if (known && !(FinnishMorphology.IsPartial(forms!) && spellingLookups > 0))
        {
            return forms!;
        }

        forms = language == TextLanguage.Finnish ? finnish.Forms(token, suggest: spellingLookups > 0) : StemmedForms(token, language);
        if (forms.Spelled)
        {
            spellingLookups--;
        }

        if (known)
        {
            cache[key] = forms;
        }
        else if (cache.TryAdd(key, forms) && Interlocked.Increment(ref cached) > CacheCapacity)
        {
            cache.Clear();
            Interlocked.Exchange(ref cached, 0);
        }

        return forms;
    }

    private static WordForms StemmedForms(string token, TextLanguage language)
    {
        var stem = Stemming.Stem(token, language);
        return new WordForms([stem], [stem]);
    }

    private static bool IsStopWord(string token, WordForms forms, TextLanguage language) =>
        Stemming.IsStopWord(token, language)
        || (language == TextLanguage.Finnish && forms.BaseForms.Count > 0 && forms.BaseForms.All(b => Stemming.IsStopWord(b, language)));
}
