namespace Perhesilta.Features.SecurityEvents;

/// <summary>Strings of the administrators' security-events page. Resources: SecurityEventsText.*.resx.</summary>
public sealed class SecurityEventsText;
