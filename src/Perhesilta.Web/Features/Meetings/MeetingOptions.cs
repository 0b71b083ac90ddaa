namespace Perhesilta.Features.Meetings;

/// <summary>The county's settings for network meetings, from the <c>Meetings</c> section.</summary>
public sealed class MeetingOptions
{
    public const string Section = "Meetings";

    /// <summary>How far ahead the earliest common time is looked for, in working days.</summary>
    public int SearchWorkingDays { get; set; } = 60;

    /// <summary>Proposed times start on this grid, in minutes from the start of the hour.</summary>
    public int StepMinutes { get; set; } = 15;

    /// <summary>The working hours (Finnish time) of a staff member who has not given theirs, Monday to Friday.</summary>
    public TimeOnly DefaultWorkStart { get; set; } = new(8, 0);

    public TimeOnly DefaultWorkEnd { get; set; } = new(16, 0);

    /// <summary>How long an answer link in an invitation works.</summary>
    public int AnswerLinkValidDays { get; set; } = 30;

    /// <summary>How often an imported calendar subscription is fetched again.</summary>
    public int FeedRefreshMinutes { get; set; } = 60;

    /// <summary>How far ahead recurring busy times of imported calendars are expanded, in days.</summary>
    public int FeedHorizonDays { get; set; } = 400;

    /// <summary>
    /// Whether a calendar subscription may be fetched from a private, loopback or other non-public address. Off: a
    /// subscription address typed by staff must not reach the county's internal networks or this server. Only a closed
    /// test network turns it on.
    /// </summary>
    public bool AllowPrivateCalendarAddresses { get; set; }
}
