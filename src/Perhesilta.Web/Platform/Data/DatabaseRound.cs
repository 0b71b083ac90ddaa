namespace Perhesilta.Platform.Data;

/// <summary>
/// Work the application does by itself at an interval, against the database (deadline alerts, referrals returned when
/// not accepted in time, calendar subscriptions fetched again). A round waits one interval before it first runs and
/// runs only once the database is ready (migrated and seeded); its work gets a scope of its own. A failure is logged
/// and does not stop the rounds: what waits is in the database, so the next round tries again. Any number of
/// instances may run a round against one database; the work itself claims what it does.
/// </summary>
/// <typeparam name="TWork">The scoped service a round runs.</typeparam>
internal abstract class DatabaseRound<TWork>(IServiceScopeFactory scopes, DatabaseState database, TimeProvider time, ILogger logger) : BackgroundService
    where TWork : notnull
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>What one item of the work is, for the log: e.g. "Deadline alerts sent".</summary>
    protected abstract string Done { get; }

    /// <summary>Runs one round of <paramref name="work"/>; answers how many items it did.</summary>
    protected abstract Task<int> RunAsync(TWork work, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One round in a scope of its own once the database is ready, its outcome logged; a failure is logged and does not escape.</summary>
    protected async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!database.IsReady)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var count = await RunAsync(scope.ServiceProvider.GetRequiredService<TWork>(), cancellationToken);
            if (count > 0)
            {
                RoundLog.Done(logger, Done, count);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            RoundLog.Failed(logger, GetType().Name, exception);
        }
    }
}

internal static partial class RoundLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Done}: {Count}")]
    public static partial void Done(ILogger logger, string done, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Round} failed; trying again at the next round")]
    public static partial void Failed(ILogger logger, string round, Exception exception);
}
