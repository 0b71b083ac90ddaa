using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>
/// <c>POST /api/v1/meetings/find-slots</c>: the issue's request and answer shapes, the grid, the working days, Finnish
/// time across the spring change, and every kind of bad input refused with a problem naming the field.
/// </summary>
public abstract class FindSlotsApiTests(PerhesiltaApp app)
{
    private const string Url = "/api/v1/meetings/find-slots";

    [Fact]
    public async Task The_earliest_slots_where_the_required_are_free_list_everyone_free_by_their_own_ids()
    {
        var (status, json) = await PostAsync("""
            {"durationMinutes":60,"from":"2030-11-18T08:00:00+02:00","to":"2030-11-30T00:00:00+02:00",
             "workingHours":{"start":"08:00","end":"16:00"},
             "participants":[
               {"id":"sosiaalityo","required":true,"busy":[{"start":"2030-11-18T08:00:00+02:00","end":"2030-11-18T09:00:00+02:00"}]},
               {"id":42,"required":true,"busy":[{"start":"2030-11-18T07:30:00Z","end":"2030-11-18T07:45:00Z"}]},
               {"id":"koulu","required":false,"busy":[{"start":"2030-11-18T10:00:00+02:00","end":"2030-11-18T12:00:00+02:00"}]}],
             "stepMinutes":15,"limit":4}
            """);

        status.ShouldBe(HttpStatusCode.OK);
        json.AsObject().Select(p => p.Key).ShouldBe(["slots"]);
        var slots = json["slots"]!.AsArray();
        slots.ShouldAllBe(s => s!.AsObject().Select(p => p.Key).SequenceEqual(new[] { "start", "end", "available" }));
        // 09:00 is free for the first, but the second is busy 09:30–09:45; then 09:45 onwards, the third busy from 10:00.
        Rows(slots).ShouldBe(
        [
            "2030-11-18T09:45:00+02:00 2030-11-18T10:45:00+02:00 \"sosiaalityo\",42",
            "2030-11-18T10:00:00+02:00 2030-11-18T11:00:00+02:00 \"sosiaalityo\",42",
            "2030-11-18T10:15:00+02:00 2030-11-18T11:15:00+02:00 \"sosiaalityo\",42",
            "2030-11-18T10:30:00+02:00 2030-11-18T11:30:00+02:00 \"sosiaalityo\",42",
        ]);
    }

    [Fact]
    public async Task Without_step_and_limit_five_slots_come_on_the_quarter_hour_and_a_large_limit_is_capped()
    {
        var (_, json) = await PostAsync(Request("2030-11-18T08:05:00+02:00", "2030-12-31T00:00:00+02:00"));
        Rows(json["slots"]!.AsArray()).Select(r => r[..25]).ShouldBe(
            ["2030-11-18T08:15:00+02:00", "2030-11-18T08:30:00+02:00", "2030-11-18T08:45:00+02:00", "2030-11-18T09:00:00+02:00", "2030-11-18T09:15:00+02:00"]);

        var (status, many) = await PostAsync(Request("2030-11-18T08:00:00+02:00", "2030-12-31T00:00:00+02:00", extra: ",\"limit\":100000"));
        status.ShouldBe(HttpStatusCode.OK);
        many["slots"]!.AsArray().Count.ShouldBe(100);
    }

    [Fact]
    public async Task Holidays_and_weekends_are_skipped_and_times_follow_the_spring_change()
    {
        // Friday 6.12.2030 is Independence Day.
        var (_, independence) = await PostAsync(Request("2030-12-05T16:00:00+02:00", "2030-12-31T00:00:00+02:00", extra: ",\"limit\":1"));
        Rows(independence["slots"]!.AsArray()).Single().ShouldStartWith("2030-12-09T08:00:00+02:00");

        // The clocks go forward on Sunday 30.3.2031: Friday ends in winter time, Monday starts in summer time.
        var (_, spring) = await PostAsync(Request("2031-03-28T15:00:00+02:00", "2031-04-30T00:00:00+03:00", extra: ",\"limit\":2"));
        Rows(spring["slots"]!.AsArray()).Select(r => r[..25]).ShouldBe(["2031-03-28T15:00:00+02:00", "2031-03-31T08:00:00+03:00"]);
    }

    [Fact]
    public async Task No_slot_in_the_range_is_an_empty_list()
    {
        var (status, json) = await PostAsync(Request("2030-11-23T08:00:00+02:00", "2030-11-24T20:00:00+02:00"));

        status.ShouldBe(HttpStatusCode.OK);
        json["slots"]!.AsArray().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\"durationMinutes\":0", "durationMinutes", "durationMinutes on 0: palaverin pituuden on oltava 1–480 minuuttia.")]
    [InlineData("\"durationMinutes\":481", "durationMinutes", "durationMinutes on 481: palaverin pituuden on oltava 1–480 minuuttia.")]
    [InlineData("\"to\":\"2030-11-18T07:00:00+02:00\"", "to", "to (2030-11-18T07:00:00+02:00) ei ole from-ajan (2030-11-18T08:00:00+02:00) jälkeen.")]
    [InlineData("\"to\":\"2031-11-20T08:00:00+02:00\"", "to", "Aikaväli on liian pitkä: kerralla voi hakea enintään 366 päivää.")]
    [InlineData("\"from\":\"2030-11-18 08:00\"", "from", "from ”2030-11-18 08:00” ei ole aika ISO 8601 -muodossa aikavyöhykkeen kanssa (esimerkiksi 2026-11-16T08:00:00+02:00).")]
    [InlineData("\"from\":\"2030-11-18T08:00:00\"", "from", "from ”2030-11-18T08:00:00” ei ole aika ISO 8601 -muodossa aikavyöhykkeen kanssa (esimerkiksi 2026-11-16T08:00:00+02:00).")]
    [InlineData("\"from\":\"2030-02-30T08:00:00+02:00\"", "from", "from ”2030-02-30T08:00:00+02:00” ei ole aika ISO 8601 -muodossa aikavyöhykkeen kanssa (esimerkiksi 2026-11-16T08:00:00+02:00).")]
    [InlineData("\"from\":null", "from", "from puuttuu.")]
    [InlineData("\"workingHours\":{\"start\":\"16:00\",\"end\":\"08:00\"}", "workingHours.end", "Työajan lopun (08:00) on oltava sen alun (16:00) jälkeen.")]
    [InlineData("\"workingHours\":{\"start\":\"8\",\"end\":\"16:00\"}", "workingHours.start", "workingHours.start ”8” ei ole kellonaika muodossa TT:MM (esimerkiksi 08:00).")]
    [InlineData("\"stepMinutes\":0", "stepMinutes", "stepMinutes on 0: aikojen välin on oltava 1–60 minuuttia.")]
    [InlineData("\"limit\":0", "limit", "limit on 0: pyydä vähintään yksi aika.")]
    [InlineData("\"participants\":[]", "participants", "Anna vähintään yksi osallistuja.")]
    [InlineData("\"participants\":[{\"id\":1,\"required\":false}]", "participants", "Vähintään yhden osallistujan on oltava pakollinen (required: true).")]
    [InlineData("\"participants\":[{\"required\":true}]", "participants[0].id", "Osallistujan id puuttuu tai ei ole merkkijono eikä luku.")]
    [InlineData("\"participants\":[{\"id\":\"a\"},{\"id\":\"a\"}]", "participants[1].id", "Sama id \"a\" on usealla osallistujalla.")]
    [InlineData("\"participants\":[{\"id\":1,\"busy\":[{\"start\":\"eilen\",\"end\":\"2030-11-18T09:00:00Z\"}]}]", "participants[0].busy[0].start", "participants[0].busy[0].start ”eilen” ei ole aika ISO 8601 -muodossa aikavyöhykkeen kanssa (esimerkiksi 2026-11-16T08:00:00+02:00).")]
    [InlineData("\"participants\":[{\"id\":1,\"busy\":[{\"start\":\"2030-11-18T09:00:00Z\",\"end\":\"2030-11-18T09:00:00Z\"}]}]", "participants[0].busy[0].end", "Varatun ajan lopun on oltava sen alun jälkeen.")]
    [InlineData("\"durationMinutes\":\"tunti\"", "durationMinutes", "Pyynnön runko ei ole kelvollista JSONia, tai jokin arvo on väärää tyyppiä.")]
    public async Task Bad_input_is_a_400_problem_that_names_the_field(string change, string field, string message) =>
        await ShouldBeProblemAsync(Request("2030-11-18T08:00:00+02:00", "2030-11-30T00:00:00+02:00", extra: "," + change), field, message);

    [Fact]
    public async Task Too_many_participants_or_busy_times_are_refused_before_any_search()
    {
        var participants = string.Join(",", Enumerable.Range(0, 51).Select(i => $"{{\"id\":{i}}}"));
        await ShouldBeProblemAsync(Request("2030-11-18T08:00:00+02:00", "2030-11-30T00:00:00+02:00", extra: $",\"participants\":[{participants}]"), "participants", "Osallistujia on 51: kerralla enintään 50.");

        var busy = string.Join(",", Enumerable.Repeat("{\"start\":\"2030-11-18T09:00:00Z\",\"end\":\"2030-11-18T10:00:00Z\"}", 50_001));
        await ShouldBeProblemAsync(Request("2030-11-18T08:00:00+02:00", "2030-11-30T00:00:00+02:00", extra: $",\"participants\":[{{\"id\":1,\"busy\":[{busy}]}}]"), "participants", "Varattuja aikoja on 50001: kerralla enintään 50000.");
    }

    [Fact]
    public async Task Broken_json_and_other_content_types_are_refused()
    {
        await ShouldBeProblemAsync("{\"durationMinutes\":60,", "$", "Pyynnön runko ei ole kelvollista JSONia, tai jokin arvo on väärää tyyppiä.");

        using var http = app.CreateClient();
        using var content = new StringContent("durationMinutes=60", Encoding.UTF8, "text/plain");
        using var response = await http.PostAsync(Url, content, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_operation_its_body_and_its_answers()
    {
        using var http = app.CreateClient();
        var json = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

        var operation = json["paths"]![Url]!["post"]!;
        operation["operationId"]!.GetValue<string>().ShouldBe("FindSlots");
        operation["description"]!.GetValue<string>().ShouldContain("Europe/Helsinki");
        operation["responses"]!.AsObject().Select(p => p.Key).ShouldBe(["200", "400", "415", "429"], ignoreOrder: true);
        var body = operation["requestBody"]!["content"]!["application/json"]!["schema"]!;
        var schema = body["$ref"] is { } reference ? json["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]]! : body;
        schema["properties"]!.AsObject().Select(p => p.Key).ShouldBe(
            ["durationMinutes", "from", "to", "workingHours", "participants", "stepMinutes", "limit"], ignoreOrder: true);
        schema["properties"]!["durationMinutes"]!["description"]!.GetValue<string>().ShouldContain("480");
        schema["required"].ShouldBeNull("only the handler decides what is missing, with its own message");
    }

    private static string Request(string from, string to, string extra = "") =>
        $"{{\"durationMinutes\":60,\"from\":\"{from}\",\"to\":\"{to}\",\"participants\":[{{\"id\":\"ohjaaja\",\"required\":true,\"busy\":[]}}]{extra}}}";

    private static List<string> Rows(JsonArray slots) =>
        slots.Select(s => $"{s!["start"]!.GetValue<string>()} {s["end"]!.GetValue<string>()} {string.Join(",", s["available"]!.AsArray().Select(a => a!.ToJsonString()))}").ToList();

    private async Task ShouldBeProblemAsync(string body, string field, string message)
    {
        using var http = app.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(Url, content, TestContext.Current.CancellationToken);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        json["title"]!.GetValue<string>().ShouldBe("Pyynnössä on virhe");
        json["errors"]![field]!.AsArray().Select(m => m!.GetValue<string>()).ShouldContain(message);
    }

    [Theory]
    [InlineData("sv", "durationMinutes är 0: mötet ska vara 1–480 minuter långt.")]
    [InlineData("en", "durationMinutes is 0: the meeting must last 1 to 480 minutes.")]
    [InlineData("fi", "durationMinutes on 0: palaverin pituuden on oltava 1–480 minuuttia.")]
    public async Task The_errors_come_in_the_language_lang_asks_for(string lang, string message)
    {
        var (status, json) = await PostAsync(Request("2030-11-18T08:00:00+02:00", "2030-11-30T00:00:00+02:00").Replace("\"durationMinutes\":60", "\"durationMinutes\":0", StringComparison.Ordinal), "?lang=" + lang);

        status.ShouldBe(HttpStatusCode.BadRequest);
        json["errors"]!["durationMinutes"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe([message]);
    }

    [Fact]
    public async Task A_language_that_is_not_fi_sv_or_en_is_refused_before_the_body_is_read()
    {
        var (status, json) = await PostAsync("not json at all", "?lang=de");

        status.ShouldBe(HttpStatusCode.BadRequest);
        json["errors"]!.AsObject().Select(p => p.Key).ShouldBe(["lang"]);
        json["errors"]!["lang"]![0]!.GetValue<string>().ShouldBe("lang=de ei kelpaa: kieli on fi, sv tai en.");

        using var http = app.CreateClient();
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        document["paths"]![Url]!["post"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ShouldBe(["lang"]);
    }

    private async Task<(HttpStatusCode Status, JsonNode Json)> PostAsync(string body, string query = "")
    {
        using var http = app.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(Url + query, content, TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!);
    }

    public sealed class OnSqlite(SqliteApp app) : FindSlotsApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : FindSlotsApiTests(app), IClassFixture<PostgresApp>;
}
