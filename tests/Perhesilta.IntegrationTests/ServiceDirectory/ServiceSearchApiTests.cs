using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.ServiceDirectory;

/// <summary>
/// <c>GET /api/v1/services/search</c> over the demo directory: the documented shape best first, every kind of bad
/// input refused with a problem naming its field, and the index following the directory's changes at once.
/// </summary>
public abstract class ServiceSearchApiTests(PerhesiltaApp app)
{
    private const string Path = "/api/v1/services/search";

    [Fact]
    public async Task A_search_answers_the_documented_items_best_first_each_serving_the_municipality_and_age()
    {
        var (status, json) = await GetAsync("?q=mua%20ahistaa%20koulussa&municipality=244&age=14&lang=fi&limit=5");

        status.ShouldBe(HttpStatusCode.OK);
        json.AsObject().Select(p => p.Key).ShouldBe(["items"]);
        var items = json["items"]!.AsArray();
        items.Count.ShouldBe(5);
        foreach (var item in items)
        {
            item!.AsObject().Select(p => p.Key).ShouldBe(["id", "name", "serviceTypes", "municipalities", "score", "reasons"]);
            Guid.TryParse(item["id"]!.GetValue<string>(), out _).ShouldBeTrue();
            item["municipalities"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldContain("244");
            item["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldContain("Palvelee: Kempele");
        }

        items.Select(i => i!["score"]!.GetValue<double>()).ShouldBeInOrder(SortDirection.Descending);
        items.SelectMany(i => i!["serviceTypes"]!.AsArray().Select(t => t!.GetValue<string>())).ShouldContain("child-youth-mental-health");
        items[0]!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldContain(r => r.StartsWith("ahistaa → ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_in_Swedish_answers_in_Swedish_and_a_topic_alone_is_a_search()
    {
        var (status, json) = await GetAsync("?q=vi%20ska%20skiljas&municipality=564&age=7&lang=sv&limit=3");
        status.ShouldBe(HttpStatusCode.OK);
        json["items"]!.AsArray().SelectMany(i => i!["reasons"]!.AsArray().Select(r => r!.GetValue<string>())).ShouldContain("Betjänar: Uleåborg");

        var (topicStatus, topicJson) = await GetAsync("?topic=mood-anxiety&municipality=305&age=10");
        topicStatus.ShouldBe(HttpStatusCode.OK);
        topicJson["items"]!.AsArray()[0]!["serviceTypes"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldContain("child-youth-mental-health");
    }

    [Theory]
    [InlineData("?q=apua&municipality=999", "municipality", "Tuntematon kunta. Valitse kunta listasta.")]
    [InlineData("?q=apua&age=121", "age", "Iän pitää olla kokonaisluku väliltä 0–120.")]
    [InlineData("?q=apua&age=-1", "age", "Iän pitää olla kokonaisluku väliltä 0–120.")]
    [InlineData("?q=apua&age=viisi", "age", "Iän pitää olla kokonaisluku väliltä 0–120.")]
    [InlineData("?municipality=564", "q", "Kirjoita, mitä etsit, tai valitse aihe.")]
    [InlineData("?q=%20%20&municipality=564", "q", "Kirjoita, mitä etsit, tai valitse aihe.")]
    [InlineData("?q=apua&topic=no-such-topic", "topic", "Tuntematon aihe.")]
    [InlineData("?q=apua&lang=de", "lang", "Kielen pitää olla fi, sv tai en.")]
    [InlineData("?q=apua&limit=0", "limit", "Tulosten määrän pitää olla väliltä 1–50.")]
    [InlineData("?q=apua&limit=51", "limit", "Tulosten määrän pitää olla väliltä 1–50.")]
    [InlineData("?q=apua&limit=kymmenen", "limit", "Tulosten määrän pitää olla väliltä 1–50.")]
    public async Task Bad_input_is_refused_with_a_problem_naming_the_field(string query, string field, string message)
    {
        var (status, json) = await GetAsync(query);

        status.ShouldBe(HttpStatusCode.BadRequest);
        json["errors"]!.AsObject().Select(p => p.Key).ShouldBe([field]);
        json["errors"]![field]![0]!.GetValue<string>().ShouldBe(message);
        json["title"]!.GetValue<string>().ShouldBe("Haku ei kelpaa.");
    }

    [Theory]
    [InlineData(1001)]
    [InlineData(10_000)]
    public async Task A_text_over_a_thousand_characters_is_refused(int length)
    {
        var (status, json) = await GetAsync("?municipality=564&q=" + new string('a', length));

        status.ShouldBe(HttpStatusCode.BadRequest);
        json["errors"]!["q"]![0]!.GetValue<string>().ShouldBe("Hakuteksti saa olla enintään 1000 merkkiä.");
    }

    [Fact]
    public async Task Errors_are_in_the_language_asked_for()
    {
        var (status, json) = await GetAsync("?q=hj%C3%A4lp&municipality=999&lang=sv");

        status.ShouldBe(HttpStatusCode.BadRequest);
        json["errors"]!["municipality"]![0]!.GetValue<string>().ShouldBe("Okänd kommun. Välj en kommun i listan.");
    }

    [Fact]
    public async Task A_service_saved_now_is_found_at_once_and_not_once_it_is_inactive()
    {
        var word = "Zyx" + Guid.NewGuid().ToString("N")[..8];
        var id = await app.WithDbAsync(async db =>
        {
            var organization = await db.Set<DirectoryOrganization>().FirstAsync(o => o.MunicipalityCode == "244");
            var service = new DirectoryService
            {
                OrganizationId = organization.Id,
                Name = LocalizedText.Of($"{word}-kerho", $"{word}-klubben", $"{word} club"),
                Description = LocalizedText.Of("Kerho koululaisille."),
                MinAge = 7,
                MaxAge = 12,
                CheckedOn = new DateOnly(2026, 11, 1),
            };
            service.ServiceTypes.Add(new DirectoryServiceType { ServiceId = service.Id, ServiceTypeCode = "leisure-services" });
            service.Municipalities.Add(new DirectoryServiceArea { ServiceId = service.Id, MunicipalityCode = "244" });
            db.Add(service);
            DirectoryHistory.Record(db, service, DirectoryChangeSource.Editor, null, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return service.Id;
        });

        (await FoundAsync(word, "244")).ShouldBe([id.ToString()]);
        (await FoundAsync(word, "564")).ShouldBeEmpty();

        await app.WithDbAsync(async db =>
        {
            var service = await db.Set<DirectoryService>().Include(s => s.ServiceTypes).Include(s => s.Municipalities)
                .Include(s => s.Locations).Include(s => s.OpeningHours).SingleAsync(s => s.Id == id);
            service.Status = ServiceStatus.Inactive;
            DirectoryHistory.Record(db, service, DirectoryChangeSource.Editor, null, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        (await FoundAsync(word, "244")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_search()
    {
        using var http = app.CreateClient();
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

        var operation = document["paths"]![Path]!["get"]!;
        operation["operationId"]!.GetValue<string>().ShouldBe("SearchServices");
        operation["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>())
            .ShouldBe(["q", "municipality", "age", "topic", "lang", "limit"], ignoreOrder: true);
        operation["responses"]!.AsObject().Select(r => r.Key).ShouldBe(["200", "400", "429"], ignoreOrder: true);
    }

    private async Task<List<string>> FoundAsync(string word, string municipality)
    {
        var (status, json) = await GetAsync($"?q={word}&municipality={municipality}");
        status.ShouldBe(HttpStatusCode.OK);
        return [.. json["items"]!.AsArray().Where(i => i!["name"]!.GetValue<string>().StartsWith(word, StringComparison.Ordinal)).Select(i => i!["id"]!.GetValue<string>())];
    }

    private async Task<(HttpStatusCode Status, JsonNode Json)> GetAsync(string query)
    {
        using var http = app.CreateClient();
        var response = await http.GetAsync(Path + query, TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!);
    }

    public sealed class OnSqlite(SqliteApp app) : ServiceSearchApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ServiceSearchApiTests(app), IClassFixture<PostgresApp>;
}
