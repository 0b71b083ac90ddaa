namespace Perhesilta.Features.Desk;

/// <summary>Settings of the service guides' desk, from the <c>Desk</c> configuration section.</summary>
public sealed class DeskOptions
{
    public const string Section = "Desk";

    /// <summary>Failed attempts to reach a family before a guide may close the contact as "could not be reached".</summary>
    public int ReachAttemptsBeforeNotReached { get; set; } = 3;

    /// <summary>Reception visits the model allows before the family is referred onwards (Lakeus: 1–3); booking more is shown and must be confirmed.</summary>
    public int ReceptionVisitsInModel { get; set; } = 3;

    /// <summary>The guides' working hours (Finnish time), for counting the time left to a response target in working hours.</summary>
    public TimeOnly WorkingDayStarts { get; set; } = new(8, 0);

    public TimeOnly WorkingDayEnds { get; set; } = new(16, 0);

    /// <summary>How long closed contacts stay in the queue's "recently closed" view.</summary>
    public int RecentlyClosedDays { get; set; } = 7;
}
