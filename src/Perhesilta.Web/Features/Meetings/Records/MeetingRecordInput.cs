namespace Perhesilta.Features.Meetings.Records;

/// <summary>A meeting's record as typed: everything a string or a plain value, so that what was typed is shown back.</summary>
public sealed class MeetingRecordInput
{
    /// <summary>The meeting's version the guide saw.</summary>
    public Guid Version { get; set; }

    /// <summary>The participants who came (checkboxes named after the participant's id).</summary>
    public List<Guid> Attended { get; set; } = [];

    public string? Summary { get; set; }

    /// <summary>Why the meeting was held after its target date: asked when the network-meeting clock is late.</summary>
    public string? LateReason { get; set; }

    /// <summary>Why a record already written is corrected; stops the clocks of cancelled or changed actions.</summary>
    public string? CorrectionReason { get; set; }

    public List<AgreedActionInput> Actions { get; set; } = [];

    public bool FollowUp { get; set; }

    public string? FollowUpPurpose { get; set; }

    /// <summary>The day the follow-up should be held by, yyyy-MM-dd.</summary>
    public string? FollowUpBy { get; set; }
}

/// <summary>One row of agreed actions: an empty row is skipped; an existing action's row carries its id.</summary>
public sealed class AgreedActionInput
{
    public Guid? Id { get; set; }

    public string? Description { get; set; }

    /// <summary>A participant (<c>participant:{id}</c>) or a Perhesilta user who is not one (<c>user:{id}</c>).</summary>
    public string? Responsible { get; set; }

    /// <summary>By when, yyyy-MM-dd.</summary>
    public string? DueOn { get; set; }

    /// <summary>In a correction: the action is no longer to be done (its clock stops with the correction's reason).</summary>
    public bool Cancel { get; set; }

    public bool IsEmpty => Id is null && string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Responsible) && string.IsNullOrWhiteSpace(DueOn);
}

/// <summary>Who can be made responsible for an agreed action: the value of the choice, the name shown and saved, and the user.</summary>
public sealed record ResponsibleChoice(string Value, string Name, string? UserId, Guid? ParticipantId)
{
    public static string OfParticipant(Guid id) => "participant:" + id.ToString("D");

    public static string OfUser(string id) => "user:" + id;
}
