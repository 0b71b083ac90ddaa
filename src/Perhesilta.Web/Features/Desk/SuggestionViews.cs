namespace Perhesilta.Features.Desk;

/// <summary>
/// A list of services offered for a contact (<c>_SuggestionList.cshtml</c>), each with its reasons and, for a guide
/// who may work on the open contact, the one-step "guided to this service" button carrying the version they saw.
/// </summary>
public sealed record SuggestionList(Guid ContactId, Guid Version, bool CanGuide, IReadOnlyList<ServiceSuggestion> Items, IReadOnlySet<Guid> GuidedAlready, int HeadingLevel);

/// <summary>The contact page's section of suggested services (<c>_Suggestions.cshtml</c>).</summary>
public sealed record SuggestionsSection(SuggestionList List, string Municipality);

/// <summary>The guide's search of the directory from a contact (<c>_ServiceSearchField.cshtml</c>), with what they typed and its error.</summary>
public sealed record ServiceSearchField(Guid ContactId, string Municipality, string? Value, string? Error);
