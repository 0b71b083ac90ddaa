using System.Net;
using System.Net.Sockets;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Data;
using Shouldly;

namespace Perhesilta.IntegrationTests.Platform;

/// <summary>
/// PostgreSQL that cannot be reached (nothing listens on the port): the application still starts, says it is alive
/// but not ready, and shows people its pages rather than a stack trace.
/// </summary>
public sealed class UnreachableDatabaseTests(UnreachableDatabaseTests.UnreachablePostgresApp app) : IClassFixture<UnreachableDatabaseTests.UnreachablePostgresApp>
{
    [Fact]
    public async Task Readiness_reports_503_while_liveness_stays_200()
    {
        using var browser = app.NewBrowser();

        (await browser.GetAsync("/health/ready")).Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await browser.GetAsync("/health/live")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_front_page_still_answers_without_a_stack_trace()
    {
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync("/");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("h1").ShouldBe("Yksi yhteydenotto riittää");
        page.Body.ShouldNotContain("Exception");
        page.Body.ShouldNotContain(" at Perhesilta.");
        page.Body.ShouldNotContain("Npgsql");
    }

    [Fact]
    public async Task A_page_that_needs_the_database_shows_the_error_page_without_a_stack_trace()
    {
        // The sign-in form needs the anti-forgery keys, which are kept in the database.
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync("/account/sign-in");

        page.Status.ShouldBe(HttpStatusCode.InternalServerError);
        page.Document.DocumentElement.GetAttribute("lang").ShouldBe("fi");
        page.Text("h1").ShouldBe("Jokin meni vikaan");
        page.Body.ShouldNotContain("Exception");
        page.Body.ShouldNotContain("Npgsql");
    }

    /// <summary>The application configured for PostgreSQL on a loopback port where nothing listens.</summary>
    public sealed class UnreachablePostgresApp : PerhesiltaApp
    {
        private readonly int _closedPort = ClosedPort();

        public override string Provider => DatabaseProviders.Postgres;

        protected override string ConnectionString =>
            $"Host=127.0.0.1;Port={_closedPort};Username=postgres;Database=perhesilta_unreachable;Timeout=2;Pooling=false";

        private static int ClosedPort()
        {
            // A port the system just handed out and that is closed again: nothing listens there.
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
