using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Operations;

/// <summary>
/// <c>grant-app-role ROLE</c> (PostgreSQL): run by the database owner after each <c>migrate</c>, gives the role the
/// application runs as exactly what it needs, and no more: reading and writing the tables, but on the access log only
/// SELECT and INSERT, and no DDL. Not owning the tables, the role cannot drop or disable the log's triggers, and it
/// cannot UPDATE, DELETE or TRUNCATE log rows even if they were gone.
/// </summary>
/// <remarks>
/// No ALTER DEFAULT PRIVILEGES: a table a later migration creates gets its rights from this command run again, so that
/// a recreated log table never has UPDATE or DELETE in between.
/// </remarks>
internal sealed partial class GrantAppRoleCommand : IAdminCommand
{
    public string Name => "grant-app-role";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count != 1 || !RolePattern().IsMatch(args[0]))
        {
            await Console.Error.WriteLineAsync("Usage: grant-app-role ROLE   (a PostgreSQL role name: lower-case letters, digits and _)");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        if (!db.Database.IsNpgsql())
        {
            await Console.Error.WriteLineAsync("grant-app-role is for PostgreSQL; SQLite has no roles.");
            return 2;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var sql in Statements(args[0]))
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await Console.Out.WriteLineAsync($"Role {args[0]} may now run the application: tables read and written, the access log only read and appended to, no DDL.");
        return 0;
    }

    /// <summary>The statements, for the documentation and for a county that prefers to run them by hand.</summary>
    public static IReadOnlyList<string> Statements(string role)
    {
        var log = AccessLogEntryConfiguration.Table;
        return
        [
            $"""GRANT USAGE ON SCHEMA public TO "{role}";""",
            $"""REVOKE CREATE ON SCHEMA public FROM "{role}";""",
            $"""REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{role}";""",
            $"""GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}";""",
            $"""REVOKE UPDATE, DELETE, TRUNCATE ON "{log}" FROM "{role}";""",
            $"""REVOKE INSERT, UPDATE, DELETE ON "__EFMigrationsHistory" FROM "{role}";""",
            $"""GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}";""",
        ];
    }

    [GeneratedRegex(@"^[a-z_][a-z0-9_]{0,62}\z", RegexOptions.CultureInvariant)]
    private static partial Regex RolePattern();
}
