using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.AccessLog;

/// <summary>Pages and endpoints that show client data log each successful view by themselves.</summary>
public abstract class ClientDataLoggingTests(PerhesiltaApp app)
{
    // One application with the probes per fixture; the fixture disposes it with itself.
    private static readonly ConditionalWeakTable<PerhesiltaApp, WebApplicationFactory<Program>> Probes = [];

    private readonly WebApplicationFactory<Program> _probes = Probes.GetValue(app, a =>
        ProbePages.WithPages(a, [ProbePages.Client, ProbePages.Plain], services => services.AddSingleton<IStartupFilter, ProbeEndpoints>()));

    [Fact]
    public async Task Viewing_a_client_data_page_writes_a_view_entry_for_the_record_in_the_route()
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = _probes.NewBrowser();
        await browser.SignInAsync(guide);
        var recordId = NewId();

        var page = await browser.GetAsync($"/test/probe/client/{recordId}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Body.ShouldBe($"probe {recordId}");
        var entries = await EntriesForAsync(recordId);
        var entry = entries.ShouldHaveSingleItem();
        entry.ActorUserId.ShouldBe(guide.Id);
        entry.Action.ShouldBe(AccessAction.View);
        entry.RecordType.ShouldBe("ProbeRecord");
        entry.Purpose.ShouldBe(AccessPurposes.ClientWork);
    }

    [Fact]
    public async Task A_managers_view_is_logged_with_the_purpose_supervision()
    {
        var manager = await app.CreateStaffAsync(StaffRoles.Manager);
        using var browser = _probes.NewBrowser();
        await browser.SignInAsync(manager);
        var recordId = NewId();

        (await browser.GetAsync($"/test/probe/client/{recordId}")).Status.ShouldBe(HttpStatusCode.OK);

        (await EntriesForAsync(recordId)).ShouldHaveSingleItem().Purpose.ShouldBe(AccessPurposes.Supervision);
    }

    [Fact]
    public async Task A_page_marked_NoClientData_writes_no_entry()
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = _probes.NewBrowser();
        await browser.SignInAsync(guide);
        var recordId = NewId();

        var page = await browser.GetAsync($"/test/probe/plain/{recordId}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        (await EntriesForAsync(recordId)).ShouldBeEmpty();
        (await app.WithDbAsync(db => db.Set<AccessLogEntry>().CountAsync(e => e.ActorUserId == guide.Id))).ShouldBe(0);
    }

    [Theory]
    [InlineData("missing", HttpStatusCode.NotFound)]
    [InlineData("moved", HttpStatusCode.Redirect)]
    public async Task An_unsuccessful_answer_from_a_client_data_page_writes_no_entry(string recordId, HttpStatusCode status)
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        using var browser = _probes.NewBrowser();
        await browser.SignInAsync(guide);

        (await browser.GetAsync($"/test/probe/client/{recordId}")).Status.ShouldBe(status);

        (await app.WithDbAsync(db => db.Set<AccessLogEntry>().CountAsync(e => e.ActorUserId == guide.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_sees_nothing_and_nothing_is_logged()
    {
        using var browser = _probes.NewBrowser();
        var recordId = NewId();

        var page = await browser.GetAsync($"/test/probe/client/{recordId}");

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldStartWith("/account/sign-in");
        (await EntriesForAsync(recordId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_minimal_api_endpoint_with_client_data_logs_successful_views_only()
    {
        var professional = await app.CreateStaffAsync(StaffRoles.Professional);
        using var browser = _probes.NewBrowser();
        await browser.SignInAsync(professional);
        var recordId = NewId();

        (await browser.Http.GetAsync($"/test/probe/api/{recordId}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Http.GetAsync("/test/probe/api/missing", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var entry = (await app.WithDbAsync(db => db.Set<AccessLogEntry>().Where(e => e.ActorUserId == professional.Id).ToListAsync())).ShouldHaveSingleItem();
        entry.RecordId.ShouldBe(recordId);
        entry.RecordType.ShouldBe("ProbeRecord");
        entry.Purpose.ShouldBe(AccessPurposes.ClientWork);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");

    private Task<List<AccessLogEntry>> EntriesForAsync(string recordId) =>
        app.WithDbAsync(db => db.Set<AccessLogEntry>().Where(e => e.RecordId == recordId).ToListAsync());

    /// <summary>
    /// Adds a test-only minimal-API endpoint to the application's own endpoints just before the request pipeline is
    /// built, so that it is served by the real pipeline with its authorisation.
    /// </summary>
    private sealed class ProbeEndpoints(MappedEndpoints mapped, IServiceProvider services) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var routes = new ProbeRouteBuilder(services);
            routes.MapGet("/test/probe/api/{id}", (string id) => id == "missing" ? Results.NotFound() : Results.Ok(new { id }))
                .WithClientData("ProbeRecord");
            foreach (var source in routes.DataSources)
            {
                mapped.Sources!.Add(source);
            }

            next(app);
        };
    }

    private sealed class ProbeRouteBuilder(IServiceProvider services) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => services;

        public ICollection<EndpointDataSource> DataSources { get; } = [];

        public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(services);
    }

    public sealed class OnSqlite(SqliteApp app) : ClientDataLoggingTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ClientDataLoggingTests(app), IClassFixture<PostgresApp>;
}
