namespace Perhesilta.Platform.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>sqlite</c> (the embedded default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>Apply pending migrations at start-up. On by default for SQLite; production PostgreSQL runs <c>migrate</c> explicitly.</summary>
    public bool? MigrateAtStartup { get; set; }

    public bool ShouldMigrateAtStartup => MigrateAtStartup ?? IsSqlite;

    public bool IsSqlite => string.Equals(Provider, DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase);

    public bool IsPostgres => string.Equals(Provider, DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase);
}

public static class DatabaseProviders
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}
