using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Perhesilta.Platform.Data;

/// <summary>Which constraint a failed save broke, on either database.</summary>
public static class ConstraintViolations
{
    public static bool IsUnique(DbUpdateException ex) => ex.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        _ => false,
    };

    public static bool IsForeignKey(DbUpdateException ex) => ex.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteForeignKey,
        _ => false,
    };

    // SQLite's extended result codes: SQLITE_CONSTRAINT (19) with its kind in the high byte.
    private const int SqliteForeignKey = 787;
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;
}
