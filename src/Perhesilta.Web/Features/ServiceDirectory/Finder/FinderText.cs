namespace Perhesilta.Features.ServiceDirectory.Finder;

/// <summary>Strings of the public service finder and the service page. Resources: FinderText.*.resx.</summary>
public sealed class FinderText;
