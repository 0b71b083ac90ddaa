using System.Net;
using System.Text.Json.Nodes;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.ServiceDirectory;

public abstract class HsdsApiTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Services_come_in_pages_as_the_HSDS_API_reference_says_and_only_active_ones_by_default()
    {
        var directory = await HsdsTestData.CreateAsync(app);
        await HsdsTestData.CreateAsync(app);
        using var client = app.CreateClient();

        var first = await GetAsync(client, "/api/v1/hsds/services?page=1&per_page=1");

        var total = (int)first["total_items"]!;
        total.ShouldBeGreaterThanOrEqualTo(2);
        ((int)first["total_pages"]!).ShouldBe(total);
        ((int)first["page_number"]!).ShouldBe(1);
        ((int)first["size"]!).ShouldBe(1);
        ((bool)first["first_page"]!).ShouldBeTrue();
        ((bool)first["last_page"]!).ShouldBeFalse();
        ((bool)first["empty"]!).ShouldBeFalse();

        var last = await GetAsync(client, $"/api/v1/hsds/services?page={total}&per_page=1");
        ((bool)last["last_page"]!).ShouldBeTrue();
        ((bool)last["first_page"]!).ShouldBeFalse();

        var ids = new List<string>();
        var pages = (total + 199) / 200;
        for (var page = 1; page <= pages; page++)
        {
            var contents = (await GetAsync(client, $"/api/v1/hsds/services?page={page}&per_page=200"))["contents"]!.AsArray();
            foreach (var service in contents)
            {
                await OfficialSchemas.AssertValidAsync("service", service!);
                ((string)service!["status"]!).ShouldBe("active");
                ids.Add((string)service["id"]!);
            }
        }

        ids.Count.ShouldBe(total);
        ids.ShouldContain(directory.ServiceId.ToString());
        ids.ShouldNotContain(directory.InactiveServiceId.ToString());

        var inactive = await GetAsync(client, "/api/v1/hsds/services?status=inactive&per_page=200");
        inactive["contents"]!.AsArray().Select(s => (string)s!["id"]!).ShouldContain(directory.InactiveServiceId.ToString());
    }

    [Fact]
    public async Task One_service_is_fully_nested_and_valid_and_lang_chooses_the_language_of_its_texts()
    {
        var directory = await HsdsTestData.CreateAsync(app);
        using var client = app.CreateClient();

        var service = await GetAsync(client, $"/api/v1/hsds/services/{directory.ServiceId}");
        await OfficialSchemas.AssertValidAsync("service", service);
        ((string)service["name"]!).ShouldStartWith("Perheneuvola");
        ((string)service["organization"]!["id"]!).ShouldBe(directory.OrganizationId.ToString());
        var at = service["service_at_locations"]![0]!;
        await OfficialSchemas.AssertValidAsync("service_at_location", at);
        ((string)at["location"]!["name"]!).ShouldBe("Perhekeskus Keskusta");

        var swedish = await GetAsync(client, $"/api/v1/hsds/services/{directory.ServiceId}?lang=sv");
        ((string)swedish["name"]!).ShouldStartWith("Familjerådgivning");
        ((string)swedish["eligibility_description"]!).ShouldBe("Oululaiset lapsiperheet.");
        HsdsExportTests.Translation(swedish, "name:fi").ShouldStartWith("Perheneuvola");

        var inactive = await GetAsync(client, $"/api/v1/hsds/services/{directory.InactiveServiceId}");
        ((string)inactive["status"]!).ShouldBe("inactive");
    }

    [Fact]
    public async Task Organisations_and_locations_are_listed_and_shown_valid()
    {
        var directory = await HsdsTestData.CreateAsync(app);
        using var client = app.CreateClient();

        var organizations = await GetAsync(client, "/api/v1/hsds/organizations?per_page=200");
        ((int)organizations["total_items"]!).ShouldBeGreaterThanOrEqualTo(1);
        foreach (var organization in organizations["contents"]!.AsArray())
        {
            await OfficialSchemas.AssertValidAsync("organization", organization!);
        }

        var one = await GetAsync(client, $"/api/v1/hsds/organizations/{directory.OrganizationId}?lang=en");
        await OfficialSchemas.AssertValidAsync("organization", one);
        ((string)one["name"]!).ShouldStartWith("Testikunta en");

        var locations = await GetAsync(client, "/api/v1/hsds/locations?per_page=200");
        foreach (var location in locations["contents"]!.AsArray())
        {
            await OfficialSchemas.AssertValidAsync("location", location!);
        }

        var place = await GetAsync(client, $"/api/v1/hsds/locations/{directory.LocationId}");
        await OfficialSchemas.AssertValidAsync("location", place);
        ((string)place["addresses"]![0]!["city"]!).ShouldBe("Oulu");

        foreach (var path in new[] { "services", "organizations", "locations" })
        {
            var missing = await client.GetAsync($"/api/v1/hsds/{path}/{Guid.NewGuid()}", TestContext.Current.CancellationToken);
            missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }
    }

    [Theory]
    [InlineData("/api/v1/hsds/services?page=0", "page")]
    [InlineData("/api/v1/hsds/services?page=abc", "page")]
    [InlineData("/api/v1/hsds/services?page=-1", "page")]
    [InlineData("/api/v1/hsds/services?per_page=0", "per_page")]
    [InlineData("/api/v1/hsds/services?per_page=201", "per_page")]
    [InlineData("/api/v1/hsds/organizations?per_page=x", "per_page")]
    [InlineData("/api/v1/hsds/locations?page=1.5", "page")]
    [InlineData("/api/v1/hsds/services?lang=de", "lang")]
    [InlineData("/api/v1/hsds/services?status=open", "status")]
    [InlineData("/api/v1/hsds/services/not-an-id", "id")]
    [InlineData("/api/v1/hsds/locations/123", "id")]
    public async Task A_bad_parameter_is_answered_with_400_problem_details_naming_it(string url, string parameter)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe([parameter]);
        ((string)problem["errors"]![parameter]![0]!).ShouldNotBeNullOrWhiteSpace();
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
    }

    public sealed class OnSqlite(SqliteApp app) : HsdsApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : HsdsApiTests(app), IClassFixture<PostgresApp>;
}

/// <summary>The HSDS API has the directory's rate limit: past it, 429 with a problem document and Retry-After.</summary>
public sealed class HsdsApiRateLimitTests(HsdsApiRateLimitTests.LimitedApp app) : IClassFixture<HsdsApiRateLimitTests.LimitedApp>
{
    [Fact]
    public async Task Requests_past_the_limit_get_429()
    {
        using var client = app.App.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/api/v1/hsds/organizations", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await client.GetAsync("/api/v1/hsds/locations", TestContext.Current.CancellationToken);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    public sealed class LimitedApp() : Account.CustomApp(new SqliteApp())
    {
        protected override void Configure(PerhesiltaApp app) => app.Settings["ServiceDirectory:ApiRateLimitPermits"] = "3";
    }
}
