using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Perhesilta.Platform.Data;

public static class DataServices
{
    public const string SqliteMigrationsAssembly = "Perhesilta.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Perhesilta.Migrations.Postgres";

    /// <summary>Registers the DbContext on the provider that configuration names.</summary>
    public static IServiceCollection AddPerhesiltaData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (!options.IsSqlite && !options.IsPostgres)
        {
            throw new InvalidOperationException($"Database:Provider must be '{DatabaseProviders.Sqlite}' or '{DatabaseProviders.Postgres}', not '{options.Provider}'.");
        }

        services.AddSingleton(options);
        var connectionString = ResolveConnectionString(options, configuration, environment);
        ResolveMigrationAssembliesFromApplicationFolder();

        // Pooled: a request reuses a reset context instead of building one; the context keeps no per-request state.
        // Interceptors are singletons that features register (e.g. to drop a cache when its data is saved).
        services.AddDbContextPool<PerhesiltaDbContext>((provider, builder) =>
            Configure(builder, options, connectionString).AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddSingleton<SqliteWriter>();

        // Registered before data protection: hosted services start in order, and the key ring is read from the
        // database, so the tables must exist first (on a fresh SQLite file the migrations create them).
        services.AddHostedService<DatabaseInitializer>();
        var protection = services.AddDataProtection().SetApplicationName("Perhesilta").PersistKeysToDbContext<PerhesiltaDbContext>();
        var certificate = configuration["DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificate))
        {
            // In production the key ring is encrypted at rest with the county's certificate (PKCS#12 file).
            protection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificate, configuration["DataProtection:CertificatePassword"]));
        }

        services.AddSingleton<DatabaseState>();
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string connectionString)
    {
        if (options.IsPostgres)
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
        }
        else
        {
            builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        }

        return builder;
    }

    internal static string ResolveConnectionString(DatabaseOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Default");
        if (options.IsPostgres)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException("Database:Provider is 'postgres' but ConnectionStrings:Default is not set.")
                : configured;
        }

        var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/perhesilta.db" : configured);
        if (sqlite.DataSource != ":memory:" && sqlite.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(sqlite.DataSource, environment.ContentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            sqlite.DataSource = path;
        }

        sqlite.ForeignKeys = true;
        return sqlite.ToString();
    }

    // The migrations assemblies are built after this one and copied beside it (see the .csproj), so they are not
    // in our dependency manifest; load them from the application folder when EF Core asks for them.
    private static void ResolveMigrationAssembliesFromApplicationFolder()
    {
        AssemblyLoadContext.Default.Resolving -= LoadMigrationAssembly;
        AssemblyLoadContext.Default.Resolving += LoadMigrationAssembly;
    }

    private static Assembly? LoadMigrationAssembly(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is not (SqliteMigrationsAssembly or PostgresMigrationsAssembly))
        {
            return null;
        }

        var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
