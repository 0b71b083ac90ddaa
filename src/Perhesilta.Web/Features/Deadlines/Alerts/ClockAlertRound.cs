using Microsoft.Extensions.Options;

namespace Perhesilta.Features.Deadlines.Alerts;

/// <summary>
/// Runs <see cref="SendClockAlerts"/> every <see cref="DeadlineOptions.RoundIntervalSeconds"/>. Any number of instances
/// may run it against one database: the alert rows make each alert once only.
/// </summary>
internal sealed partial class ClockAlertRound(IServiceScopeFactory scopes, IOptions<DeadlineOptions> options, TimeProvider time, ILogger<ClockAlertRound> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.RoundIntervalSeconds));

        // The first round waits one interval, so that it never races the migrations and seeding of a starting instance.
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var sent = await scope.ServiceProvider.GetRequiredService<SendClockAlerts>().RunOnceAsync(stoppingToken);
                    if (sent > 0)
                    {
                        LogSent(sent);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The database may be away for a while; the clocks wait in it, so the next round tries again.
                    LogFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline alerts sent: {Count}")]
    private partial void LogSent(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The deadline alert round failed; trying again at the next round")]
    private partial void LogFailed(Exception exception);
}
