using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Calendar;

namespace Perhesilta.Features.Desk;

/// <summary>The queue's views, as tabs; each is a slice of the contacts a guide serves.</summary>
public enum QueueView
{
    /// <summary>Every open contact (received, in progress or contacted).</summary>
    All,

    /// <summary>Received and nobody has taken it.</summary>
    New,

    /// <summary>Asked for a call-back on a day that has come, and nobody has reached the asker yet.</summary>
    Callbacks,

    /// <summary>Open and assigned to the reader.</summary>
    Mine,

    /// <summary>Open and waiting for something (<see cref="Contact.WaitingFor"/>).</summary>
    Waiting,

    /// <summary>Closed within <see cref="DeskOptions.RecentlyClosedDays"/>.</summary>
    Closed,
}

public enum QueueSort
{
    /// <summary>Highest priority first, then the earliest response target, then the earliest arrival.</summary>
    Urgency,

    /// <summary>The newest arrival first.</summary>
    Arrival,

    /// <summary>The earliest response target first, then the earliest arrival: a guide's own caseload.</summary>
    Target,
}

/// <summary>The assignee filter: the reader, nobody, or a named guide.</summary>
public static class AssigneeFilter
{
    public const string Me = "me";
    public const string Nobody = "nobody";
}

/// <summary>The asker's preferred language as the filter knows it: fi, sv, en, or any other.</summary>
public static class LanguageFilter
{
    public const string Other = "other";

    public static readonly IReadOnlyList<string> Named = ["fi", "sv", "en"];
}

/// <summary>What the queue shows: a view, a sort, filters (each optional, all combinable) and a page.</summary>
public sealed record QueueQuery(
    QueueView View = QueueView.All,
    QueueSort Sort = QueueSort.Urgency,
    int? AreaId = null,
    string? Municipality = null,
    string? Topic = null,
    ContactChannel? Channel = null,
    string? Language = null,
    ContactStatus? Status = null,
    string? Assignee = null,
    int PageNumber = 1);

public sealed record QueueRow(
    Guid Id,
    string ReferenceCode,
    DateTime InitiatedAt,
    ContactChannel Channel,
    ContactKind Kind,
    bool NeedsImmediateUrgencyAssessment,
    string Municipality,
    IReadOnlyList<QueueChild> Children,
    IReadOnlyList<string> Topics,
    FeltUrgency Urgency,
    bool UrgencyAssessed,
    ContactStatus Status,
    string? Assignee,
    bool Waiting,
    QueueCallback? Callback,
    TimeLeft? TimeLeft,
    DateTime? ClosedAt)
{
    /// <summary>A referral of the contact came back (declined, failed or not accepted in time) and no guide has dealt with it yet.</summary>
    public bool ReferralReturned { get; init; }
}

public sealed record QueueChild(int? Age, bool Unborn);

/// <summary>A call-back the asker asked for; <see cref="Passed"/> when its window (or its day) is over.</summary>
public sealed record QueueCallback(DateOnly Date, TimeOnly? From, TimeOnly? To, bool Passed);

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Total, int PageNumber, int PageCount, Guid? Next);
