using System.ComponentModel;
using System.Text.Json;

namespace Perhesilta.Features.Meetings.Slots;

/// <summary>The body of <c>POST /api/v1/meetings/find-slots</c>. Times are ISO 8601 with an offset.</summary>
public sealed class FindSlotsRequest
{
    [Description("Required. The meeting's length in minutes, 1 to 480.")]
    public int? DurationMinutes { get; init; }

    [Description("Required. The earliest start, ISO 8601 with an offset, e.g. 2026-11-16T08:00:00+02:00.")]
    public string? From { get; init; }

    [Description("Required. The latest end, ISO 8601 with an offset; at most 366 days after from.")]
    public string? To { get; init; }

    [Description("Everyone's working hours on each working day, Finnish time; default 08:00–16:00.")]
    public FindSlotsWorkingHours? WorkingHours { get; init; }

    [Description("Required. Those who take part, 1 to 50, with their busy times (at most 50 000 in all); at least one required.")]
    public IReadOnlyList<FindSlotsParticipant>? Participants { get; init; }

    [Description("Slots start on this grid of minutes counted from midnight Finnish time, 1 to 60; default 15.")]
    public int? StepMinutes { get; init; }

    [Description("How many slots at most, earliest first; default 5, at most 100 (a larger limit gives 100).")]
    public int? Limit { get; init; }
}

public sealed class FindSlotsWorkingHours
{
    [Description("HH:MM, Finnish time; default 08:00.")]
    public string? Start { get; init; }

    [Description("HH:MM, Finnish time, after start; 24:00 for midnight; default 16:00.")]
    public string? End { get; init; }
}

public sealed class FindSlotsParticipant
{
    [Description("Required. The caller's own identifier of the participant: a string or a number, echoed in the slots' available lists.")]
    public JsonElement Id { get; init; }

    [Description("Whether the meeting needs them (default true). Optional participants are listed in available when free.")]
    public bool? Required { get; init; }

    [Description("When they are not free.")]
    public IReadOnlyList<FindSlotsBusy>? Busy { get; init; }
}

public sealed class FindSlotsBusy
{
    [Description("ISO 8601 with an offset.")]
    public string? Start { get; init; }

    [Description("ISO 8601 with an offset, after start.")]
    public string? End { get; init; }
}

/// <summary>The answer: the earliest slots first.</summary>
public sealed record FindSlotsResponse(IReadOnlyList<FoundSlotAnswer> Slots);

/// <param name="Start">Finnish time with its offset, e.g. 2026-11-16T09:15:00+02:00.</param>
/// <param name="Available">The ids of the participants free for the whole slot: every required one and the optional ones who are.</param>
public sealed record FoundSlotAnswer(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<JsonElement> Available);
