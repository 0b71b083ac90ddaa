namespace Perhesilta.Features.ServiceDirectory.Search;

/// <summary>Strings of the service search: its reasons and its input errors. Resources: SearchText.*.resx.</summary>
public sealed class SearchText;
