using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>A directory form: the errors of the last save, placed by input id, and a conflict with someone else's save.</summary>
public abstract class EditorPageModel(IStringLocalizer<EditingText> text) : PageModel
{
    public EditorErrors Errors { get; protected set; } = new();

    public SaveConflict? Conflict { get; protected set; }

    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>The input for a model path (<c>Name.Fi</c>), with its id, name, label and any error, for the field partials.</summary>
    public EditorField Field(string path, string? value, string type = "text", string? hint = null, string? lang = null) =>
        new(FieldIds.Of(path), "Input." + path, FieldLabels.For(path, text), value, Errors.For(FieldIds.Of(path))?.Message, type, hint, lang);

    /// <summary>Takes what a save came to onto the page: errors and conflicts stay with the typed input.</summary>
    protected void Show(SaveResult result)
    {
        Errors = result.Errors;
        Conflict = result.Conflict;
    }
}

/// <summary>One input of a directory form. <see cref="Type"/> is an input type, or "textarea".</summary>
public sealed record EditorField(string Id, string Name, string Label, string? Value, string? Error, string Type, string? Hint, string? Lang)
{
    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}

/// <summary>A text of the directory in its three languages, for <c>_Localized.cshtml</c>.</summary>
public sealed record LocalizedFields(EditorPageModel Page, string Path, LocalizedText Value, bool Multiline = false, string? Hint = null)
{
    /// <summary>The input of one language ("Fi", "Sv", "En"); the hint is shown once, with the Finnish one.</summary>
    public EditorField Field(string language) =>
        Page.Field($"{Path}.{language}", Value.Exactly(language.ToLowerInvariant()), Multiline ? "textarea" : "text", language == "Fi" ? Hint : null, language.ToLowerInvariant());
}

/// <summary>A municipality chosen from the county's, grouped by area, for <c>_MunicipalitySelect.cshtml</c>.</summary>
public sealed record MunicipalitySelect(EditorField Field, IReadOnlyList<Perhesilta.Features.Staff.AreaChoice> Areas, bool Optional);

/// <summary>Radio buttons (one value) or checkboxes (<see cref="Selected"/>) for <c>_Choices.cshtml</c>.</summary>
public sealed record ChoiceGroup(
    EditorField Field, IReadOnlyList<(string Value, string Label)> Options, bool Radio = false, IReadOnlyCollection<string>? Selected = null, string? Legend = null);
