namespace Perhesilta.Features.Deadlines.Report;

/// <summary>Strings of the deadline lists and the compliance report. Resources: DeadlineReportText.*.resx.</summary>
public sealed class DeadlineReportText;
