using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>Names the field of a form path for the error summary: "Name.Fi" → "Nimi (suomeksi)", "Weekly[2].OpensAt" → "Viikoittaiset aukioloajat, rivi 3: Avautuu".</summary>
public static partial class FieldLabels
{
    public static string For(string path, IStringLocalizer<EditingText> text)
    {
        var row = Row().Match(path);
        if (row.Success)
        {
            var number = int.Parse(row.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            return text["Field.RowOf", text["Field." + row.Groups["list"].Value].Value, number, For("Hours." + row.Groups["rest"].Value, text)];
        }

        var parts = path.Split('.');
        return parts[^1] is "Fi" or "Sv" or "En" && parts.Length > 1
            ? $"{text["Field." + string.Join('.', parts[..^1])]} ({text["Language." + parts[^1]]})"
            : text["Field." + path];
    }

    /// <summary>Adds the rules' errors to the form's, each placed on the input that <paramref name="place"/> gives for the rule's model path.</summary>
    public static void AddRuleErrors(
        EditorErrors errors,
        IEnumerable<DirectoryError> ruleErrors,
        Func<string, string> place,
        IStringLocalizer<DirectoryText> rules,
        IStringLocalizer<EditingText> text)
    {
        foreach (var error in ruleErrors)
        {
            var path = place(error.Field);
            errors.Add(FieldIds.Of(path), For(path, text), error.Message(rules));
        }
    }

    [GeneratedRegex(@"^(?<list>\w+)\[(?<index>\d+)\]\.(?<rest>.+)$")]
    private static partial Regex Row();
}

/// <summary>What saving a directory form came to: errors to show, a conflict with someone else's save, or the saved record's id.</summary>
public sealed record SaveResult(EditorErrors Errors, Guid? Id = null, SaveConflict? Conflict = null, bool NotFound = false)
{
    public bool Saved => Id is not null && !Errors.Any && Conflict is null;
}
