namespace Perhesilta.Features.ServiceDirectory.Finder;

/// <summary>A service's facts (<c>_ServiceFacts.cshtml</c>); <see cref="Full"/> adds what only its own page shows.</summary>
public sealed record ServiceFactsView(ServiceCard Service, bool Full = false);

/// <summary>One labelled choice of a select list.</summary>
public sealed record FinderChoice(string Value, string Name);
