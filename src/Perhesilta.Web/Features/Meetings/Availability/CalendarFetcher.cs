using System.Net;
using Perhesilta.Platform.Http;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>What fetching a subscription gave: its bytes, or the code of why it failed.</summary>
public sealed record FetchedCalendar(byte[]? Content, string? Error);

/// <summary>
/// Fetches an iCalendar subscription over http or https, within a time limit and a size limit enforced while the
/// stream is read (a server that lies about its length or sends forever is cut off), from public addresses only
/// (<see cref="PublicAddresses"/>; <see cref="MeetingOptions.AllowPrivateCalendarAddresses"/>).
/// </summary>
public sealed class CalendarFetcher(HttpClient http)
{
    public const string ClientName = "calendar-feeds";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>The address as Perhesilta fetches it: webcal:// is https://; only absolute http and https addresses are allowed.</summary>
    public static Uri? Normalize(string? url)
    {
        var trimmed = url?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > AvailabilityLimits.Url)
        {
            return null;
        }

        if (trimmed.StartsWith("webcal://", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = "https://" + trimmed["webcal://".Length..];
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host)
            ? uri
            : null;
    }

    public async Task<FetchedCalendar> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("text/calendar");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return new FetchedCalendar(null, CalendarErrors.HttpStatus);
            }

            if (response.Content.Headers.ContentLength > AvailabilityLimits.MaxCalendarChars)
            {
                return new FetchedCalendar(null, CalendarErrors.TooLarge);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            var content = await CalendarReader.ReadCappedAsync(stream, timeout.Token);
            return new FetchedCalendar(content, content is null ? CalendarErrors.TooLarge : null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchedCalendar(null, CalendarErrors.Timeout);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or WebException)
        {
            if (ex is NonPublicAddressException || ex.InnerException is NonPublicAddressException)
            {
                return new FetchedCalendar(null, CalendarErrors.NotPublic);
            }

            return new FetchedCalendar(null, CalendarErrors.Unreachable);
        }
    }
}
