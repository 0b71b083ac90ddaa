using Perhesilta.Platform.Text;

namespace Perhesilta.UnitTests.Text;

/// <summary>One analyzer for all text tests, as in the application: opening Voikko loads its dictionary.</summary>
internal static class SharedAnalyzer
{
    private static readonly Lazy<TextAnalyzer> Instance = new(() => new TextAnalyzer(new Voikko(4), EverydayWords.Load()));

    public static TextAnalyzer Analyzer => Instance.Value;

    public static IReadOnlyList<string> Terms(string text, string language = "fi") => Analyzer.Terms(text, language);
}
