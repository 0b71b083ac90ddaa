using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

[assembly: AssemblyFixture(typeof(Perhesilta.IntegrationTests.Infrastructure.PostgresCluster))]

namespace Perhesilta.IntegrationTests.Infrastructure;

/// <summary>
/// The real application over real HTTP (in memory), on a database of its own. A test class takes
/// <see cref="SqliteApp"/> or <see cref="PostgresApp"/> as its fixture; shared tests are written once in an
/// abstract class with a nested <c>OnSqlite</c> and <c>OnPostgres</c> subclass.
/// </summary>
public abstract class PerhesiltaApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>Extra settings for a test class (e.g. a short session); applied before the application starts.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Service replacements for a test class (e.g. a clock it controls); applied before the application starts.</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

    /// <summary>
    /// The access-log key of the whole run, made by the first application: the template's chain was written with it,
    /// and every copy of the template goes on writing the same chain.
    /// </summary>
    public static readonly string RunKeyFile = Path.Combine(Path.GetTempPath(), $"perhesilta-test-{Guid.NewGuid():N}.key");

    static PerhesiltaApp() => AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(RunKeyFile);

    /// <summary>This application's own access-log checkpoints.</summary>
    public string CheckpointFolder { get; } = Path.Combine(Path.GetTempPath(), $"perhesilta-checkpoints-{Guid.NewGuid():N}");

    /// <summary>Where this application's mail goes: the folder transport, in a directory of its own, on both databases.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"perhesilta-mail-{Guid.NewGuid():N}");

    public virtual ValueTask InitializeAsync()
    {
        // Starting the server runs migrations and seeding before the first test.
        _ = Server;
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Whether this application's database starts as a copy of the run's template, a database migrated and seeded
    /// once by the same application with the default settings. Starting then finds every migration applied and every
    /// seeder's data in place, as on a restart, instead of each of some two hundred test applications migrating and
    /// seeding its own (most of the integration tests' time). An application whose settings change what is seeded or
    /// how the database starts makes its own.
    /// </summary>
    protected bool StartsFromTemplate => !Settings.Keys.Any(k => k.StartsWith("Demo:", StringComparison.Ordinal) || k.StartsWith("Database:", StringComparison.Ordinal));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Database:MigrateAtStartup", "true");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Mail:Transport", "folder");
        builder.UseSetting("Mail:Folder", MailFolder);
        builder.UseSetting("Mail:PollInterval", "00:00:01");
        builder.UseSetting("AccessLog:KeyFile", RunKeyFile);
        builder.UseSetting("AccessLog:CheckpointFolder", CheckpointFolder);

        // Every test request comes from the same address; the rate-limit tests set a low limit of their own.
        builder.UseSetting("HelpRequests:RateLimitPermits", "100000");
        builder.UseSetting("ServiceDirectory:ApiRateLimitPermits", "100000");
        builder.UseSetting("Calendar:ApiRateLimitPermits", "100000");

        // The calendar subscriptions the tests read are served on loopback; one test class turns this off again.
        builder.UseSetting("Meetings:AllowPrivateCalendarAddresses", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => TestServices.ForEach(configure => configure(services)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var folder in new[] { MailFolder, CheckpointFolder }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each step.</summary>
    public PageClient NewBrowser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<T> WithDbAsync<T>(Func<PerhesiltaDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>());
    }

    public async Task WithServicesAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    /// <summary>
    /// Creates a member of staff of this test's own, with the second factor set up, ready to sign in; without it, as
    /// after an administrator's reset: free to set up an authenticator for a day.
    /// </summary>
    public async Task<TestStaff> CreateStaffAsync(string role, string[]? areaCodes = null, bool secondFactor = true)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.perhesilta.example";
        // The digit is fixed: hex characters are sometimes all letters, which Identity refuses; sixteen of them keep
        // the password hard to guess (zxcvbn) whatever they happen to be.
        var password = "Test-password-7" + Guid.NewGuid().ToString("N")[..16];
        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        string id = "";
        await WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = "Testi " + role,
                CreatedAt = DateTime.UtcNow,
                SecondFactorSetupExpiresAt = secondFactor ? null : DateTime.UtcNow.AddDays(1),
            };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, role));
            if (secondFactor)
            {
                var store = (IUserAuthenticatorKeyStore<StaffUser>)services.GetRequiredService<IUserStore<StaffUser>>();
                await store.SetAuthenticatorKeyAsync(user, secret, CancellationToken.None);
                Check(await users.UpdateAsync(user));
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }

            var db = services.GetRequiredService<PerhesiltaDbContext>();
            foreach (var code in areaCodes ?? [])
            {
                var area = await db.Set<Area>().SingleAsync(a => a.Code == code);
                db.Add(new StaffArea { UserId = user.Id, AreaId = area.Id });
            }

            await db.SaveChangesAsync();
            id = user.Id;
        });
        return new TestStaff(id, email, password, secondFactor ? secret : null);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

public sealed record TestStaff(string Id, string Email, string Password, string? TotpSecret);

public sealed class SqliteApp : PerhesiltaApp
{
    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static string? _template;

    private readonly string _file;
    private readonly bool _isTemplate;

    public SqliteApp()
        : this(Path.Combine(Path.GetTempPath(), $"perhesilta-test-{Guid.NewGuid():N}.db"), isTemplate: false)
    {
    }

    private SqliteApp(string file, bool isTemplate) => (_file, _isTemplate) = (file, isTemplate);

    public override string Provider => DatabaseProviders.Sqlite;

    protected override string ConnectionString => $"Data Source={_file}";

    public override async ValueTask InitializeAsync()
    {
        if (!_isTemplate && StartsFromTemplate)
        {
            File.Copy(await TemplateAsync(), _file);
        }

        await base.InitializeAsync();
    }

    /// <summary>The run's template file: made by the first application that needs it, removed when the run ends.</summary>
    private static async Task<string> TemplateAsync()
    {
        await TemplateGate.WaitAsync();
        try
        {
            if (_template is null)
            {
                var file = Path.Combine(Path.GetTempPath(), $"perhesilta-template-{Guid.NewGuid():N}.db");
                await using (var app = new SqliteApp(file, isTemplate: true))
                {
                    await app.InitializeAsync();
                }

                // Everything in the write-ahead log into the file itself, so that a copy of the file is whole.
                await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
                {
                    await connection.OpenAsync();
                    await using var checkpoint = connection.CreateCommand();
                    checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                    await checkpoint.ExecuteNonQueryAsync();
                }

                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    foreach (var suffix in new[] { "", "-wal", "-shm" })
                    {
                        File.Delete(file + suffix);
                    }
                };
                _template = file;
            }

            return _template;
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        foreach (var suffix in _isTemplate ? [] : new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class PostgresApp(PostgresCluster cluster) : PerhesiltaApp
{
    private readonly string _database = "perhesilta_" + Guid.NewGuid().ToString("N")[..16];

    public override string Provider => DatabaseProviders.Postgres;

    protected override string ConnectionString => cluster.ConnectionString(_database);

    public override async ValueTask InitializeAsync()
    {
        if (StartsFromTemplate)
        {
            await cluster.CreateFromTemplateAsync(_database);
        }

        await base.InitializeAsync();
    }
}
