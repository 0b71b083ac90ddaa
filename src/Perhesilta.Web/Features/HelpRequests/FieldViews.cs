namespace Perhesilta.Features.HelpRequests;

/// <summary>One labelled text input or text area of a help-request form (<c>_TextField.cshtml</c>).</summary>
public sealed record TextFieldView(
    HelpRequestPageModel Form,
    string Id,
    string Label,
    string? Value,
    string Type = "text",
    string? Hint = null,
    string? Autocomplete = null,
    int? MaxLength = null)
{
    /// <summary>The bound name: the field of <see cref="HelpRequestInput"/> with the same name as the id.</summary>
    public string Name => "Input." + char.ToUpperInvariant(Id[0]) + Id[1..];
}

public sealed record OptionView(string Value, string Label, string? Hint = null);

/// <summary>A group of radio buttons in a fieldset with a legend (<c>_Radios.cshtml</c>).</summary>
public sealed record RadioGroupView(HelpRequestPageModel Form, string Id, string Legend, IReadOnlyList<OptionView> Options, string? Selected, string? Hint = null)
{
    /// <summary>The bound name when it is not a field of <see cref="HelpRequestInput"/>.</summary>
    public string? NameOverride { get; init; }

    public string Name => NameOverride ?? "Input." + char.ToUpperInvariant(Id[0]) + Id[1..];
}

/// <summary>The call-back windows the forms offer, during the guides' working hours.</summary>
public static class HelpRequestWindows
{
    public static readonly IReadOnlyList<(TimeOnly From, TimeOnly To)> All =
        [(new(8, 0), new(10, 0)), (new(10, 0), new(12, 0)), (new(12, 0), new(14, 0)), (new(14, 0), new(16, 0))];

    /// <summary>The form value of a window, e.g. <c>08:00-10:00</c>.</summary>
    public static string Value(TimeOnly from, TimeOnly to) =>
        from.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) + "-" + to.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The emergency notice, with the area's emergency social services number when it is known.</summary>
public sealed record EmergencyView(string? Phone);
