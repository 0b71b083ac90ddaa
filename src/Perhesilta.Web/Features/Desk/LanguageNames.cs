using System.Globalization;

namespace Perhesilta.Features.Desk;

internal static class LanguageNames
{
    /// <summary>A language code as the reader's language names it ("sv" → "ruotsi"), or the code itself when unknown.</summary>
    public static string Of(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.ThreeLetterISOLanguageName == "ivl" || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal)
                ? code
                : $"{culture.DisplayName} ({code})";
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
