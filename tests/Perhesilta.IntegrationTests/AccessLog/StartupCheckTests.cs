using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Shouldly;

namespace Perhesilta.IntegrationTests.AccessLog;

/// <summary>The application refuses to start while an endpoint does not say whether it shows client data.</summary>
public sealed class StartupCheckTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void A_page_without_ClientData_or_NoClientData_stops_the_start_and_is_named()
    {
        // Not disposed here: the fixture disposes the applications derived from it.
        var factory = ProbePages.WithPages(app, ProbePages.Unmarked, ProbePages.Plain, ProbePages.Anonymous);

        var error = Should.Throw<Exception>(() => factory.Server);

        var message = Flatten(error);
        message.ShouldContain("/test/probe/unmarked: neither [ClientData] nor [NoClientData]");
        message.ShouldNotContain("/test/probe/plain");
        message.ShouldNotContain("/test/probe/anonymous");
    }

    [Fact]
    public void A_page_whose_ClientData_names_a_missing_route_value_stops_the_start()
    {
        var factory = ProbePages.WithPages(app, ProbePages.WrongRouteKey);

        var error = Should.Throw<Exception>(() => factory.Server);

        Flatten(error).ShouldContain("/test/probe/wrong-key/{id}: [ClientData] names the route value 'familyId'");
    }

    [Fact]
    public void Correctly_marked_pages_start_normally()
    {
        var factory = ProbePages.WithPages(app, ProbePages.Client, ProbePages.Plain, ProbePages.Anonymous);

        Should.NotThrow(() => factory.Server);
    }

    [Fact]
    public void Minimal_api_endpoints_must_be_marked_and_must_log_through_WithClientData()
    {
        ClientDataStartupCheck.Check(Endpoint("/api/v1/x/{id}"), new EndpointMetadataCollection()).ShouldBe("neither [ClientData] nor [NoClientData]");
        ClientDataStartupCheck.Check(Endpoint("/api/v1/x/{id}"), new EndpointMetadataCollection(new NoClientDataAttribute())).ShouldBeNull();
        ClientDataStartupCheck.Check(Endpoint("/api/v1/x/{id}"), new EndpointMetadataCollection(new ClientDataAttribute("Family")))
            .ShouldBe("a minimal-API endpoint marked [ClientData] must use .WithClientData(...) so that its views are logged");
        ClientDataStartupCheck.Check(Endpoint("/health"), new EndpointMetadataCollection(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute())).ShouldBeNull();

        var builder = new RouteEndpointBuilder(_ => Task.CompletedTask, RoutePatternFactory.Parse("/api/v1/families/{id}"), 0);
        new ConventionBuilder(builder).WithClientData("Family");
        var marked = (RouteEndpoint)builder.Build();
        ClientDataStartupCheck.Check(marked, marked.Metadata).ShouldBeNull();
    }

    private static RouteEndpoint Endpoint(string pattern) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, EndpointMetadataCollection.Empty, pattern);

    private static string Flatten(Exception error)
    {
        var messages = new List<string>();
        for (var e = (Exception?)error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(i => i.Message));
            }
        }

        return string.Join(Environment.NewLine, messages);
    }

    private sealed class ConventionBuilder(EndpointBuilder builder) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention) => convention(builder);
    }
}
