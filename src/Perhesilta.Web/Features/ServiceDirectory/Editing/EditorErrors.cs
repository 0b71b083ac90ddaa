using System.Globalization;
using System.Text.RegularExpressions;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>A problem with one input: <see cref="Id"/> is the input's id (so the error summary links to it), <see cref="Label"/> names the field.</summary>
public sealed record FieldError(string Id, string Label, string Message);

/// <summary>What was wrong with a submitted directory form, in the order of the rules, already in the reader's language.</summary>
public sealed class EditorErrors
{
    private readonly List<FieldError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<FieldError> All => _errors;

    public void Add(string id, string label, string message)
    {
        // One message per input is enough; a second one about the same input would only repeat the problem.
        if (For(id) is null)
        {
            _errors.Add(new FieldError(id, label, message));
        }
    }

    public FieldError? For(string id) => _errors.Find(e => e.Id == id);
}

/// <summary>
/// The id of the input for a model path: "Name.Fi" → "name-fi", "Weekly[2].OpensAt" → "weekly-2-opensat". The
/// pages name their inputs with it and the handlers place errors with it, so the two cannot drift apart.
/// </summary>
public static partial class FieldIds
{
    public static string Of(string path) => Separators().Replace(path.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Separators();
}

/// <summary>Reads what was typed in the directory forms; a browser posts dates as 2026-12-24 and times as 08:00, people also type 24.12.2026 and 8.00.</summary>
public static class Typed
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy"];
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "HH:mm:ss"];

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static LocalizedText Clean(LocalizedText? text) => LocalizedText.Of(Clean(text?.Fi), Clean(text?.Sv), Clean(text?.En));

    public static bool TryDate(string? value, out DateOnly? date)
    {
        date = null;
        if (Clean(value) is not { } text)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    public static bool TryTime(string? value, out TimeOnly? time)
    {
        time = null;
        if (Clean(value) is not { } text)
        {
            return true;
        }

        if (TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A coordinate with a point or, as Finns write it, a comma.</summary>
    public static bool TryCoordinate(string? value, out double? coordinate)
    {
        coordinate = null;
        if (Clean(value) is not { } text)
        {
            return true;
        }

        if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
        {
            coordinate = parsed;
            return true;
        }

        return false;
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";

    public static string Coordinate(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
