using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.ServiceDirectory.Editing;

internal static class DirectoryDates
{
    /// <summary>Today in Finland: "checked today" and the stale list go by the editor's calendar, not UTC's.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    /// <summary>Services checked before this day are stale: more than <see cref="DirectoryLimits.StaleAfterMonths"/> months ago.</summary>
    public static DateOnly StaleBefore(DateOnly today) => today.AddMonths(-DirectoryLimits.StaleAfterMonths);
}
