using System.Net;
using System.Text.Json.Nodes;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.ServiceDirectory;

public abstract class HsdsExportTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_organisations_export_is_valid_HSDS_3_0_and_says_what_the_directory_says()
    {
        var directory = await HsdsTestData.CreateAsync(app);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(await app.CreateStaffAsync(StaffRoles.Administrator));

        var response = await browser.Http.GetAsync($"/api/v1/hsds/export?organization={directory.OrganizationId}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain("perhesilta-hsds-organization-");
        var package = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        (await OfficialSchemas.AssertPackageValidAsync(package)).ShouldBe(1 + 1 + 2 + 1);

        var service = package["services"]!.AsArray().Single(s => (string)s!["id"]! == directory.ServiceId.ToString())!;
        ((string)service["name"]!).ShouldStartWith("Perheneuvola");
        ((string)service["status"]!).ShouldBe("active");
        ((double)service["minimum_age"]!).ShouldBe(0);
        ((double)service["maximum_age"]!).ShouldBe(17);
        ((string)service["assured_date"]!).ShouldBe("2026-09-01");
        ((string)service["fees_description"]!).ShouldBe("Käyntimaksu 10 €.");
        service["service_areas"]!.AsArray().Select(a => (string)a!["extent"]!).ShouldBe(["244", "564"]);
        service["service_areas"]!.AsArray().Select(a => (string)a!["name"]!).ShouldBe(["Kempele", "Oulu"]);
        service["languages"]!.AsArray().Select(l => (string)l!["code"]!).ShouldBe(["fi", "sv"]);
        Terms(service, "perhesilta-service-types").ShouldBe(["child-youth-mental-health", "family-counselling-clinic"]);
        Translation(service, "name:sv").ShouldStartWith("Familjerådgivning");
        Translation(service, "fees_description:sv").ShouldBe("Besöksavgift 10 €.");

        var ownHours = service["schedules"]!.AsArray();
        ownHours.Count.ShouldBe(2);
        ((string)ownHours[1]!["valid_from"]!).ShouldBe("2026-12-24");
        ((string)ownHours[1]!["valid_to"]!).ShouldBe("2026-12-26");
        ownHours[1]!["opens_at"].ShouldBeNull();
        var phoneHours = ownHours[0]!;
        ((string)phoneHours["freq"]!).ShouldBe("WEEKLY");
        ((string)phoneHours["byday"]!).ShouldBe("TU");
        ((string)phoneHours["opens_at"]!).ShouldBe("09:00");
        ((string)phoneHours["closes_at"]!).ShouldBe("11:00");
        ((string)phoneHours["notes"]!).ShouldBe("puhelinaika");

        var at = service["service_at_locations"]!.AsArray().Single()!;
        ((string)at["location_id"]!).ShouldBe(directory.LocationId.ToString());
        var atHours = at["schedules"]!.AsArray();
        atHours.Select(h => (string?)h!["byday"]).ShouldBe(["MO", "WE", null]);
        ((string)atHours[2]!["valid_from"]!).ShouldBe("2026-12-31");
        ((string)atHours[2]!["closes_at"]!).ShouldBe("12:00");

        var location = package["locations"]!.AsArray().Single(l => (string)l!["id"]! == directory.LocationId.ToString())!;
        ((string)location["location_type"]!).ShouldBe("physical");
        ((double)location["latitude"]!).ShouldBe(65.0121);
        var address = location["addresses"]!.AsArray().Single()!;
        ((string)address["address_1"]!).ShouldBe("Kirkkokatu 1");
        ((string)address["postal_code"]!).ShouldBe("90100");
        ((string)address["state_province"]!).ShouldBe("Oulu");

        var organization = package["organizations"]!.AsArray().Single()!;
        Terms(organization, "perhesilta-organization-kinds").ShouldBe(["municipality"]);
        Terms(organization, "perhesilta-municipalities").ShouldBe(["564"]);
    }

    [Fact]
    public async Task The_whole_directory_exports_with_every_object_valid()
    {
        await HsdsTestData.CreateAsync(app);
        await HsdsTestData.CreateAsync(app, "Toinen kunta");
        using var browser = app.NewBrowser();
        await browser.SignInAsync(await app.CreateStaffAsync(StaffRoles.Administrator));

        var response = await browser.Http.GetAsync("/api/v1/hsds/export", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var package = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        (await OfficialSchemas.AssertPackageValidAsync(package)).ShouldBeGreaterThanOrEqualTo(2 * 5);
    }

    [Fact]
    public async Task The_staff_page_offers_the_downloads_and_only_to_directory_editors_and_administrators()
    {
        var directory = await HsdsTestData.CreateAsync(app);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(await app.CreateStaffAsync(StaffRoles.Administrator));
        var page = await admin.GetAsync("/directory/hsds");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("a#export-all")!.GetAttribute("href").ShouldBe("/api/v1/hsds/export");
        page.Document.QuerySelector($"#export-organization option[value='{directory.OrganizationId}']").ShouldNotBeNull();

        using var editor = app.NewBrowser();
        await editor.SignInAsync(await app.CreateStaffAsync(StaffRoles.DirectoryEditor));
        (await editor.GetAsync("/directory/hsds")).Status.ShouldBe(HttpStatusCode.OK);
        (await editor.Http.GetAsync("/api/v1/hsds/export", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var guide = app.NewBrowser();
        await guide.SignInAsync(await app.CreateStaffAsync(StaffRoles.ServiceGuide));
        (await guide.GetAsync("/directory/hsds")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await guide.Http.GetAsync("/api/v1/hsds/export", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var anonymous = app.NewBrowser();
        (await anonymous.Http.GetAsync("/api/v1/hsds/export", TestContext.Current.CancellationToken)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await anonymous.Http.GetAsync($"/api/v1/hsds/export?organization={Guid.NewGuid()}", TestContext.Current.CancellationToken)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await admin.Http.GetAsync($"/api/v1/hsds/export?organization={Guid.NewGuid()}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.Http.GetAsync("/api/v1/hsds/export?organization=abc", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    internal static IEnumerable<string> Terms(JsonNode record, string taxonomy) =>
        record["attributes"]!.AsArray()
            .Where(a => (string?)a!["taxonomy_term"]!["taxonomy"] == taxonomy)
            .Select(a => (string)a!["taxonomy_term"]!["code"]!);

    internal static string Translation(JsonNode record, string code) =>
        (string)record["attributes"]!.AsArray()
            .Single(a => (string?)a!["taxonomy_term"]!["taxonomy"] == "perhesilta-translations" && (string?)a!["taxonomy_term"]!["code"] == code)!["value"]!;

    public sealed class OnSqlite(SqliteApp app) : HsdsExportTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : HsdsExportTests(app), IClassFixture<PostgresApp>;
}
