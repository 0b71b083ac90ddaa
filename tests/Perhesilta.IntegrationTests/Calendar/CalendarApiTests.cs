using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Shouldly;

namespace Perhesilta.IntegrationTests.Calendar;

/// <summary>
/// <c>GET /api/v1/calendar/non-working-days</c> and <c>/due-date</c>: the documented shapes, the law's worked examples,
/// the county's closures, and every kind of bad input refused with a problem that names it.
/// </summary>
public abstract class CalendarApiTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Easter_2026_lists_its_holidays_and_weekends_with_their_Finnish_names()
    {
        var (status, json) = await GetAsync("/api/v1/calendar/non-working-days?from=2026-04-01&to=2026-04-07");

        status.ShouldBe(HttpStatusCode.OK);
        json.AsObject().Select(p => p.Key).ShouldBe(["days"]);
        var days = json["days"]!.AsArray();
        days.ShouldAllBe(d => d!.AsObject().Select(p => p.Key).SequenceEqual(new[] { "date", "kind", "reason" }));
        Rows(days).ShouldBe(
        [
            "2026-04-03 holiday Pitkäperjantai",
            "2026-04-04 weekend Lauantai",
            "2026-04-05 holiday Pääsiäispäivä",
            "2026-04-06 holiday 2. pääsiäispäivä",
        ]);
    }

    [Theory]
    [InlineData("sv", "2026-12-24 eve Julafton", "2026-12-26 holiday Annandag jul")]
    [InlineData("en", "2026-12-24 eve Christmas Eve", "2026-12-26 holiday St Stephen's Day")]
    public async Task The_reasons_come_in_the_language_asked_for(string lang, string eve, string stStephen)
    {
        var (status, json) = await GetAsync($"/api/v1/calendar/non-working-days?from=2026-12-24&to=2026-12-26&lang={lang}");

        status.ShouldBe(HttpStatusCode.OK);
        var rows = Rows(json["days"]!.AsArray());
        rows.Count.ShouldBe(3);
        rows[0].ShouldBe(eve);
        rows[2].ShouldBe(stStephen);
    }

    [Fact]
    public async Task New_Years_Eve_is_a_working_day_and_Midsummer_Day_is_named_though_it_is_a_Saturday()
    {
        var (_, newYear) = await GetAsync("/api/v1/calendar/non-working-days?from=2026-12-31&to=2027-01-01");
        Rows(newYear["days"]!.AsArray()).ShouldBe(["2027-01-01 holiday Uudenvuodenpäivä"]);

        var (_, midsummer) = await GetAsync("/api/v1/calendar/non-working-days?from=2026-06-19&to=2026-06-20");
        Rows(midsummer["days"]!.AsArray()).ShouldBe(["2026-06-19 eve Juhannusaatto", "2026-06-20 holiday Juhannuspäivä"]);
    }

    [Fact]
    public async Task Ten_years_can_be_asked_for_at_once()
    {
        var (status, json) = await GetAsync("/api/v1/calendar/non-working-days?from=2027-01-01&to=2037-01-01");

        status.ShouldBe(HttpStatusCode.OK);
        var days = json["days"]!.AsArray();
        days.Count.ShouldBeGreaterThan(10 * 104);
        days.First()!["date"]!.GetValue<string>().ShouldBe("2027-01-01");
        days.Last()!["date"]!.GetValue<string>().ShouldBe("2037-01-01");
    }

    [Theory]
    // domain-fi §3 worked examples, and Maundy Thursday 2026 (Good Friday and Easter Monday skipped: Wednesday 15.4.).
    [InlineData("shl36-start", "2025-04-15", "2025-04-28")]
    [InlineData("shl36-start", "2025-12-19", "2026-01-05")]
    [InlineData("shl36-start", "2026-06-16", "2026-06-26")]
    [InlineData("shl36-complete", "2025-11-30", "2026-02-28")]
    [InlineData("lsl26-decision", "2026-04-02", "2026-04-15")]
    [InlineData("lsl26-complete", "2026-04-02", "2026-07-02")]
    [InlineData("client-plan", "2026-12-18", "2027-01-07")]
    [InlineData("client-plan-review", "2024-02-29", "2025-02-28")]
    [InlineData("reply-to-contact", "2026-04-02", "2026-04-09")]
    [InlineData("reply-to-referral", "2026-12-23", "2027-01-04")]
    [InlineData("network-meeting", "2026-12-22", "2027-01-11")]
    public async Task Each_rule_answers_its_due_date_and_basis(string rule, string start, string due)
    {
        var (status, json) = await GetAsync($"/api/v1/calendar/due-date?rule={rule}&start={start}");

        status.ShouldBe(HttpStatusCode.OK);
        json.AsObject().Select(p => p.Key).ShouldBe(["rule", "start", "due", "basis"]);
        json["rule"]!.GetValue<string>().ShouldBe(rule);
        json["start"]!.GetValue<string>().ShouldBe(start);
        json["due"]!.GetValue<string>().ShouldBe(due);
        json["basis"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_basis_names_the_law_or_the_countys_promise_with_its_days()
    {
        (await GetAsync("/api/v1/calendar/due-date?rule=lsl26-decision&start=2026-04-02")).Json["basis"]!.GetValue<string>()
            .ShouldStartWith("LsL 417/2007 26 §: sosiaalityöntekijän on viimeistään seitsemäntenä arkipäivänä");
        (await GetAsync("/api/v1/calendar/due-date?rule=reply-to-contact&start=2026-04-02")).Json["basis"]!.GetValue<string>()
            .ShouldBe("Hyvinvointialueen palvelulupaus: yhteydenottoon vastataan 3 arkipäivän kuluessa (saapumispäivää ei lasketa).");
        (await GetAsync("/api/v1/calendar/due-date?rule=shl36-start&start=2026-04-02&lang=en")).Json["basis"]!.GetValue<string>()
            .ShouldStartWith("Social Welfare Act 1301/2014 s. 36: the service-need assessment must begin by the 7th working day");
    }

    [Fact]
    public async Task An_urgent_assessment_start_is_due_the_same_day()
    {
        var (status, json) = await GetAsync("/api/v1/calendar/due-date?rule=shl36-start&start=2026-04-03&urgent=true");

        status.ShouldBe(HttpStatusCode.OK);
        json["due"]!.GetValue<string>().ShouldBe("2026-04-03");
        json["basis"]!.GetValue<string>().ShouldContain("välittömästi");
        (await GetAsync("/api/v1/calendar/due-date?rule=shl36-start&start=2026-04-03&urgent=false")).Json["due"]!.GetValue<string>().ShouldBe("2026-04-15");
    }

    [Fact]
    public async Task A_county_closure_is_listed_with_its_reason_and_moves_due_dates_at_once()
    {
        // Thursday 2.1.2031, the day after New Year's Day; Monday 6.1.2031 is Epiphany.
        (await GetAsync("/api/v1/calendar/due-date?rule=reply-to-contact&start=2030-12-30")).Json["due"]!.GetValue<string>().ShouldBe("2031-01-03");
        await app.WithServicesAsync(async services =>
        {
            var admin = await app.CreateStaffAsync(Perhesilta.Platform.Auth.StaffRoles.Administrator);
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            db.Add(new CountyClosure { Date = new DateOnly(2031, 1, 2), Reason = "Välipäivä: toimipisteet suljettu", CreatedByUserId = admin.Id, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var (_, days) = await GetAsync("/api/v1/calendar/non-working-days?from=2031-01-01&to=2031-01-06&lang=en");
        Rows(days["days"]!.AsArray()).ShouldBe(
        [
            "2031-01-01 holiday New Year's Day",
            "2031-01-02 closure Välipäivä: toimipisteet suljettu",
            "2031-01-04 weekend Saturday",
            "2031-01-05 weekend Sunday",
            "2031-01-06 holiday Epiphany",
        ]);
        (await GetAsync("/api/v1/calendar/due-date?rule=reply-to-contact&start=2030-12-30")).Json["due"]!.GetValue<string>().ShouldBe("2031-01-07");
        (await GetAsync("/api/v1/calendar/due-date?rule=shl36-complete&start=2030-12-30")).Json["due"]!.GetValue<string>().ShouldBe("2031-03-30");
    }

    [Theory]
    [InlineData("?to=2026-04-07", "from", "Parametri from puuttuu: anna päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2026-04-03.")]
    [InlineData("?from=2026-04-01", "to", "Parametri to puuttuu: anna päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2026-04-03.")]
    [InlineData("?from=3.4.2026&to=2026-04-07", "from", "from=3.4.2026 ei ole päivämäärä muodossa VVVV-KK-PP (esimerkiksi 2026-04-03).")]
    [InlineData("?from=2026-02-30&to=2026-04-07", "from", "from=2026-02-30 ei ole päivämäärä muodossa VVVV-KK-PP (esimerkiksi 2026-04-03).")]
    [InlineData("?from=2026-04-08&to=2026-04-07", "to", "Alkupäivä from (2026-04-08) on loppupäivän to (2026-04-07) jälkeen.")]
    [InlineData("?from=2026-01-01&to=2036-01-02", "to", "Aikaväli 2026-01-01–2036-01-02 on liian pitkä: kerralla voi kysyä enintään 10 vuotta.")]
    [InlineData("?from=1999-12-31&to=2000-01-02", "from", "from=1999-12-31 on kalenterin ulkopuolella: päivämäärän on oltava välillä 2000-01-01–2100-12-31.")]
    [InlineData("?from=2026-04-01&to=2026-04-07&lang=de", "lang", "lang=de ei kelpaa: kieli on fi, sv tai en.")]
    public async Task Bad_input_to_the_non_working_days_is_a_400_problem_that_says_what_is_wrong(string query, string parameter, string message) =>
        await ShouldBeProblemAsync("/api/v1/calendar/non-working-days" + query, parameter, message);

    [Theory]
    [InlineData("?start=2026-04-02", "rule", "Parametri rule puuttuu. Tunnetut säännöt: shl36-start, shl36-complete, lsl26-decision, lsl26-complete, client-plan, client-plan-review, reply-to-contact, reply-to-referral, network-meeting.")]
    [InlineData("?rule=shl36&start=2026-04-02", "rule", "Tuntematon sääntö ”shl36”. Tunnetut säännöt: shl36-start, shl36-complete, lsl26-decision, lsl26-complete, client-plan, client-plan-review, reply-to-contact, reply-to-referral, network-meeting.")]
    [InlineData("?rule=shl36-start", "start", "Parametri start puuttuu: anna päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2026-04-03.")]
    [InlineData("?rule=shl36-start&start=2026-4-2", "start", "start=2026-4-2 ei ole päivämäärä muodossa VVVV-KK-PP (esimerkiksi 2026-04-03).")]
    [InlineData("?rule=shl36-start&start=2101-01-01", "start", "start=2101-01-01 on kalenterin ulkopuolella: päivämäärän on oltava välillä 2000-01-01–2100-12-31.")]
    [InlineData("?rule=shl36-start&start=2026-04-02&urgent=kyllä", "urgent", "urgent=kyllä ei kelpaa: arvo on true tai false.")]
    [InlineData("?rule=lsl26-decision&start=2026-04-02&urgent=true", "urgent", "urgent koskee vain sääntöä shl36-start (kiireellinen avun tarve arvioidaan välittömästi), ei sääntöä lsl26-decision.")]
    [InlineData("?rule=lsl26-decision&start=2026-04-02&lang=EN", "lang", "lang=EN ei kelpaa: kieli on fi, sv tai en.")]
    public async Task Bad_input_to_the_due_date_is_a_400_problem_that_says_what_is_wrong(string query, string parameter, string message) =>
        await ShouldBeProblemAsync("/api/v1/calendar/due-date" + query, parameter, message);

    [Fact]
    public async Task An_unknown_rule_is_explained_in_English_when_English_is_asked_for()
    {
        var (status, json) = await GetAsync("/api/v1/calendar/due-date?rule=sh136-start&start=2026-04-02&lang=en");

        status.ShouldBe(HttpStatusCode.BadRequest);
        json["title"]!.GetValue<string>().ShouldBe("The request has an error");
        json["errors"]!["rule"]![0]!.GetValue<string>().ShouldStartWith("Unknown rule \"sh136-start\". Known rules: shl36-start, ");
    }

    [Fact]
    public async Task Every_error_of_a_query_is_reported_at_once()
    {
        var (status, json) = await GetAsync("/api/v1/calendar/due-date?rule=nope&start=huomenna");

        status.ShouldBe(HttpStatusCode.BadRequest);
        json["errors"]!.AsObject().Select(p => p.Key).ShouldBe(["rule", "start"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_both_operations_and_their_parameters()
    {
        var (status, json) = await GetAsync("/openapi/v1.json");

        status.ShouldBe(HttpStatusCode.OK);
        var days = json["paths"]!["/api/v1/calendar/non-working-days"]!["get"]!;
        days["operationId"]!.GetValue<string>().ShouldBe("ListNonWorkingDays");
        days["description"]!.GetValue<string>().ShouldContain("closure");
        days["responses"]!.AsObject().Select(p => p.Key).ShouldContain("400");
        days["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ShouldBe(["from", "to", "lang"]);
        days["parameters"]!.AsArray().ShouldAllBe(p => !string.IsNullOrWhiteSpace(p!["description"]!.GetValue<string>()));

        var due = json["paths"]!["/api/v1/calendar/due-date"]!["get"]!;
        due["operationId"]!.GetValue<string>().ShouldBe("CalculateDueDate");
        due["summary"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        due["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "rule")!["description"]!.GetValue<string>().ShouldContain("lsl26-decision");
    }

    private async Task ShouldBeProblemAsync(string url, string parameter, string message)
    {
        var (status, json, mediaType) = await GetWithTypeAsync(url);

        status.ShouldBe(HttpStatusCode.BadRequest);
        mediaType.ShouldBe("application/problem+json");
        json["status"]!.GetValue<int>().ShouldBe(400);
        json["title"]!.GetValue<string>().ShouldBe("Kyselyssä on virhe");
        json["errors"]![parameter]!.AsArray().Select(m => m!.GetValue<string>()).ShouldContain(message);
    }

    private static List<string> Rows(JsonArray days) =>
        days.Select(d => $"{d!["date"]!.GetValue<string>()} {d["kind"]!.GetValue<string>()} {d["reason"]!.GetValue<string>()}").ToList();

    private async Task<(HttpStatusCode Status, JsonNode Json)> GetAsync(string url)
    {
        var (status, json, _) = await GetWithTypeAsync(url);
        return (status, json);
    }

    private async Task<(HttpStatusCode Status, JsonNode Json, string? MediaType)> GetWithTypeAsync(string url)
    {
        using var http = app.CreateClient();
        using var response = await http.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(body)!, response.Content.Headers.ContentType?.MediaType);
    }

    public sealed class OnSqlite(SqliteApp app) : CalendarApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CalendarApiTests(app), IClassFixture<PostgresApp>;
}
