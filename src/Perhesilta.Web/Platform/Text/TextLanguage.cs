namespace Perhesilta.Platform.Text;

/// <summary>The languages the product is written in and searched in.</summary>
public enum TextLanguage
{
    Finnish,
    Swedish,
    English,
}

public static class TextLanguages
{
    /// <summary>Reads "fi", "sv" or "en" (also "fi-FI" and the like); any other language is refused.</summary>
    public static TextLanguage Parse(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var code = language.Length >= 2 ? language[..2].ToLowerInvariant() : language;
        return code switch
        {
            "fi" => TextLanguage.Finnish,
            "sv" => TextLanguage.Swedish,
            "en" => TextLanguage.English,
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Text is analysed in fi, sv or en."),
        };
    }

    public static string Code(this TextLanguage language) => language switch
    {
        TextLanguage.Finnish => "fi",
        TextLanguage.Swedish => "sv",
        _ => "en",
    };
}
