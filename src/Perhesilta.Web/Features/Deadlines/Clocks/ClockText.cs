namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>Strings of the statutory clocks: their panel, forms and alerts. Resources: ClockText.*.resx.</summary>
public sealed class ClockText;
