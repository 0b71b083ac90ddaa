using System.Net;
using System.Text.RegularExpressions;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Embed;

public abstract partial class EmbedTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_administrator_gets_a_link_and_a_script_snippet_for_each_of_the_30_municipalities()
    {
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;

        var page = await browser.GetAsync("/admin/embed");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var sections = page.Document.QuerySelectorAll("#snippets section[data-municipality]");
        sections.Length.ShouldBe(30);
        sections.Select(s => s.GetAttribute("data-municipality")).Distinct().Count().ShouldBe(30);
        foreach (var section in sections)
        {
            var code = section.GetAttribute("data-municipality")!;
            var link = section.QuerySelector("code[data-snippet='link']")!.TextContent;
            link.ShouldBe($"<a href=\"http://localhost/pyyda-apua?kunta={code}\" class=\"perhesilta-apua\" lang=\"fi\" data-perhesilta-apua=\"{code}\">Pyydä apua</a>");
            var script = section.QuerySelector("code[data-snippet='script']")!.TextContent;
            script.ShouldStartWith(link + "\n");
            ScriptTag().IsMatch(script).ShouldBeTrue(script);
            script.ShouldContain($"data-kunta=\"{code}\"");
            link.ShouldNotContain("style=");
        }

        page.Text("#m-564").ShouldBe("Oulu (564)");
        page.Text("#csp-lines").ShouldBe("script-src http://localhost; style-src http://localhost");
    }

    [Fact]
    public async Task The_snippet_carries_the_site_and_language_chosen_and_a_pasted_address_is_reduced_to_its_host()
    {
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;

        var page = await browser.GetAsync("/admin/embed?kunta=678&lahde=" + Uri.EscapeDataString("https://www.Raahe.example/perheet?x=1") + "&kieli=sv");

        var sections = page.Document.QuerySelectorAll("#snippets section[data-municipality]");
        sections.Length.ShouldBe(1);
        page.Document.QuerySelector("#lahde")!.GetAttribute("value").ShouldBe("www.raahe.example");
        var link = page.Text("code[data-snippet='link']");
        link.ShouldBe("<a href=\"http://localhost/language/sv?returnUrl=%2Fpyyda-apua%3Fkunta%3D678%26lahde%3Dwww.raahe.example\" class=\"perhesilta-apua\" lang=\"sv\" data-perhesilta-apua=\"678\">Be om hjälp</a>");
        page.Text("code[data-snippet='script']").ShouldContain("data-kieli=\"sv\" data-lahde=\"www.raahe.example\"");
    }

    [Fact]
    public async Task A_site_that_is_not_a_host_name_is_named_next_to_its_field_and_left_out_of_the_snippets()
    {
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;

        var page = await browser.GetAsync("/admin/embed?kunta=564&lahde=" + Uri.EscapeDataString("\"><script>x</script>"));

        page.Text("#lahde-error").ShouldBe("Kirjoita sivuston osoite muodossa www.kunta.fi (ilman polkua). Koodeissa ei nyt ole lähdettä.");
        page.Document.QuerySelector(".error-summary a[href='#lahde']").ShouldNotBeNull();
        page.Document.QuerySelector("#lahde")!.GetAttribute("value").ShouldBe("\"><script>x</script>");
        page.Text("code[data-snippet='link']").ShouldNotContain("lahde");
        page.Document.QuerySelectorAll("main script").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_snippets_point_to_the_configured_public_address()
    {
        using var configured = new ConfiguredApp(app);
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = configured.NewBrowser();
        await browser.SignInAsync(admin);

        var page = await browser.GetAsync("/admin/embed?kunta=564");

        page.Text("code[data-snippet='link']").ShouldContain("href=\"https://perhesilta.example/pyyda-apua?kunta=564\"");
        page.Text("code[data-snippet='script']").ShouldContain("src=\"https://perhesilta.example/embed/button.js?v=");
    }

    [Theory]
    [InlineData(StaffRoles.ServiceGuide)]
    [InlineData(StaffRoles.Manager)]
    [InlineData(StaffRoles.Professional)]
    public async Task Only_an_administrator_opens_the_snippet_page(string role)
    {
        var staff = await app.CreateStaffAsync(role, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, staff);

        (await browser.GetAsync("/admin/embed")).ShouldBeForbidden("/admin/embed");
    }

    [Theory]
    [InlineData("/embed/button.js", "text/javascript")]
    [InlineData("/embed/button.css", "text/css")]
    public async Task The_button_files_are_served_for_use_on_other_sites_and_cached_by_version(string path, string mediaType)
    {
        using var browser = app.NewBrowser();

        var versioned = (await browser.GetAsync(path + "?v=abc")).Response;
        var plain = (await browser.GetAsync(path)).Response;

        versioned.StatusCode.ShouldBe(HttpStatusCode.OK);
        versioned.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        versioned.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
        versioned.Headers.GetValues("Cross-Origin-Resource-Policy").ShouldBe(["cross-origin"]);
        versioned.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        versioned.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        versioned.Headers.Contains("Content-Security-Policy").ShouldBeFalse();
        plain.Headers.CacheControl!.ToString().ShouldBe("public, max-age=86400");
    }

    [Fact]
    public async Task Our_own_pages_carry_a_strict_content_security_policy()
    {
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync("/");

        var csp = page.Response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("style-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        page.Response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        page.Response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
        page.Document.QuerySelectorAll("script:not([src]), [style]").ShouldBeEmpty();
    }

    [GeneratedRegex("""<script src="http://localhost/embed/button\.js\?v=[A-Za-z0-9_-]+" data-kunta="[0-9]{3}" data-kieli="fi" defer></script>$""")]
    private static partial Regex ScriptTag();

    /// <summary>The application with <c>App:PublicBaseUrl</c> set, on the fixture's database.</summary>
    private sealed class ConfiguredApp(PerhesiltaApp app) : IDisposable
    {
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory =
            app.WithWebHostBuilder(builder => builder.UseSetting("App:PublicBaseUrl", "https://perhesilta.example/"));

        public PageClient NewBrowser() => new(_factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

        public void Dispose() => _factory.Dispose();
    }

    public sealed class OnSqlite(SqliteApp app) : EmbedTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : EmbedTests(app), IClassFixture<PostgresApp>;
}
