using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Perhesilta.Platform.Text;

/// <summary>
/// Swedish and English are reduced with the Snowball stemmers (Swedish; English = Porter2) and all three languages
/// drop stop words from the lists that ship with Lucene.Net's analysis package: established, tested rules rather
/// than our own.
/// </summary>
internal static class Stemming
{
    private static readonly CharArraySet FinnishStopWords = FinnishAnalyzer.DefaultStopSet;
    private static readonly CharArraySet SwedishStopWords = SwedishAnalyzer.DefaultStopSet;
    private static readonly CharArraySet EnglishStopWords = EnglishAnalyzer.DefaultStopSet;

    public static bool IsStopWord(string token, TextLanguage language) => language switch
    {
        TextLanguage.Finnish => FinnishStopWords.Contains(token),
        TextLanguage.Swedish => SwedishStopWords.Contains(token),
        _ => EnglishStopWords.Contains(token),
    };

    /// <summary>The Snowball stem; a stemmer keeps state, so each call has its own (they are cheap, and cached above).</summary>
    public static string Stem(string token, TextLanguage language)
    {
        SnowballProgram stemmer = language == TextLanguage.Swedish ? new SwedishStemmer() : new EnglishStemmer();
        stemmer.SetCurrent(token);
        stemmer.Stem();
        return stemmer.Current;
    }
}
