using Microsoft.EntityFrameworkCore.Migrations;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.AccessLog;

/// <summary>Thrown when code tries to change or remove an access-log entry.</summary>
public sealed class AccessLogAppendOnlyException(string message) : InvalidOperationException(message);

/// <summary>
/// Database triggers that refuse UPDATE and DELETE (and, on PostgreSQL, TRUNCATE) of access-log entries, so that
/// not even SQL outside the application can quietly rewrite history without first dropping them. The migration
/// <c>AccessLogAppendOnly</c> of each provider creates them.
/// </summary>
public static class AccessLogSchema
{
    private const string Table = AccessLogEntryConfiguration.Table;
    private const string Message = "The access log is append-only: entries cannot be changed or deleted.";

    public static IReadOnlyList<string> CreateAppendOnlyTriggers(string provider) => provider switch
    {
        DatabaseProviders.Sqlite =>
        [
            $"""CREATE TRIGGER "{Table}_no_update" BEFORE UPDATE ON "{Table}" BEGIN SELECT RAISE(ABORT, '{Message}'); END;""",
            $"""CREATE TRIGGER "{Table}_no_delete" BEFORE DELETE ON "{Table}" BEGIN SELECT RAISE(ABORT, '{Message}'); END;""",
        ],
        DatabaseProviders.Postgres =>
        [
            $"""
            CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{Message}' USING ERRCODE = 'restrict_violation';
            END;
            $$;
            """,
            $"""CREATE TRIGGER "{Table}_no_update_or_delete" BEFORE UPDATE OR DELETE ON "{Table}" FOR EACH ROW EXECUTE FUNCTION access_log_append_only();""",
            $"""CREATE TRIGGER "{Table}_no_truncate" BEFORE TRUNCATE ON "{Table}" FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();""",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    public static IReadOnlyList<string> DropAppendOnlyTriggers(string provider) => provider switch
    {
        DatabaseProviders.Sqlite =>
        [
            $"""DROP TRIGGER IF EXISTS "{Table}_no_update";""",
            $"""DROP TRIGGER IF EXISTS "{Table}_no_delete";""",
        ],
        DatabaseProviders.Postgres =>
        [
            $"""DROP TRIGGER IF EXISTS "{Table}_no_update_or_delete" ON "{Table}";""",
            $"""DROP TRIGGER IF EXISTS "{Table}_no_truncate" ON "{Table}";""",
            "DROP FUNCTION IF EXISTS access_log_append_only();",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    /// <summary>For the migrations: creates the triggers of <paramref name="provider"/>.</summary>
    public static void CreateAppendOnlyTriggers(MigrationBuilder migrationBuilder, string provider)
    {
        foreach (var sql in CreateAppendOnlyTriggers(provider))
        {
            migrationBuilder.Sql(sql);
        }
    }

    public static void DropAppendOnlyTriggers(MigrationBuilder migrationBuilder, string provider)
    {
        foreach (var sql in DropAppendOnlyTriggers(provider))
        {
            migrationBuilder.Sql(sql);
        }
    }
}
