using System.Globalization;

namespace Perhesilta.Features.ServiceDirectory;

/// <summary>
/// A text of the directory in the service's three languages. Finnish is the one every record has; Swedish and
/// English fall back to it, so a family never sees an empty field because a translation is missing.
/// </summary>
public sealed class LocalizedText
{
    public string? Fi { get; set; }

    public string? Sv { get; set; }

    public string? En { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Fi) && string.IsNullOrWhiteSpace(Sv) && string.IsNullOrWhiteSpace(En);

    public static LocalizedText Of(string? fi, string? sv = null, string? en = null) => new() { Fi = fi, Sv = sv, En = en };

    /// <summary>The text in <paramref name="language"/> ("fi", "sv", "en"), or null when it has none.</summary>
    public string? Exactly(string language) => language switch
    {
        "sv" => Sv,
        "en" => En,
        _ => Fi,
    };

    /// <summary>The text in <paramref name="language"/>, else Finnish, else whichever exists.</summary>
    public string In(string language) =>
        NonEmpty(Exactly(language)) ?? NonEmpty(Fi) ?? NonEmpty(Sv) ?? NonEmpty(En) ?? "";

    public string In(CultureInfo culture) => In(culture.TwoLetterISOLanguageName);

    public string Local() => In(CultureInfo.CurrentUICulture);

    public LocalizedText Copy() => new() { Fi = Fi, Sv = Sv, En = En };

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
