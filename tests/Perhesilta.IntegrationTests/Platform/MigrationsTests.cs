using Microsoft.EntityFrameworkCore;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Platform;

/// <summary>How CI checks that no change to the EF model is missing a migration, for each provider.</summary>
public abstract class MigrationsTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_model_has_no_change_that_lacks_a_migration()
    {
        var pending = await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        pending.ShouldBeFalse($"the EF model differs from the {app.Provider} migrations: run scripts/migrations add NAME");
    }

    [Fact]
    public async Task Every_migration_has_been_applied_at_start_up()
    {
        var pending = await app.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        var applied = await app.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());

        pending.ShouldBeEmpty();
        applied.ShouldNotBeEmpty();
    }

    public sealed class OnSqlite(SqliteApp app) : MigrationsTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : MigrationsTests(app), IClassFixture<PostgresApp>;
}
