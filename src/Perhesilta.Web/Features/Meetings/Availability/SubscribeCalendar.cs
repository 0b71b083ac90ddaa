namespace Perhesilta.Features.Meetings.Availability;

/// <summary>
/// A staff member gives the address of their calendar's iCalendar subscription. It is fetched at once: an address
/// that cannot be fetched or read is refused and nothing changes; a good one replaces any earlier imported calendar
/// and is fetched again in the background (<see cref="CalendarFeedRound"/>).
/// </summary>
public sealed class SubscribeCalendar(CalendarFeeds feeds, CalendarFetcher fetcher)
{
    public const string InvalidUrl = "invalid-url";

    /// <returns>Null when subscribed, else <see cref="InvalidUrl"/> or a <see cref="CalendarErrors"/> code.</returns>
    public async Task<string?> HandleAsync(string userId, string? url, CancellationToken cancellationToken)
    {
        if (CalendarFetcher.Normalize(url) is not { } address)
        {
            return InvalidUrl;
        }

        var fetched = await fetcher.FetchAsync(address, cancellationToken);
        if (fetched.Content is null)
        {
            return fetched.Error;
        }

        return await feeds.ReplaceAsync(userId, fetched.Content, feed =>
        {
            feed.Kind = CalendarFeedKind.Subscription;
            feed.Url = address.AbsoluteUri;
            feed.FileName = null;
        }, cancellationToken);
    }
}
