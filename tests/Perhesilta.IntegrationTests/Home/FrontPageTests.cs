using System.Net;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Home;

public abstract class FrontPageTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_front_page_is_in_Finnish_by_default_and_links_to_asking_for_help()
    {
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync("/");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.DocumentElement.GetAttribute("lang").ShouldBe("fi");
        page.Text("h1").ShouldBe("Yksi yhteydenotto riittää");
        page.Document.QuerySelector("a[href='/pyyda-apua']")!.TextContent.ShouldBe("Pyydä apua");
        page.Document.QuerySelector("a[href='/account/sign-in']")!.TextContent.ShouldBe("Kirjaudu sisään");
    }

    [Theory]
    [InlineData("sv", "En kontakt räcker", "Logga in")]
    [InlineData("en", "One contact is enough", "Sign in")]
    public async Task The_language_switch_persists_the_choice_and_returns_to_the_same_page(string code, string heading, string signIn)
    {
        using var browser = app.NewBrowser();
        var front = await browser.GetAsync("/pyyda-apua");
        var link = front.Document.QuerySelector($"nav a[hreflang='{code}']")!.GetAttribute("href")!;

        var switched = await browser.GetAsync(link);
        switched.Status.ShouldBe(HttpStatusCode.Redirect);
        switched.Location.ShouldBe("/pyyda-apua");

        var page = await browser.GetAsync("/");
        page.Document.DocumentElement.GetAttribute("lang").ShouldBe(code);
        page.Text("h1").ShouldBe(heading);
        page.Document.QuerySelector("a[href='/account/sign-in']")!.TextContent.ShouldBe(signIn);
    }

    [Fact]
    public async Task An_unknown_language_is_refused_with_a_clear_message_and_changes_nothing()
    {
        using var browser = app.NewBrowser();
        var response = await browser.GetAsync("/language/de?returnUrl=/");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Body.ShouldContain("\"de\"");
        response.Response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task The_language_switch_never_redirects_to_another_site()
    {
        using var browser = app.NewBrowser();
        var response = await browser.GetAsync("/language/en?returnUrl=//evil.example/");

        response.Location.ShouldBe("/");
    }

    [Fact]
    public async Task Health_checks_report_live_and_ready()
    {
        using var browser = app.NewBrowser();
        (await browser.GetAsync("/health/live")).Status.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/health/ready")).Status.ShouldBe(HttpStatusCode.OK);
    }

    public sealed class OnSqlite(SqliteApp app) : FrontPageTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : FrontPageTests(app), IClassFixture<PostgresApp>;
}
