using System.Globalization;
using System.Net;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.ServiceDirectory;

/// <summary>The public service finder and service page, used as a browser without JavaScript uses them.</summary>
public abstract class ServiceFinderTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_finder_is_a_get_form_with_the_municipalities_and_topics_and_is_linked_from_every_public_page()
    {
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync("/palveluhaku");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("h1").ShouldBe("Palveluhaku");
        var form = page.Document.QuerySelector("#finder-form")!;
        (form.GetAttribute("method"), form.GetAttribute("action")).ShouldBe(("get", "/palveluhaku"));
        page.Document.QuerySelectorAll("#kunta option").Length.ShouldBe(31);
        page.Document.QuerySelector("#kunta option[value='244']")!.TextContent.ShouldBe("Kempele");
        page.Document.QuerySelectorAll("#aihe option").Length.ShouldBe(21);
        page.Document.QuerySelector("#ika")!.GetAttribute("inputmode").ShouldBe("numeric");
        page.Document.QuerySelector("#results").ShouldBeNull();
        page.Document.QuerySelector("#error-summary").ShouldBeNull();
        page.Document.QuerySelector("form[method='post']").ShouldBeNull();
        var linked = await browser.GetAsync("/palveluhaku?kunta=244");
        (linked.Status, linked.Document.QuerySelector("#kunta option[selected]")?.GetAttribute("value")).ShouldBe((HttpStatusCode.OK, "244"));
        linked.Document.QuerySelector("#error-summary").ShouldBeNull();
        var home = await browser.GetAsync("/");
        home.Document.QuerySelector("a#find-services")!.GetAttribute("href").ShouldBe("/palveluhaku");
        home.Document.QuerySelector("a#service-finder-link")!.GetAttribute("href").ShouldBe("/palveluhaku");
    }

    [Fact]
    public async Task A_search_by_municipality_age_and_own_words_shows_the_service_with_everything_a_family_needs_and_why()
    {
        var word = FinderTestData.UniqueWord();
        var service = await FinderTestData.CreateServiceAsync(app, "Perheiden " + word, $"Ryhmä lapsille: {word}", ["244"], ["leisure-services"], 3, 12);
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/palveluhaku");

        var page = await browser.SubmitGetAsync(form, "#finder-form", new Dictionary<string, string> { ["kunta"] = "244", ["ika"] = "7", ["teksti"] = word });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Url.ShouldBe($"/palveluhaku?kunta=244&ika=7&teksti={word}&aihe=");
        page.Document.QuerySelector("#kunta option[selected]")!.GetAttribute("value").ShouldBe("244");
        page.Document.QuerySelector("#ika")!.GetAttribute("value").ShouldBe("7");
        page.Text("#teksti").ShouldBe(word);
        var card = page.Document.QuerySelector("#service-list > li")!;
        card.QuerySelector("h3")!.TextContent.Trim().ShouldBe("Perheiden " + word);
        card.QuerySelector("h3 a")!.GetAttribute("href").ShouldBe($"/palveluhaku/palvelu/{service.Id}?kunta=244&ika=7&teksti={word}");
        string Fact(string name) => card.QuerySelector($"[data-fact='{name}']")!.TextContent.Trim();
        Fact("offers").ShouldBe($"Ryhmä lapsille: {word}");
        Fact("for-whom").ShouldContain("Lapsiperheet");
        Fact("for-whom").ShouldContain("3–12-vuotiaille");
        Fact("access").ShouldContain("Voit ottaa yhteyttä itse, lähetettä ei tarvita.");
        Fact("access").ShouldContain("Soita ja varaa aika.");
        card.QuerySelector("[data-fact='phone'] a")!.GetAttribute("href").ShouldBe("tel:0401234567");
        card.QuerySelector("[data-fact='email'] a")!.GetAttribute("href").ShouldBe("mailto:palvelu@test.perhesilta.example");
        card.QuerySelector("[data-fact='web'] a")!.GetAttribute("href").ShouldBe("https://palvelu.test.perhesilta.example");
        Fact("addresses").ShouldContain("Perhetalo, Testikatu 1, 90100 Oulu");
        var hours = card.QuerySelector("[data-fact='hours']")!;
        hours.TextContent.ShouldContain("ma–pe 8.00–16.00");
        hours.TextContent.ShouldContain("ti 12.00–13.00 (puhelinaika)");
        var tomorrow = DateOnly.FromDateTime(Perhesilta.Platform.Localization.HelsinkiTime.ToLocal(DateTime.UtcNow)).AddDays(1);
        hours.TextContent.ShouldContain($"{tomorrow.ToString("d", new CultureInfo("fi-FI"))} suljettu (koulutuspäivä)");
        Fact("languages").ShouldBe("suomi, ruotsi");
        Fact("cost").ShouldBe("Maksuton");
        Fact("organization").ShouldBe($"Testijärjestö Perheiden {word} (järjestö)");
        card.QuerySelectorAll(".reasons li").Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_service_is_never_shown_for_a_municipality_or_an_age_it_does_not_serve()
    {
        var word = FinderTestData.UniqueWord();
        var service = await FinderTestData.CreateServiceAsync(app, "Nuorten " + word, $"Nuorille: {word}", ["244"], ["leisure-services"], 13, 17);
        using var browser = app.NewBrowser();

        var found = await browser.GetAsync($"/palveluhaku?kunta=244&ika=15&teksti={word}");
        var otherMunicipality = await browser.GetAsync($"/palveluhaku?kunta=564&ika=15&teksti={word}");
        var otherAge = await browser.GetAsync($"/palveluhaku?kunta=244&ika=5&teksti={word}");

        found.Document.QuerySelector($"#service-list a[href^='/palveluhaku/palvelu/{service.Id}']").ShouldNotBeNull();
        otherMunicipality.Document.QuerySelector($"a[href^='/palveluhaku/palvelu/{service.Id}']").ShouldBeNull();
        otherAge.Document.QuerySelector($"a[href^='/palveluhaku/palvelu/{service.Id}']").ShouldBeNull();
    }

    public static TheoryData<string, string, string> BadSearches => new()
    {
        // query, field, what stays in the field
        { "kunta=999&ika=5&teksti=ahdistus", "kunta", "" },
        { "kunta=244&ika=viisi&teksti=ahdistus", "ika", "viisi" },
        { "kunta=244&ika=121&teksti=ahdistus", "ika", "121" },
        { "kunta=244&ika=-1&teksti=ahdistus", "ika", "-1" },
        { "kunta=244&ika=5&teksti=&aihe=", "teksti", "" },
        { $"kunta=244&ika=5&teksti={new string('a', DirectoryLimits.Query + 1)}", "teksti", new string('a', DirectoryLimits.Query + 1) },
        { "kunta=244&ika=5&teksti=&aihe=ei-tallainen-aihe", "aihe", "" },
    };

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task Bad_input_is_explained_next_to_its_field_and_in_a_summary_and_the_form_keeps_what_was_typed(string query, string field, string kept)
    {
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync("/palveluhaku?" + query);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text($"#{field}-error").ShouldNotBeNullOrWhiteSpace();
        page.Document.QuerySelector($"#error-summary a[href='#{field}']")!.TextContent.ShouldBe(page.Text($"#{field}-error"));
        page.Document.QuerySelector($"#{field}")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.Document.QuerySelector($"#{field}")!.GetAttribute("aria-describedby")!.ShouldContain($"{field}-error");
        page.Document.QuerySelector("#results").ShouldBeNull();
        var value = field switch
        {
            "teksti" => page.Text("#teksti"),
            "kunta" or "aihe" => page.Document.QuerySelector($"#{field} option[selected]")?.GetAttribute("value") ?? "",
            _ => page.Document.QuerySelector($"#{field}")!.GetAttribute("value"),
        };
        value.ShouldBe(kept);
        if (field != "teksti")
        {
            page.Text("#teksti").ShouldBe(query.Contains("teksti=ahdistus", StringComparison.Ordinal) ? "ahdistus" : "");
        }
    }

    [Fact]
    public async Task An_empty_result_tells_what_to_try_the_emergency_numbers_and_how_to_ask_service_guidance_for_help()
    {
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync($"/palveluhaku?kunta=244&ika=&teksti={FinderTestData.UniqueWord()}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#results-heading").ShouldBe("Hakutulokset (0)");
        page.Text("#no-results").ShouldContain("valita aihe");
        page.Document.QuerySelector("#no-results a")!.GetAttribute("href").ShouldBe("/pyyda-apua?kunta=244");
        page.Text("#emergency").ShouldContain("112");
        page.Text("#emergency").ShouldContain("sosiaalipäivys");
    }

    [Fact]
    public async Task The_service_page_shows_everything_and_leads_back_to_the_search_it_was_found_with()
    {
        var word = FinderTestData.UniqueWord();
        var service = await FinderTestData.CreateServiceAsync(app, "Perheiden " + word, $"Ryhmä: {word}", ["244", "564"], ["leisure-services"]);
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync($"/palveluhaku/palvelu/{service.Id}?kunta=244&teksti={word}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("h1").ShouldBe("Perheiden " + word);
        page.Document.QuerySelector("#back")!.GetAttribute("href").ShouldBe($"/palveluhaku?kunta=244&teksti={word}#results");
        page.Text("[data-fact='municipalities']").ShouldBe("Kempele, Oulu");
        page.Text("[data-fact='service-types']").ShouldNotBeNullOrWhiteSpace();
        page.Text("[data-fact='addresses']").ShouldContain("Esteettömyys: Esteetön sisäänkäynti");
        page.Text("#checked-on").ShouldStartWith("Tiedot tarkistettu");
        (await browser.GetAsync($"/palveluhaku/palvelu/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_service_page_speaks_the_readers_language_and_names_the_languages_in_it()
    {
        var service = await FinderTestData.CreateServiceAsync(app, "Perheiden " + FinderTestData.UniqueWord(), "Kuvaus", ["244"], ["leisure-services"]);
        using var browser = app.NewBrowser();
        await browser.GetAsync("/language/sv?returnUrl=/");

        var page = await browser.GetAsync($"/palveluhaku/palvelu/{service.Id}");

        page.Text("h1").ShouldEndWith("(sv)");
        page.Text("[data-fact='languages']").ShouldBe("finska, svenska");
        page.Text("[data-fact='cost']").ShouldBe("Avgiftsfri");
        page.Text("[data-fact='hours']").ShouldContain("mån–fre");
    }

    public sealed class OnSqlite(SqliteApp app) : ServiceFinderTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ServiceFinderTests(app), IClassFixture<PostgresApp>;
}
