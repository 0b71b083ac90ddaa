using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Operations;
using Shouldly;

namespace Perhesilta.IntegrationTests.AccessLog;

/// <summary>
/// The production deployment on PostgreSQL: an owner role migrates and grants; the application runs as a role that
/// may only read and append to the access log and has no DDL rights, so it can neither drop the triggers nor remove
/// or change log rows by any route.
/// </summary>
public sealed class PostgresRolesTests(PostgresCluster cluster)
{
    [Fact]
    public async Task The_application_role_appends_to_the_log_but_cannot_change_delete_truncate_it_or_drop_its_triggers()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (database, owner, appRole) = ($"perhesilta_roles_{suffix}", $"owner_{suffix}", $"app_{suffix}");
        await AsSuperuserAsync(
            $"CREATE ROLE {owner} LOGIN",
            $"CREATE ROLE {appRole} LOGIN",
            $"CREATE DATABASE {database} OWNER {owner}");

        await using (var migrator = new RoleApp(cluster, database, owner, migrate: true))
        {
            await migrator.InitializeAsync();
            var grant = migrator.Services.GetServices<IAdminCommand>().Single(c => c.Name == "grant-app-role");
            (await grant.RunAsync(migrator.Services, [appRole], CancellationToken.None)).ShouldBe(0);
        }

        await using var app = new RoleApp(cluster, database, appRole, migrate: false);
        await app.InitializeAsync();

        // A real change through the pipeline, as the application role: a guide takes a contact, logged with it.
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using (var browser = await StaffTestData.SignedInAsync(app, guide))
        {
            var url = $"/desk/contacts/{contact.Id}";
            (await browser.SubmitAsync(await browser.GetAsync(url), "#claim-form")).Location.ShouldBe(url);
        }

        (await DeskTestData.FindAsync(app, contact.Id)).Status.ShouldBe(ContactStatus.InProgress);
        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldContain(e => e.Action == AccessAction.Change && e.ActorUserId == guide.Id);

        var appConnection = RoleConnection(database, appRole);
        foreach (var sql in new[]
        {
            """DELETE FROM "AccessLogEntries" """,
            """UPDATE "AccessLogEntries" SET "RecordId" = 'x'""",
            """TRUNCATE "AccessLogEntries" """,
            """DROP TRIGGER "AccessLogEntries_no_update_or_delete" ON "AccessLogEntries" """,
            """ALTER TABLE "AccessLogEntries" DISABLE TRIGGER ALL""",
            """CREATE TABLE "Sneaky" ("Id" int)""",
        })
        {
            var refused = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(appConnection, sql));
            refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<VerifyAccessLog>().HandleAsync(CancellationToken.None);
        verification.Ok.ShouldBeTrue();
        verification.EntriesChecked.ShouldBeGreaterThanOrEqualTo(2);
    }

    private string RoleConnection(string database, string role) =>
        new NpgsqlConnectionStringBuilder(cluster.ConnectionString(database)) { Username = role, Pooling = false }.ConnectionString;

    private async Task AsSuperuserAsync(params string[] statements)
    {
        foreach (var sql in statements)
        {
            await ExecuteAsync(cluster.ConnectionString("postgres") + ";Pooling=false", sql);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The application on a database of its own, connected as a role of the test.</summary>
    private sealed class RoleApp : PerhesiltaApp
    {
        private readonly string _connectionString;

        public RoleApp(PostgresCluster cluster, string database, string role, bool migrate)
        {
            _connectionString = new NpgsqlConnectionStringBuilder(cluster.ConnectionString(database)) { Username = role }.ConnectionString;
            Settings["Database:MigrateAtStartup"] = migrate ? "true" : "false";
        }

        public override string Provider => DatabaseProviders.Postgres;

        protected override string ConnectionString => _connectionString;
    }
}
