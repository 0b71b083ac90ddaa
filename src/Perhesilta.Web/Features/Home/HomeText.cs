namespace Perhesilta.Features.Home;

/// <summary>Strings of the public front page. Resources: HomeText.*.resx.</summary>
public sealed class HomeText;
