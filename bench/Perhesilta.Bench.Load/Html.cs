using System.Net;
using System.Text.RegularExpressions;

namespace Perhesilta.Bench.Load;

/// <summary>Just enough HTML reading to submit a form as a browser would: its hidden fields (the anti-forgery token) and attributes.</summary>
internal static partial class Html
{
    public static List<KeyValuePair<string, string>> HiddenFields(string html) =>
        Inputs().Matches(html)
            .Select(m => m.Value)
            .Where(tag => tag.Contains("type=\"hidden\"", StringComparison.Ordinal))
            .Select(tag => KeyValuePair.Create(Attribute(tag, "name"), Attribute(tag, "value")))
            .Where(f => f.Key.Length > 0)
            .ToList();

    /// <summary>The whole <c>form</c> element that contains a field named <paramref name="field"/>, if any.</summary>
    public static string? FormWith(string html, string field) =>
        Forms().Matches(html).Select(m => m.Value).FirstOrDefault(f => f.Contains($"name=\"{field}\"", StringComparison.Ordinal));

    public static string Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"(?<v>[^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["v"].Value) : "";

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Inputs();
}
