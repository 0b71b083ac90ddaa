using System.Net;
using System.Text.Json;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Platform;

public abstract class OpenApiTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_OpenAPI_document_is_served_without_signing_in()
    {
        using var browser = app.NewBrowser();
        var response = await browser.GetAsync("/openapi/v1.json");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var document = JsonDocument.Parse(response.Body);
        document.RootElement.GetProperty("openapi").GetString()!.ShouldStartWith("3.");
        document.RootElement.GetProperty("info").GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        document.RootElement.TryGetProperty("paths", out _).ShouldBeTrue();
    }

    public sealed class OnSqlite(SqliteApp app) : OpenApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : OpenApiTests(app), IClassFixture<PostgresApp>;
}
