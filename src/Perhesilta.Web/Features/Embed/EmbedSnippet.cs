using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Perhesilta.Features.Embed;

/// <summary>
/// The copy-paste HTML with which a municipality puts an "ask for help" button on its own site. Both forms open the
/// form with the municipality chosen (kunta) and record the site (lahde); neither has inline style or script, so both
/// work under a strict Content-Security-Policy.
/// </summary>
public static partial class EmbedSnippet
{
    public const int MaxSiteLength = 253;

    // Letters such as ä stay as they are: the snippet is read by people pasting it into a UTF-8 page.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static readonly IReadOnlyDictionary<string, string> ButtonTexts = new Dictionary<string, string>
    {
        ["fi"] = "Pyydä apua",
        ["sv"] = "Be om hjälp",
        ["en"] = "Ask for help",
    };

    /// <summary>Where the form opens: in Finnish directly, in Swedish or English through the language switch.</summary>
    public static string FormUrl(string baseUrl, string municipalityCode, string? site, string language)
    {
        var form = "/pyyda-apua?kunta=" + Uri.EscapeDataString(municipalityCode) + (string.IsNullOrEmpty(site) ? "" : "&lahde=" + Uri.EscapeDataString(site));
        return language == "fi"
            ? baseUrl + form
            : baseUrl + "/language/" + language + "?returnUrl=" + Uri.EscapeDataString(form);
    }

    /// <summary>A plain link: works without JavaScript; the site styles it through the class if it wishes.</summary>
    public static string Link(string baseUrl, string municipalityCode, string? site, string language) =>
        $"<a href=\"{Attr(FormUrl(baseUrl, municipalityCode, site, language))}\" class=\"perhesilta-apua\" lang=\"{language}\" data-perhesilta-apua=\"{Attr(municipalityCode)}\">{Encoder.Encode(ButtonTexts[language])}</a>";

    /// <summary>The same link, made a styled button by our script (which adds the site's host when none is given).</summary>
    public static string Script(string baseUrl, string scriptPath, string municipalityCode, string? site, string language)
    {
        var siteAttribute = string.IsNullOrEmpty(site) ? "" : $" data-lahde=\"{Attr(site)}\"";
        return Link(baseUrl, municipalityCode, site, language) + "\n" +
            $"<script src=\"{Attr(baseUrl + scriptPath)}\" data-kunta=\"{Attr(municipalityCode)}\" data-kieli=\"{language}\"{siteAttribute} defer></script>";
    }

    /// <summary>A site as the admin types it: a host name with an optional port, no scheme or path (e.g. www.ouka.fi).</summary>
    public static bool IsSite(string value) => value.Length <= MaxSiteLength && SitePattern().IsMatch(value);

    /// <summary>Takes the host out of what an admin may paste: a whole address such as https://www.ouka.fi/perheet.</summary>
    public static string CleanSite(string value)
    {
        var trimmed = value.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port
            : trimmed.ToLowerInvariant();
    }

    private static string Attr(string value) => Encoder.Encode(value);

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex SitePattern();
}
