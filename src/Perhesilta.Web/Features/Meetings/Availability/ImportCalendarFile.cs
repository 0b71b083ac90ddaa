namespace Perhesilta.Features.Meetings.Availability;

/// <summary>
/// A staff member (or an administrator for them) uploads an .ics file: its busy times replace those of any earlier
/// imported calendar. A refused file changes nothing; the answer is the code of why it was refused.
/// </summary>
public sealed class ImportCalendarFile(CalendarFeeds feeds)
{
    /// <returns>Null when imported, else a <see cref="CalendarErrors"/> code.</returns>
    public async Task<string?> HandleAsync(string userId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        if (await CalendarReader.ReadCappedAsync(content, cancellationToken) is not { } bytes)
        {
            return CalendarErrors.TooLarge;
        }

        var name = Path.GetFileName(fileName);
        return await feeds.ReplaceAsync(userId, bytes, feed =>
        {
            feed.Kind = CalendarFeedKind.File;
            feed.Url = null;
            feed.FileName = name.Length > 0 ? name[..Math.Min(name.Length, AvailabilityLimits.FileName)] : "calendar.ics";
        }, cancellationToken);
    }
}
