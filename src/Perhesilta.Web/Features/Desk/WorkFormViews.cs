namespace Perhesilta.Features.Desk;

/// <summary>A group of radio buttons of a work form (<c>_WorkChoices.cshtml</c>); the first option carries the group's id.</summary>
public sealed record WorkChoices(WorkFormPageModel Form, string Id, string Name, string Legend, string? Hint, IReadOnlyList<WorkChoice> Options, string? Selected);

public sealed record WorkChoice(string Value, string Label, string? Hint = null);

/// <summary>A text input or text area of a work form (<c>_WorkText.cshtml</c>).</summary>
public sealed record WorkTextField(WorkFormPageModel Form, string Id, string Name, string Label, string? Hint, string? Value, int MaxLength, bool Multiline = false, string? InputMode = null)
{
    /// <summary>The id of a <c>datalist</c> of values to offer, while any text may still be typed.</summary>
    public string? Offered { get; init; }
}

/// <summary>A moment as a date and a time in Finnish time (<c>_WorkMoment.cshtml</c>); the inputs are <c>{Id}-date</c> and <c>{Id}-time</c>.</summary>
public sealed record WorkMoment(WorkFormPageModel Form, string Id, string Prefix, string Legend, string? Date, string? Time);
