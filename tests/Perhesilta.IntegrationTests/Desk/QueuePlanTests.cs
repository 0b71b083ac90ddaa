using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

/// <summary>
/// The queue's page queries as EF writes them for PostgreSQL, explained by the planner: each must be able to reach
/// the contacts through an index (with sequential scans switched off, a plan without one means none fits), since
/// closed contacts will far outnumber the open ones.
/// </summary>
public sealed class QueuePlanTests(PostgresApp app, ITestOutputHelper output) : IClassFixture<PostgresApp>
{
    [Theory]
    [InlineData(QueueView.All, QueueSort.Urgency)]
    [InlineData(QueueView.All, QueueSort.Arrival)]
    [InlineData(QueueView.New, QueueSort.Urgency)]
    [InlineData(QueueView.Callbacks, QueueSort.Urgency)]
    [InlineData(QueueView.Mine, QueueSort.Target)]
    [InlineData(QueueView.Waiting, QueueSort.Urgency)]
    [InlineData(QueueView.Closed, QueueSort.Urgency)]
    public async Task The_queue_query_of_each_view_can_use_an_index_of_the_contacts(QueueView view, QueueSort sort)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        await DeskTestData.CreateContactAsync(app, area.Id);

        var plan = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            var find = services.GetRequiredService<FindQueuedContacts>();
            var places = await ServedPlaces.LoadAsync(db, guide.Id, CancellationToken.None);
            var query = new QueueQuery(view, sort);
            var matching = find.Matching(guide.Id, places, query, DateTime.UtcNow);
            var page = FindQueuedContacts.Order(matching, query).Take(FindQueuedContacts.PageSize).Select(c => new { c.Id, c.ReferenceCode, c.Status, c.RespondBy });
            var lines = new List<string>();
            foreach (var command in new[] { page.CreateDbCommand(), matching.Select(c => c.Id).CreateDbCommand() })
            {
                output.WriteLine(command.CommandText);
                lines.AddRange(await ExplainAsync(db, command));
            }

            return lines;
        });

        output.WriteLine(string.Join('\n', plan));
        plan.ShouldNotContain(line => line.Contains("Seq Scan on \"Contact\"", StringComparison.Ordinal));
        plan.Count(line => line.Contains("using \"IX_Contact_", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(2);
    }

    private static async Task<List<string>> ExplainAsync(PerhesiltaDbContext db, DbCommand command)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            command.CommandText = "EXPLAIN " + command.CommandText;
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            return lines;
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("RESET enable_seqscan");
            await db.Database.CloseConnectionAsync();
        }
    }
}

internal static class QueuePlanSupport
{
    public static async Task<T> WithScopeAsync<T>(this PerhesiltaApp app, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
