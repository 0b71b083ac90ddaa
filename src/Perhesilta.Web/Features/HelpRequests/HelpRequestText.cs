namespace Perhesilta.Features.HelpRequests;

/// <summary>Strings of the public ask-for-help pages. Resources: HelpRequestText.*.resx.</summary>
public sealed class HelpRequestText;
