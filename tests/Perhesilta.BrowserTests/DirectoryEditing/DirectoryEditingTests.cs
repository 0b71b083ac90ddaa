using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.DirectoryEditing;

/// <summary>A directory editor adds an organisation and a service, edits the service and reads its history; every page passes axe-core.</summary>
public sealed partial class DirectoryEditingTests(BrowserHost host)
{
    private const string Editor = "hakemisto@perhesilta.example";

    [Fact]
    public async Task A_directory_editor_edits_a_service_and_sees_its_history()
    {
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Editor);
        var organizationName = "Selaintestin perheyhdistys " + Guid.NewGuid().ToString("N")[..6];

        await page.GetByRole(AriaRole.Link, new() { Name = "Palveluhakemisto", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Palveluhakemisto");
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/directory/stale");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tarkistamatta olevat palvelut");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/directory/organizations/new");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Järjestö").CheckAsync();
        await page.GetByLabel("Nimi (suomeksi)").FillAsync(organizationName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(organizationName);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tiedot tallennettiin.");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Uusi toimipaikka" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Uusi palvelu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uusi palvelu");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Nimi (suomeksi): Anna teksti ainakin suomeksi.");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Nimi (suomeksi)").FillAsync("Selaintestin perhekahvila");
        await page.GetByLabel("Kuvaus (suomeksi)").FillAsync("Vertaistukea pikkulapsiperheille.");
        await page.GetByLabel("Äitiysneuvola", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Kempele", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Rivi 1" }).First.GetByLabel("Viikonpäivä").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Group, new() { Name = "Rivi 1" }).First.GetByLabel("Avautuu").FillAsync("09:00");
        await page.GetByRole(AriaRole.Group, new() { Name = "Rivi 1" }).First.GetByLabel("Sulkeutuu").FillAsync("12:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tiedot tallennettiin.");
        await Expect(page).ToHaveURLAsync(ServicePath());

        await page.GetByLabel("Nimi (suomeksi)").FillAsync("Selaintestin perhekahvila Tuulikello");
        await page.GetByLabel("Muhos", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Selaintestin perhekahvila Tuulikello");

        await page.GetByRole(AriaRole.Link, new() { Name = "Muutoshistoria" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Muutoshistoria: Selaintestin perhekahvila Tuulikello");
        var latest = page.Locator("#version-2");
        await Expect(latest).ToContainTextAsync("Hanna Hakemisto");
        await Expect(latest.GetByRole(AriaRole.Row, new() { Name = "Nimi (suomeksi)" })).ToContainTextAsync("Selaintestin perhekahvila Tuulikello");
        await Expect(latest.GetByRole(AriaRole.Row, new() { Name = "Kunnat, joiden asukkaita palvelu palvelee" })).ToContainTextAsync("Lisätty: Muhos");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Näytä versio 1 kokonaan" }).ClickAsync();
        await Expect(page.Locator("#version")).ToContainTextAsync("Selaintestin perhekahvila");
        await Expect(page.Locator("#version")).ToContainTextAsync("tiistai 9.00–12.00");
        await Axe.AssertNoViolationsAsync(page);
    }

    [GeneratedRegex("/directory/services/[0-9a-f-]{36}$")]
    private static partial Regex ServicePath();
}
