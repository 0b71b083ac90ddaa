namespace Perhesilta.Features.Meetings.Availability;

/// <summary>Strings of the availability pages (working hours, busy times, imported calendars). Resources: AvailabilityText.*.resx.</summary>
public sealed class AvailabilityText;
