namespace Perhesilta.Features.Meetings.Availability;

/// <summary>One working period of a staff member on a weekday (Finnish time); none recorded means the county's default hours.</summary>
public sealed class StaffWorkingHours
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string UserId { get; set; }

    public DayOfWeek Day { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }
}

public enum BusySource
{
    /// <summary>Entered by hand in Perhesilta.</summary>
    Manual,

    /// <summary>Expanded from the person's imported calendar (<see cref="CalendarFeed"/>); replaced on every successful refresh.</summary>
    Imported,
}

/// <summary>A time a staff member is not free (UTC). Imported ones keep no title or description: only the time.</summary>
public sealed class StaffBusyTime
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string UserId { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public BusySource Source { get; set; }

    /// <summary>The imported calendar it came from.</summary>
    public Guid? FeedId { get; set; }

    /// <summary>The person's own note on a busy time entered by hand (e.g. "training day").</summary>
    public string? Note { get; set; }
}

public enum CalendarFeedKind
{
    /// <summary>An .ics file uploaded once; its busy times stay until a new file replaces it.</summary>
    File,

    /// <summary>An iCalendar subscription URL, fetched again in the background.</summary>
    Subscription,
}

/// <summary>
/// A staff member's imported calendar. The last good copy is kept: a feed that cannot be fetched or read leaves the
/// busy times of the last good copy in place and says how old they are.
/// </summary>
public sealed class CalendarFeed
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Whose calendar: one feed per person.</summary>
    public required string UserId { get; set; }

    public CalendarFeedKind Kind { get; set; }

    /// <summary>The subscription address (http or https).</summary>
    public string? Url { get; set; }

    /// <summary>The name of the uploaded file.</summary>
    public string? FileName { get; set; }

    /// <summary>The last copy that was read without error, as iCalendar text; re-expanded when the horizon moves on.</summary>
    public string? LastGoodContent { get; set; }

    /// <summary>When the last good copy was fetched or uploaded (UTC).</summary>
    public DateTime? LastGoodAt { get; set; }

    /// <summary>The busy times the last good copy expanded to.</summary>
    public int BusyCount { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    /// <summary>Why the last attempt failed, as a code the page puts into words (e.g. <c>unreachable</c>, <c>too-large</c>).</summary>
    public string? LastError { get; set; }

    /// <summary>When the background refresh next fetches a subscription.</summary>
    public DateTime? NextRefreshAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
