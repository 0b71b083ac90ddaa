using System.Threading.Channels;

namespace Perhesilta.Platform.Mail;

/// <summary>
/// Wakes this process's sender when a message was saved into the outbox, so it goes out at once rather than at the
/// next poll. Only an optimisation: the sender polls anyway, and messages saved by other instances are found that way.
/// </summary>
public sealed class MailSignal
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Waits until woken or until <paramref name="timeout"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, clock, timeoutSource.Token);
        var woken = _wake.Reader.WaitToReadAsync(timeoutSource.Token).AsTask();
        await Task.WhenAny(delay, woken);
        await timeoutSource.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        _wake.Reader.TryRead(out _);
    }
}
