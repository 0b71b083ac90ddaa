namespace Perhesilta.Features.Meetings.Planning;

/// <summary>
/// Strings of planning a network meeting: the request form, the meeting page, choosing its time, the invitations and
/// the answer page. Resources: PlanningText.*.resx.
/// </summary>
public sealed class PlanningText;
