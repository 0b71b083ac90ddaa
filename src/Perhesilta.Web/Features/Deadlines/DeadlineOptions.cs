namespace Perhesilta.Features.Deadlines;

/// <summary>The county's own service promises and the alerting of deadlines, from the <c>Deadlines</c> section.</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Deadlines";

    /// <summary>A contact is answered within this many working days (Pohde promises 3).</summary>
    public int ReplyToContactWorkingDays { get; set; } = 3;

    /// <summary>A receiving service answers a referral (accepts or declines) within this many working days.</summary>
    public int ReplyToReferralWorkingDays { get; set; } = 5;

    /// <summary>A requested network meeting is held within this many working days.</summary>
    public int NetworkMeetingWorkingDays { get; set; } = 10;

    /// <summary>"Without delay" for a client plan, as the county reads it, in working days.</summary>
    public int ClientPlanWorkingDays { get; set; } = 10;

    /// <summary>Clocks due within this many working days are shown and alerted as due soon.</summary>
    public int AlertWithinWorkingDays { get; set; } = 2;

    /// <summary>How often the background round looks for clocks to alert and referrals to return (seconds).</summary>
    public int RoundIntervalSeconds { get; set; } = 300;
}
