using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Mail;
using Shouldly;
using static Perhesilta.IntegrationTests.HelpRequests.HelpRequestTestData;

namespace Perhesilta.IntegrationTests.HelpRequests;

/// <summary>
/// Sending is limited per client address (here to three in ten minutes); reading the form is not. The application here
/// also has its public address configured, which the status links in e-mail use whatever Host the request named.
/// </summary>
public abstract class RateLimitTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Sending_too_often_gets_a_clear_429_on_the_form_and_the_api_and_saves_nothing()
    {
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var first = Marker();
        for (var i = 0; i < 3; i++)
        {
            (await browser.SubmitAsync(form, "#help-request-form", Family(i == 0 ? first : Marker()))).Status.ShouldBe(HttpStatusCode.Redirect);
            form = await browser.GetAsync("/pyyda-apua");
        }

        var mail = await app.WithDbAsync(db => db.Set<OutgoingMail>().SingleAsync(m => m.To == first + "@test.perhesilta.example"));
        mail.TextBody.ShouldContain("https://perhesilta.example/tila/");

        var marker = Marker();
        var limited = await browser.SubmitAsync(form, "#help-request-form", Family(marker));

        limited.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Text("h1").ShouldBe("Liian monta pyyntöä");
        limited.Response.Headers.RetryAfter.ShouldNotBeNull();
        (await browser.GetAsync("/pyyda-apua")).Status.ShouldBe(HttpStatusCode.OK);

        using var http = app.CreateClient();
        using var content = new StringContent("{\"description\": \"" + marker + "\"}", Encoding.UTF8, "application/json");
        content.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var api = await http.PostAsync("/api/v1/help-requests", content, TestContext.Current.CancellationToken);
        api.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        JsonNode.Parse(await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["title"]!.GetValue<string>()
            .ShouldBe("Liian monta pyyntöä lyhyessä ajassa. Yritä muutaman minuutin kuluttua uudelleen.");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    public sealed class OnSqlite(LimitedSqliteApp app) : RateLimitTests(app.App), IClassFixture<LimitedSqliteApp>;

    public sealed class OnPostgres(LimitedPostgresApp app) : RateLimitTests(app.App), IClassFixture<LimitedPostgresApp>;
}

public sealed class LimitedSqliteApp() : CustomApp(new SqliteApp())
{
    protected override void Configure(PerhesiltaApp app) => LimitedApp.Configure(app);
}

public sealed class LimitedPostgresApp(PostgresCluster cluster) : CustomApp(new PostgresApp(cluster))
{
    protected override void Configure(PerhesiltaApp app) => LimitedApp.Configure(app);
}

internal static class LimitedApp
{
    public static void Configure(PerhesiltaApp app)
    {
        app.Settings["HelpRequests:RateLimitPermits"] = "3";
        app.Settings["App:PublicBaseUrl"] = "https://perhesilta.example/";
    }
}
