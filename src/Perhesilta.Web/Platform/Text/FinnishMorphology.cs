using System.Text;

namespace Perhesilta.Platform.Text;

/// <summary>
/// Reduces a Finnish word to its search terms with Voikko: the base forms, for a compound also its parts and their
/// runs ("mielenterveyspalvelu" → mieli, terveys, palvelu, mielenterveys, terveyspalvelu), the derivation bases
/// Voikko names (ahdistus → ahdistaa, so "ahdistunut" meets "ahdistus"), and for a word Voikko does not know the
/// base forms of its first spelling suggestions (a typo or dialect: "ahdistunu" → ahdistunut).
/// </summary>
internal sealed class FinnishMorphology(Voikko voikko)
{
    private const int Suggestions = 3;
    private const int LongestAnalysedWord = 60;

    /// <param name="suggest">
    /// Whether an unknown word may be looked up in the speller (about a millisecond each); when not, the result is
    /// <see cref="IsPartial"/>: the word as written, to be looked up again when the speller may be asked.
    /// </param>
    public WordForms Forms(string word, bool suggest)
    {
        if (word.Length > LongestAnalysedWord || !word.Any(char.IsLetter))
        {
            return new WordForms([word], [word]);
        }

        return voikko.Use(session => Forms(session, word, suggest));
    }

    /// <summary>Marks an unknown word left without spelling suggestions.</summary>
    public static bool IsPartial(WordForms forms) => forms is Partial;

    private static WordForms Forms(Voikko.Session session, string word, bool suggest)
    {
        var analyses = session.Analyze(word);
        if (analyses.Count > 0)
        {
            var baseForms = new List<string>();
            var terms = new List<string>();
            foreach (var analysis in analyses)
            {
                AddDistinct(baseForms, Lower(analysis.BaseForm));
                AddDistinct(terms, Lower(analysis.BaseForm));
                AddParts(session, analysis, terms);
            }

            return new WordForms(baseForms, terms);
        }

        if (!suggest)
        {
            return new Partial(word);
        }

        var corrected = new List<string> { word };
        if (word.Length >= 3)
        {
            foreach (var suggestion in session.Suggest(word).Take(Suggestions))
            {
                foreach (var analysis in session.Analyze(suggestion))
                {
                    AddDistinct(corrected, Lower(analysis.BaseForm));
                }
            }
        }

        return new WordForms(corrected, corrected, Spelled: true);
    }

    /// <summary>Adds a compound's parts and the derivation bases named in WORDBASES.</summary>
    private static void AddParts(Voikko.Session session, VoikkoAnalysis analysis, List<string> terms)
    {
        if (analysis.WordBases is null)
        {
            return;
        }

        var parts = new List<StringBuilder>();
        foreach (var (surface, bases) in Segments(analysis.WordBases))
        {
            var startsPart = bases.Count > 0 && !bases[0].StartsWith('+');
            if (startsPart || parts.Count == 0)
            {
                parts.Add(new StringBuilder());
            }

            parts[^1].Append(surface);
            foreach (var lexical in bases.Where(b => b.Length > 0 && !b.StartsWith('+')))
            {
                AddDistinct(terms, Lower(lexical));
            }
        }

        if (parts.Count < 2)
        {
            return;
        }

        // Each part, and the runs from the start or to the end: mielen|terveys|palvelu also gives mielenterveys and
        // terveyspalvelu. Runs inside (suhde|väki of lähi|suhde|väki|valta) rarely mean anything and are left out.
        var surfaces = parts.Select(p => p.ToString()).ToList();
        var runs = new List<string>(surfaces);
        for (var length = 2; length < surfaces.Count; length++)
        {
            runs.Add(string.Concat(surfaces.Take(length)));
            runs.Add(string.Concat(surfaces.Skip(surfaces.Count - length)));
        }

        foreach (var run in runs)
        {
            var runAnalyses = session.Analyze(run);
            if (runAnalyses.Count == 0)
            {
                AddDistinct(terms, Lower(run));
            }

            foreach (var runAnalysis in runAnalyses)
            {
                AddDistinct(terms, Lower(runAnalysis.BaseForm));
            }
        }
    }

    /// <summary>Splits "+mielen(mieli)+terve(terve)+ys(+ys)" into (surface, bases in parentheses) per morpheme.</summary>
    private static IEnumerable<(string Surface, List<string> Bases)> Segments(string wordBases)
    {
        var surface = new StringBuilder();
        var bases = new List<string>();
        var depth = 0;
        var current = new StringBuilder();
        foreach (var c in wordBases)
        {
            if (c == '(')
            {
                depth++;
                current.Clear();
            }
            else if (c == ')')
            {
                depth--;
                bases.Add(current.ToString());
            }
            else if (depth > 0)
            {
                current.Append(c);
            }
            else if (c == '+')
            {
                if (surface.Length > 0 || bases.Count > 0)
                {
                    yield return (surface.ToString(), bases);
                }

                surface.Clear();
                bases = [];
            }
            else
            {
                surface.Append(c);
            }
        }

        if (surface.Length > 0 || bases.Count > 0)
        {
            yield return (surface.ToString(), bases);
        }
    }

    private sealed record Partial(string Word) : WordForms([Word], [Word]);

    /// <summary>Lower case, without the "=" Voikko writes at some compound boundaries ("poissa=olo").</summary>
    private static string Lower(string text) => text.Replace("=", "", StringComparison.Ordinal).ToLowerInvariant();

    private static void AddDistinct(List<string> list, string item)
    {
        if (item.Length > 0 && !list.Contains(item, StringComparer.Ordinal))
        {
            list.Add(item);
        }
    }
}
