using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>
/// Refreshes the imported calendars that are due, every minute. Safe with several instances: each feed is claimed by
/// a conditional update before it is fetched (<see cref="CalendarFeeds.ClaimAsync"/>).
/// </summary>
internal sealed partial class CalendarFeedRound(IServiceScopeFactory scopes, DatabaseState database, ILogger<CalendarFeedRound> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Each feed keeps its own time (Meetings:FeedRefreshMinutes); the round only looks for those due.
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!database.IsReady)
                {
                    continue;
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var refreshed = await scope.ServiceProvider.GetRequiredService<RefreshCalendarFeeds>().RunDueAsync(stoppingToken);
                    if (refreshed > 0)
                    {
                        LogRefreshed(refreshed);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The feeds wait in the database; the next round tries again.
                    LogFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported calendars refreshed: {Count}")]
    private partial void LogRefreshed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The calendar refresh round failed; trying again at the next round")]
    private partial void LogFailed(Exception exception);
}
