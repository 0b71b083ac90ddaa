using Microsoft.EntityFrameworkCore;

namespace Perhesilta.Platform.Data;

/// <summary>Seeds data that a feature owns (reference vocabularies, demo content). Runs after migrations, in <see cref="Order"/>.</summary>
public interface IDataSeeder
{
    int Order { get; }

    Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken);
}

/// <summary>Whether the database has been brought up to date and seeded; the readiness check reports it.</summary>
public sealed class DatabaseState
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    internal void MarkReady() => _ready = true;
}

/// <summary>
/// Brings the database up at start-up: migrations (where configured) and seeders. An unreachable database gives one
/// clear log line and a non-ready health check; the attempt is repeated in the background until it succeeds.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceProvider services,
    DatabaseOptions options,
    DatabaseState state,
    ILogger<DatabaseInitializer> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _retries;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await TryInitializeAsync(cancellationToken))
        {
            return;
        }

        _retries = RetryAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The host was disposed before it was stopped (RunAsync disposes it when it ends, e.g. after a failed
            // start, and a test host may stop it afterwards): nothing of ours is running any more.
            return;
        }

        if (_retries is not null)
        {
            await Task.WhenAny(_retries, Task.Delay(Timeout.Infinite, cancellationToken));
        }
    }

    public void Dispose() => _stopping.Dispose();

    /// <summary>Applies migrations and runs the seeders once; used by the <c>migrate</c> command too.</summary>
    public static async Task InitializeAsync(IServiceProvider services, bool migrate, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        if (migrate)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(db, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> TryInitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeAsync(services, options.ShouldMigrateAtStartup, cancellationToken);
            state.MarkReady();
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnavailable(logger, options.Provider, ex.GetType().Name, FirstLine(ex.Message), (int)RetryInterval.TotalSeconds);
            return false;
        }
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        try
        {
            while (!await TryInitializeAsync(stopping))
            {
                await Task.Delay(RetryInterval, stopping);
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Database ({Provider}) could not be initialised: {ErrorType}: {Reason}. The service is not ready; retrying every {Seconds} s.")]
    private static partial void LogUnavailable(ILogger logger, string provider, string errorType, string reason, int seconds);
}
