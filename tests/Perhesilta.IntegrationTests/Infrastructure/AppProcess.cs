using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace Perhesilta.IntegrationTests.Infrastructure;

/// <summary>
/// The application as its own operating-system process (<c>dotnet Perhesilta.Web.dll</c>, as it is deployed), for
/// what an in-memory host cannot show: being killed with SIGKILL mid-request, restarting, and the administration
/// commands (<c>backup</c>, <c>restore</c>, <c>migrate</c>). It runs from the tests' own build output, which holds the
/// application and its migrations, with the settings given on its command line and its own working folder.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(3);

    private readonly Dictionary<string, string> _settings;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputLock = new();
    private Process? _process;

    public AppProcess(IReadOnlyDictionary<string, string> settings, string workingFolder)
    {
        _settings = new Dictionary<string, string>(settings, StringComparer.Ordinal);
        WorkingFolder = workingFolder;
        Directory.CreateDirectory(workingFolder);
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
    }

    public int Port { get; }

    /// <summary>The settings the application is started with (as <c>--Key=value</c> arguments).</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings;

    public Uri BaseAddress { get; }

    /// <summary>The content root: relative paths in the settings (data/, the mail folder) are under it.</summary>
    public string WorkingFolder { get; }

    /// <summary>How many times the process has been started.</summary>
    public int Starts { get; private set; }

    /// <summary>What the runs so far printed (standard output and error), for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_outputLock)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the web server and waits until <c>/health/ready</c> answers 200; returns how long that took.</summary>
    public async Task<TimeSpan> StartAsync(CancellationToken cancellationToken = default)
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("The application is already running.");
        }

        var started = Stopwatch.StartNew();
        _process = Start(["--urls", BaseAddress.ToString().TrimEnd('/')]);
        Starts++;
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (started.Elapsed < ReadyTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The application exited with {_process.ExitCode} before it was ready:{Environment.NewLine}{Output}");
            }

            try
            {
                using var ready = await http.GetAsync("/health/ready", cancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return started.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening, but too busy starting to answer within the client's timeout.
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"The application was not ready within {ReadyTimeout}:{Environment.NewLine}{Output}");
    }

    /// <summary>Kills the process at once with SIGKILL, as a power cut or the out-of-memory killer would: nothing runs after it.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        if (Kill(process.Id, SigKill) != 0)
        {
            throw new InvalidOperationException($"kill -9 {process.Id} failed: errno {Marshal.GetLastPInvokeError()}");
        }

        await process.WaitForExitAsync();
    }

    /// <summary>Stops the process as a service manager does (SIGTERM), letting it finish what it was doing.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        Kill(process.Id, SigTerm);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    /// <summary>Runs an administration command (e.g. <c>backup</c>) with the same settings; returns its exit code.</summary>
    public async Task<int> RunCommandAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private Process Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WorkingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Perhesilta.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Test";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Append($"--- started (pid {process.Id.ToString(CultureInfo.InvariantCulture)}): {string.Join(' ', start.ArgumentList.Skip(1).Take(3))}");
        return process;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputLock)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private const int SigKill = 9;
    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
