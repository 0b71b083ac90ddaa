using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Shouldly;

namespace Perhesilta.IntegrationTests.Calendar;

/// <summary>
/// The closure days are held in memory: a closure saved by another instance (here: a database context of its own,
/// without this process's interceptors) is seen within 30 seconds; until then the copy is used.
/// </summary>
public abstract class ClosureCacheTests(CustomApp custom)
{
    private const string DueDate = "/api/v1/calendar/due-date?rule=reply-to-contact&start=2032-02-02";

    [Fact]
    public async Task A_closure_saved_by_another_instance_is_seen_within_thirty_seconds()
    {
        var app = custom.App;
        (await DueAsync(app)).ShouldBe("2032-02-05");

        // Wednesday 4.2.2032, saved as another instance would save it: this process is not told.
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        await using (var other = OtherInstance(app))
        {
            other.Add(new CountyClosure { Date = new DateOnly(2032, 2, 4), Reason = "Toisen instanssin sulkupäivä", CreatedByUserId = admin.Id, CreatedAt = DateTime.UtcNow });
            await other.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        custom.Clock.Advance(TimeSpan.FromSeconds(29));
        (await DueAsync(app)).ShouldBe("2032-02-05");

        custom.Clock.Advance(TimeSpan.FromSeconds(2));
        (await DueAsync(app)).ShouldBe("2032-02-06");
    }

    private static PerhesiltaDbContext OtherInstance(PerhesiltaApp app)
    {
        using var scope = app.Services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>().Database.GetConnectionString()!;
        var builder = new DbContextOptionsBuilder<PerhesiltaDbContext>();
        DataServices.Configure(builder, app.Services.GetRequiredService<DatabaseOptions>(), connection);
        return new PerhesiltaDbContext(builder.Options);
    }

    private static async Task<string> DueAsync(PerhesiltaApp app)
    {
        using var http = app.CreateClient();
        using var response = await http.GetAsync(DueDate, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["due"]!.GetValue<string>();
    }

    public sealed class OnSqlite(ClockedCalendarSqliteApp app) : ClosureCacheTests(app), IClassFixture<ClockedCalendarSqliteApp>;

    public sealed class OnPostgres(ClockedCalendarPostgresApp app) : ClosureCacheTests(app), IClassFixture<ClockedCalendarPostgresApp>;
}

public sealed class ClockedCalendarSqliteApp() : CustomApp(new SqliteApp())
{
    protected override void Configure(PerhesiltaApp app) => app.TestServices.Add(services => services.AddSingleton<TimeProvider>(Clock));
}

public sealed class ClockedCalendarPostgresApp(PostgresCluster cluster) : CustomApp(new PostgresApp(cluster))
{
    protected override void Configure(PerhesiltaApp app) => app.TestServices.Add(services => services.AddSingleton<TimeProvider>(Clock));
}
