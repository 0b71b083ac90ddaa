namespace Perhesilta.Features.Desk;

/// <summary>Strings of the service guides' inbox and contact view. Resources: DeskText.*.resx.</summary>
public sealed class DeskText;
