namespace Perhesilta.Platform.Text;

/// <summary>
/// Finds the everyday layer's phrases in a text. A phrase of the text's language matches on base forms, so "joi
/// liikaa" matches "juo liikaa"; a phrase of another language matches its exact words, so "vi ska skiljas" still
/// counts in a Finnish search. Matches add the concept's terms in the language being searched.
/// </summary>
internal sealed class PhraseIndex
{
    // Phrases by the forms of their first word (own language) and by their exact first word (other languages).
    private readonly Dictionary<(TextLanguage, string), List<Phrase>> byFirstForm = [];
    private readonly Dictionary<string, List<Phrase>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, TextLanguage), IReadOnlyList<string>> conceptTerms = [];

    public PhraseIndex(IReadOnlyList<EverydayConcept> concepts, Func<string, TextLanguage, WordForms> forms)
    {
        foreach (var language in Enum.GetValues<TextLanguage>())
        {
            foreach (var concept in concepts)
            {
                var texts = Texts(concept.Phrases, language).Concat(Texts(concept.Terms, language)).Distinct();
                foreach (var text in texts)
                {
                    var words = Tokenizer.Tokens(text);
                    if (words.Count == 0)
                    {
                        throw new InvalidOperationException($"Everyday concept {concept.Id} has an empty {language.Code()} phrase.");
                    }

                    var keys = words.Select(w => new HashSet<string>(forms(w, language).BaseForms.Append(w), StringComparer.Ordinal)).ToArray();
                    var phrase = new Phrase(text, concept, language, [.. words], keys);
                    foreach (var key in keys[0])
                    {
                        Add(byFirstForm, (language, key), phrase);
                    }

                    Add(byFirstWord, words[0], phrase);
                }

                conceptTerms[(concept.Id, language)] = Texts(concept.Terms, language)
                    .SelectMany(Tokenizer.Tokens)
                    .SelectMany(w => forms(w, language).Terms)
                    .Distinct()
                    .ToList();
            }
        }
    }

    public List<Found> Find(List<string> tokens, List<WordForms> forms, TextLanguage language)
    {
        var found = new List<Found>();
        var concepts = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < tokens.Count; start++)
        {
            var candidates = forms[start].Terms.Concat(forms[start].BaseForms).Append(tokens[start]).Distinct()
                .SelectMany(f => byFirstForm.GetValueOrDefault((language, f)) ?? [])
                .Concat((byFirstWord.GetValueOrDefault(tokens[start]) ?? []).Where(p => p.Language != language));
            foreach (var phrase in candidates)
            {
                if (!concepts.Contains(phrase.Concept.Id) && Occurs(phrase, start, tokens, forms, phrase.Language == language))
                {
                    concepts.Add(phrase.Concept.Id);
                    found.Add(new Found(phrase.Text, phrase.Concept, conceptTerms[(phrase.Concept.Id, language)]));
                }
            }
        }

        return found;
    }

    private static bool Occurs(Phrase phrase, int start, List<string> tokens, List<WordForms> forms, bool ownLanguage)
    {
        if (start + phrase.Words.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Words.Length; j++)
        {
            var meets = ownLanguage
                ? Meets(phrase.Keys[j], tokens[start + j], forms[start + j])
                : phrase.Words[j] == tokens[start + j];
            if (!meets)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Meets(HashSet<string> keys, string token, WordForms forms) =>
        keys.Contains(token) || forms.BaseForms.Any(keys.Contains) || forms.Terms.Any(keys.Contains);

    private static IEnumerable<string> Texts(IReadOnlyDictionary<string, IReadOnlyList<string>> byCode, TextLanguage language) =>
        byCode.TryGetValue(language.Code(), out var texts) ? texts : [];

    private static void Add<TKey>(Dictionary<TKey, List<Phrase>> index, TKey key, Phrase phrase)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(phrase);
    }

    private sealed record Phrase(string Text, EverydayConcept Concept, TextLanguage Language, string[] Words, HashSet<string>[] Keys);

    internal sealed record Found(string Phrase, EverydayConcept Concept, IReadOnlyList<string> Terms);
}
