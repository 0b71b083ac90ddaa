using Microsoft.Extensions.Options;

namespace Perhesilta.Platform.Mail;

/// <summary>
/// The background sender: every <see cref="MailOptions.PollInterval"/>, or at once when this process queued a message,
/// delivers what is due in the outbox. Any number of instances may run against one database.
/// </summary>
internal sealed partial class MailSender(
    MailDispatcher dispatcher,
    MailSignal signal,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<MailSender> logger) : BackgroundService
{
    /// <summary>Names this sender in the outbox's lease column: host, process and a random part for each start.</summary>
    public string Instance { get; } = $"{Truncate(Environment.MachineName, 40)}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.SenderEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await dispatcher.RunOnceAsync(Instance, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be away for a while; the messages wait in it, so try again at the next poll.
                LogRoundFailed(exception);
            }

            if (claimed >= settings.BatchSize)
            {
                continue;
            }

            try
            {
                await signal.WaitAsync(settings.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Error, Message = "The mail sender could not go through the outbox; it tries again at the next poll")]
    private partial void LogRoundFailed(Exception exception);
}
