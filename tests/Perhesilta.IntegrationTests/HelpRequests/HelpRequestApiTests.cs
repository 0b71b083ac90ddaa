using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;
using static Perhesilta.IntegrationTests.HelpRequests.HelpRequestTestData;

namespace Perhesilta.IntegrationTests.HelpRequests;

/// <summary><c>POST /api/v1/help-requests</c>: the same help request from another system, exactly once per key.</summary>
public abstract class HelpRequestApiTests(PerhesiltaApp app)
{
    private const string Url = "/api/v1/help-requests";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static JsonObject Request(string marker) => new()
    {
        ["kind"] = "familyRequest",
        ["requester"] = "youngPerson",
        ["municipalityCode"] = Municipality,
        ["childAges"] = new JsonArray(15),
        ["topics"] = new JsonArray("school-bullying"),
        ["description"] = "Minua kiusataan koulussa " + marker,
        ["urgency"] = "urgent",
        ["contactMethod"] = "phone",
        ["contactName"] = "Testi Nuori",
        ["phone"] = "+358400000005",
        ["callbackDate"] = "2026-12-01",
        ["callbackFrom"] = "14:00",
        ["callbackTo"] = "16:00",
        ["preferredLanguage"] = "sv",
        ["interpreterNeeded"] = false,
        ["consentToContactProfessionals"] = false,
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, JsonNode body, string? key)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            message.Headers.Add("Idempotency-Key", key);
        }

        return await http.SendAsync(message, Cancel);
    }

    [Fact]
    public async Task A_request_is_created_once_and_a_replay_with_the_same_key_returns_the_same_receipt()
    {
        var marker = Marker();
        var key = Guid.NewGuid().ToString();
        using var http = app.CreateClient();

        var created = await PostAsync(http, Request(marker), key);
        var replayed = await PostAsync(http, Request(marker), key);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        replayed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonNode.Parse(await created.Content.ReadAsStringAsync(Cancel))!;
        (await replayed.Content.ReadAsStringAsync(Cancel)).ShouldBe(body.ToJsonString());
        var contact = await ContactAsync(app, marker);
        body["referenceCode"]!.GetValue<string>().ShouldBe(contact.ReferenceCode);
        body["respondBy"]!.GetValue<string>().ShouldBe(ExpectedRespondBy().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var statusUrl = body["statusUrl"]!.GetValue<string>();
        created.Headers.Location!.ToString().ShouldBe(statusUrl);
        contact.StatusTokenHash.ShouldBe(Hash(TokenOf(statusUrl)));
        contact.Channel.ShouldBe(ContactChannel.Api);
        contact.Requester.ShouldBe(RequesterRole.YoungPerson);
        contact.Urgency.ShouldBe(FeltUrgency.Urgent);
        contact.CallbackDate.ShouldBe(new DateOnly(2026, 12, 1));
        contact.CallbackFrom.ShouldBe(new TimeOnly(14, 0));
        contact.PreferredLanguage.ShouldBe("sv");
        (await CountAsync(app, marker)).ShouldBe(1);

        using var browser = app.NewBrowser();
        var status = await browser.GetAsync(new Uri(statusUrl).PathAndQuery);
        status.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_calls_with_the_same_key_make_one_contact()
    {
        var marker = Marker();
        var key = Guid.NewGuid().ToString("N");
        using var http = app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(http, Request(marker), key)));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created || s == HttpStatusCode.OK);
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        var codes = await Task.WhenAll(responses.Select(async r => JsonNode.Parse(await r.Content.ReadAsStringAsync(Cancel))!["referenceCode"]!.GetValue<string>()));
        codes.Distinct().Count().ShouldBe(1);
        (await CountAsync(app, marker)).ShouldBe(1);
    }

    [Fact]
    public async Task Bad_input_gets_a_validation_problem_with_field_errors_and_saves_nothing()
    {
        var marker = Marker();
        var body = Request(marker);
        body["municipalityCode"] = "999";
        body["childAges"] = new JsonArray(4, 30);
        body["topics"] = new JsonArray("no-such-topic");
        body["phone"] = "abc";
        using var http = app.CreateClient();

        var response = await PostAsync(http, body, Guid.NewGuid().ToString());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        problem["errors"]!["municipalityCode"]![0]!.GetValue<string>().ShouldStartWith("Kuntaa ei löydy");
        problem["errors"]!["childAges"]![0]!.GetValue<string>().ShouldBe("Iän pitää olla 0–25 vuotta.");
        problem["errors"]!["topics"]![0]!.GetValue<string>().ShouldStartWith("Valittu aihe ei ole aiheluettelossa.");
        problem["errors"]!["phone"]![0]!.GetValue<string>().ShouldStartWith("Puhelinnumerossa voi olla vain numeroita");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_enum_value_or_broken_json_is_refused()
    {
        var marker = Marker();
        var body = Request(marker);
        body["urgency"] = "yesterday";
        using var http = app.CreateClient();

        var unknown = await PostAsync(http, body, Guid.NewGuid().ToString());
        using var broken = new StringContent("{\"kind\": \"familyRequest\", \"description\": \"" + marker, Encoding.UTF8, "application/json");
        broken.Headers.Add("Idempotency-Key", "broken-" + marker);
        var truncated = await http.PostAsync(Url, broken, Cancel);

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonNode.Parse(await unknown.Content.ReadAsStringAsync(Cancel))!["errors"]!["urgency"]![0]!.GetValue<string>().ShouldStartWith("Pyynnön runko ei ole kelvollista JSONia");
        truncated.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF_8_are_refused()
    {
        var marker = Marker();
        var json = Encoding.UTF8.GetBytes(Request(marker).ToJsonString());
        var text = Encoding.UTF8.GetString(json);
        var at = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var bytes = json.Take(at).Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(json.Skip(at)).ToArray();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");
        content.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var http = app.CreateClient();

        var response = await http.PostAsync(Url, content, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_idempotency_key_is_refused()
    {
        var marker = Marker();
        using var http = app.CreateClient();

        var response = await PostAsync(http, Request(marker), key: null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        problem["errors"]!["Idempotency-Key"]![0]!.GetValue<string>().ShouldStartWith("Otsake Idempotency-Key puuttuu tai on virheellinen");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task The_wrong_content_type_is_refused_with_415()
    {
        var marker = Marker();
        using var http = app.CreateClient();
        using var content = new FormUrlEncodedContent([new("description", marker)]);
        content.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await http.PostAsync(Url, content, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!["title"]!.GetValue<string>().ShouldBe("Pyynnön sisältötyypin pitää olla application/json.");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413()
    {
        var marker = Marker();
        var body = Request(marker);
        body["description"] = marker + new string('x', 100_000);
        using var http = app.CreateClient();

        var response = await PostAsync(http, body, Guid.NewGuid().ToString());

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!["title"]!.GetValue<string>().ShouldBe("Pyyntö on liian suuri.");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task The_endpoint_is_in_the_OpenAPI_document_with_its_use_case_name()
    {
        using var http = app.CreateClient();

        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json", Cancel))!;

        var operation = document["paths"]![Url]!["post"]!;
        operation["operationId"]!.GetValue<string>().ShouldBe("SubmitHelpRequest");
        operation["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ShouldContain("Idempotency-Key");
        operation["requestBody"]!["content"]!["application/json"].ShouldNotBeNull();
        operation["responses"]!["201"].ShouldNotBeNull();
        operation["responses"]!["400"].ShouldNotBeNull();
    }

    public sealed class OnSqlite(SqliteApp app) : HelpRequestApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : HelpRequestApiTests(app), IClassFixture<PostgresApp>;
}
