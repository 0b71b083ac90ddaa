using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.ServiceDirectory;

/// <summary>An administrator imports HSDS files through the pages: a refused file, one with errors, one that imports.</summary>
public sealed partial class HsdsImportBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task The_import_pages_show_errors_and_results_and_pass_axe()
    {
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, "yllapitaja@perhesilta.example");

        await page.GetByRole(AriaRole.Link, new() { Name = "HSDS-tiedonvaihto" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("HSDS-tiedonvaihto");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tuo HSDS-tiedosto" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tuo HSDS-aineisto");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Aloita tuonti" }).ClickAsync();
        await Expect(page.Locator("#file-error")).ToHaveTextAsync("Valitse tuotava tiedosto.");
        await Axe.AssertNoViolationsAsync(page);

        var serviceId = Guid.NewGuid();
        await UploadAsync(page, Set(serviceId, closesAt: "07:00"));
        await Expect(page).ToHaveURLAsync(StatusPath());
        await Expect(page.Locator("#errors-heading")).ToHaveTextAsync("Aineistossa on virheitä: 1", new() { Timeout = 30_000 });
        await Expect(page.Locator("#import-errors tbody tr")).ToHaveTextAsync(new Regex($"service {serviceId}\\s*schedules\\[0\\]\\.closes_at"));
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tuo toinen tiedosto" }).ClickAsync();
        await UploadAsync(page, Set(serviceId, closesAt: "12:00"));
        await Expect(page.Locator("#import-result")).ToHaveTextAsync("Tuonti valmis: 3 luotu, 0 muutettu, 0 ennallaan.", new() { Timeout = 30_000 });
        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task UploadAsync(IPage page, string json)
    {
        await page.GetByLabel("HSDS-tiedosto (JSON)").SetInputFilesAsync(new FilePayload
        {
            Name = "hsds.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(json),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Aloita tuonti" }).ClickAsync();
    }

    private static string Set(Guid service, string closesAt)
    {
        var organization = Guid.NewGuid();
        var location = Guid.NewGuid();
        return $$"""
        {
          "organizations": [ { "id": "{{organization}}", "name": "Selainyhdistys ry", "description": "Järjestö." } ],
          "locations": [ { "id": "{{location}}", "location_type": "physical", "organization_id": "{{organization}}", "name": "Olohuone",
            "addresses": [ { "id": "{{Guid.NewGuid()}}", "address_1": "Torikatu 7", "city": "Oulu", "state_province": "Oulu", "postal_code": "90100", "country": "FI", "address_type": "physical" } ] } ],
          "services": [ {
            "id": "{{service}}", "organization_id": "{{organization}}", "name": "Vauvakahvila", "description": "Avoin kohtaamispaikka.", "status": "active",
            "service_areas": [ { "id": "{{Guid.NewGuid()}}", "extent": "564", "extent_type": "text" } ],
            "attributes": [ { "id": "{{Guid.NewGuid()}}", "taxonomy_term": { "id": "{{Guid.NewGuid()}}", "name": "Perhetalo", "description": "", "taxonomy": "perhesilta-service-types", "code": "family-meeting-place" } } ],
            "schedules": [ { "id": "{{Guid.NewGuid()}}", "freq": "WEEKLY", "byday": "FR", "opens_at": "09:00", "closes_at": "{{closesAt}}" } ],
            "service_at_locations": [ { "id": "{{Guid.NewGuid()}}", "location_id": "{{location}}" } ]
          } ]
        }
        """;
    }

    [GeneratedRegex("/directory/hsds/import/[0-9a-f-]{36}$")]
    private static partial Regex StatusPath();
}
