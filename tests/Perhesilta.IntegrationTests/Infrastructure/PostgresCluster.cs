using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Perhesilta.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster started from the machine's own binaries (initdb, pg_ctl) on a free loopback
/// port, one for the whole test run, removed afterwards. Each test class gets a database of its own.
/// There is no fallback: a machine without PostgreSQL fails here loudly (scripts/test installs it).
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private const string TemplateDatabase = "perhesilta_template";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "perhesilta-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private string _bin = "";
    private readonly SemaphoreSlim _templateGate = new(1, 1);
    private bool _templateReady;

    public int Port { get; private set; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true;Pooling=true;Maximum Pool Size=20";

    public async ValueTask InitializeAsync()
    {
        _bin = FindBinaries();
        Directory.CreateDirectory(_directory);
        var data = Path.Combine(_directory, "data");
        var socket = Path.Combine(_directory, "socket");
        Directory.CreateDirectory(socket);
        if (IsRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", ["-R", "postgres:postgres", _directory]);
        }

        await RunAsPostgresAsync(Path.Combine(_bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        Port = FreePort();
        var options = $"-p {Port} -k {socket} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "60", "start"]);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>
    /// Creates <paramref name="database"/> as a copy of the run's template database (see
    /// <see cref="PerhesiltaApp"/>): migrated and seeded by the first application that needs it, then copied by
    /// PostgreSQL itself (CREATE DATABASE … TEMPLATE), one copy at a time.
    /// </summary>
    public async Task CreateFromTemplateAsync(string database)
    {
        await _templateGate.WaitAsync();
        try
        {
            if (!_templateReady)
            {
                await using (var app = new TemplateApp(this))
                {
                    await app.InitializeAsync();
                }

                // No connection may stay open to a template while it is copied.
                Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(ConnectionString(TemplateDatabase)));
                _templateReady = true;
            }

            await using var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{database}\" TEMPLATE \"{TemplateDatabase}\"";
            await create.ExecuteNonQueryAsync();
        }
        finally
        {
            _templateGate.Release();
        }
    }

    /// <summary>The application that makes the template: the defaults, on the template's database.</summary>
    private sealed class TemplateApp(PostgresCluster cluster) : PerhesiltaApp
    {
        public override string Provider => Perhesilta.Platform.Data.DatabaseProviders.Postgres;

        protected override string ConnectionString => cluster.ConnectionString(TemplateDatabase);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found under /usr/lib/postgresql/*/bin. Install them (apt-get install -y postgresql) or run scripts/test, which does.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsPostgresAsync(string program, string[] args) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. args]) : RunAsync(program, args);

    private static async Task RunAsync(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
