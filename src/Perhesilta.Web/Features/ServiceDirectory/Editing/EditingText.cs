namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>Strings of the directory's editing pages, history and stale list. Resources: EditingText.*.resx.</summary>
public sealed class EditingText;
