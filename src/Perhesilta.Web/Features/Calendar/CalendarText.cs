namespace Perhesilta.Features.Calendar;

/// <summary>Strings of the calendar API (holiday names, legal bases, errors) and of the closure days page. Resources: CalendarText.*.resx.</summary>
public sealed class CalendarText;
