using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.HelpRequests;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Desk;

/// <summary>A guide records the work done for a contact and closes it, with the keyboard only; every form and error state passes axe-core.</summary>
public sealed class DeskWorkTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";

    [Fact]
    public async Task A_guide_records_phone_guidance_and_a_reception_visit_and_closes_the_contact_by_keyboard()
    {
        var contact = await CreateContactAsync();
        await using var context = await host.NewContextAsync();
        var page = await GuideOnContactAsync(context, contact);
        await Expect(page.Locator("#time-to-first-contact")).ToHaveTextAsync("Perhettä ei ole vielä tavoitettu.");

        await PressAsync(page.GetByRole(AriaRole.Link, new() { Name = "Kirjaa toimenpide" }), "Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kirjaa toimenpide");
        await Axe.AssertNoViolationsAsync(page);

        // Sent without choosing what was done: the error summary names it.
        await PressAsync(page.GetByLabel("Kesto (minuuttia)"), "Enter");
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("Valitse, mitä tehtiin.");
        await Axe.AssertNoViolationsAsync(page);

        await PressAsync(page.GetByLabel("Puhelinohjaus", new() { Exact = true }), "Space");
        await TypeAsync(page.GetByLabel("Kesto (minuuttia)"), "20");
        await TypeAsync(page.GetByLabel("Muistiinpano"), "Soitin äidille, sovittiin käynti.");
        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Tallenna toimenpide" }), "Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Toimenpide kirjattiin.");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Yhteyttä otettu");
        await Expect(page.Locator("#time-to-first-contact")).ToContainTextAsync("työaikaa");
        await Axe.AssertNoViolationsAsync(page);

        await PressAsync(page.GetByRole(AriaRole.Link, new() { Name = "Kirjaa toimenpide" }), "Enter");
        await PressAsync(page.GetByLabel("Ohjauskäynti", new() { Exact = true }), "Space");
        await TypeAsync(page.GetByLabel("Kesto (minuuttia)"), "45");
        await PressAsync(page.GetByLabel("Kesto (minuuttia)"), "Enter");
        await Expect(page.Locator("#timeline-actions h3")).ToHaveTextAsync(["Puhelinohjaus", "1. ohjauskäynti"]);

        await PressAsync(page.GetByRole(AriaRole.Link, new() { Name = "Sulje yhteydenotto" }), "Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sulje yhteydenotto");
        await Axe.AssertNoViolationsAsync(page);
        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sulje yhteydenotto" }), "Enter");
        await Expect(page.Locator("#outcome-error")).ToHaveTextAsync("Valitse lopputulos. Yhteydenottoa ei voi sulkea ilman sitä.");
        await Axe.AssertNoViolationsAsync(page);

        await PressAsync(page.GetByLabel("Ohjattu palveluun", new() { Exact = true }), "Space");
        await TypeAsync(page.GetByLabel("Palvelu, johon perhe ohjattiin"), "Perheneuvola");
        await PressAsync(page.GetByRole(AriaRole.Group, new() { Name = "Saiko perhe apua tällä yhdellä yhteydenotolla?" }).GetByLabel("Kyllä"), "Space");
        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sulje yhteydenotto" }), "Enter");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Suljettu");
        await Expect(page.Locator("#outcome-value")).ToHaveTextAsync("Ohjattu palveluun");
        await Expect(page.Locator("#outcome-service")).ToHaveTextAsync("Perheneuvola");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_statutory_route_form_and_its_errors_pass_axe_and_a_route_is_recorded_by_keyboard()
    {
        var contact = await CreateContactAsync();
        await using var context = await host.NewContextAsync();
        var page = await GuideOnContactAsync(context, contact);

        await PressAsync(page.GetByRole(AriaRole.Link, new() { Name = "Kirjaa lakisääteinen ilmoitus" }), "Enter");
        await Axe.AssertNoViolationsAsync(page);
        await PressAsync(page.GetByLabel("Yhteydenotto perheen luvalla", new() { Exact = true }), "Space");
        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }), "Enter");
        await Expect(page.Locator("#consent-given-by-error")).ToHaveTextAsync("Kirjoita, kuka perheestä antoi suostumuksen.");
        await Axe.AssertNoViolationsAsync(page);

        await TypeAsync(page.GetByLabel("Kuka antoi suostumuksen?"), "äiti");
        await PressAsync(page.GetByLabel("Suullisesti"), "Space");
        await TypeAsync(page.GetByLabel("Vastaanottava yksikkö"), "Alkuarviotiimi");
        await TypeAsync(page.GetByLabel("Peruste"), "Äiti kertoi jaksamisen loppuneen.");
        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }), "Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Lakisääteinen yhteydenotto tai ilmoitus kirjattiin. Sitä ei voi enää muuttaa.");
        await Expect(page.Locator("#routes")).ToContainTextAsync("Sosiaalihuoltolaki 35 §, lastensuojelulaki 25 a §");
        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task<IPage> GuideOnContactAsync(IBrowserContext context, Contact contact)
    {
        var page = await DemoSignIn.SignedInPageAsync(context, Guide);
        await page.GotoAsync($"/desk/contacts/{contact.Id}");
        return page;
    }

    private static async Task PressAsync(ILocator locator, string key)
    {
        await locator.FocusAsync();
        await locator.PressAsync(key);
    }

    /// <summary>Replaces what the field holds by typing, as a keyboard user would.</summary>
    private static async Task TypeAsync(ILocator locator, string text)
    {
        await locator.FocusAsync();
        await locator.PressAsync("ControlOrMeta+a");
        await locator.PressAsync("Delete");
        await locator.PressSequentiallyAsync(text);
    }

    /// <summary>A parent's request in Oulu, which the demo guide serves, that arrived two hours ago.</summary>
    private Task<Contact> CreateContactAsync() => TestContacts.CreateInOuluAsync(host, "Vauvan uni on katkonaista ja olen väsynyt.");
}
