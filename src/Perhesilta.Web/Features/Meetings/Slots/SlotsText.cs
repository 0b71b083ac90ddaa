namespace Perhesilta.Features.Meetings.Slots;

/// <summary>Strings of the slot-finding API (its error messages). Resources: SlotsText.*.resx.</summary>
public sealed class SlotsText;
