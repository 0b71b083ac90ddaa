using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Perhesilta.IntegrationTests.Mail;

/// <summary>
/// Just enough of an SMTP server on a loopback port to receive what MailKit sends: greeting, EHLO, MAIL, RCPT, DATA
/// and QUIT. It can refuse recipients with a permanent 550, as a relay does for an unknown mailbox.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public FakeSmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Each message's DATA, as sent (dot-stuffing removed).</summary>
    public ConcurrentQueue<byte[]> Received { get; } = new();

    public ConcurrentQueue<string> Recipients { get; } = new();

    public bool RefuseRecipients { get; set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.UTF8);
        async Task Say(string line) => await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), _stop.Token);
        await Say("220 smtp.test.perhesilta.example ESMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (command)
            {
                case "EHLO" or "HELO":
                    await Say("250 smtp.test.perhesilta.example");
                    break;
                case "MAIL":
                    await Say("250 2.1.0 Ok");
                    break;
                case "RCPT" when RefuseRecipients:
                    await Say("550 5.1.1 No such mailbox");
                    break;
                case "RCPT":
                    Recipients.Enqueue(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '<', '>'));
                    await Say("250 2.1.5 Ok");
                    break;
                case "DATA":
                    await Say("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    Received.Enqueue(Encoding.UTF8.GetBytes(data.ToString()));
                    await Say("250 2.0.0 Ok: queued");
                    break;
                case "RSET" or "NOOP":
                    await Say("250 2.0.0 Ok");
                    break;
                case "QUIT":
                    await Say("221 2.0.0 Bye");
                    return;
                default:
                    await Say("502 5.5.2 Command not recognised");
                    break;
            }
        }
    }
}
