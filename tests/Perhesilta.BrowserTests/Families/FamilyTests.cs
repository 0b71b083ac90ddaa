using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Families;

/// <summary>
/// A guide creates a family from a contact, with the keyboard, and opens it; every state passes axe-core. The
/// identity codes are fictional test codes computed from made-up dates.
/// </summary>
public sealed class FamilyTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";

    /// <summary>Fictional: 7 March 1987, individual number 345, check character H (070387345 mod 31 = 16).</summary>
    private const string ParentCode = "070387-345H";

    [Fact]
    public async Task A_guide_creates_a_family_from_a_contact_with_the_keyboard_and_views_it()
    {
        var contact = await CreateContactAsync();
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Guide);

        await page.GotoAsync($"/desk/contacts/{contact.Id}");
        await Expect(page.Locator("#contact-family")).ToContainTextAsync("Yhteydenottoa ei ole linkitetty perheeseen.");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Linkitä perhe" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Perhe – yhteydenotto {contact.ReferenceCode}");
        var parent = page.GetByRole(AriaRole.Group, new() { Name = "Henkilö 1" });
        await Expect(parent.GetByLabel("Etunimi")).ToHaveValueAsync("Liisa");
        await Expect(parent.GetByLabel("Sukunimi")).ToHaveValueAsync("Selaintestinen");
        await Axe.AssertNoViolationsAsync(page);

        await parent.GetByLabel("Henkilötunnus").FillAsync("070387-3458");
        var child = page.GetByRole(AriaRole.Group, new() { Name = "Henkilö 2" });
        await child.GetByLabel("Rooli").SelectOptionAsync("Child");
        await child.GetByLabel("Etunimi").FillAsync("Aino");
        await child.GetByLabel("Sukunimi").FocusAsync();
        await page.Keyboard.TypeAsync("Selaintestinen");
        await child.GetByLabel("Syntymäaika").FillAsync("2018-05-20");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Henkilötunnuksen tarkistusmerkki ei täsmää.");
        await Expect(child.GetByLabel("Etunimi")).ToHaveValueAsync("Aino");
        await Axe.AssertNoViolationsAsync(page);

        await parent.GetByLabel("Henkilötunnus").FillAsync(ParentCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo perhe ja linkitä" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(host.BaseUrl + $"/desk/contacts/{contact.Id}");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Perhe luotiin ja yhteydenotto linkitettiin siihen.");
        await Expect(page.Locator("#contact-family")).ToContainTextAsync("Aino Selaintestinen");
        await Expect(page.Locator("#contact-family")).Not.ToContainTextAsync(ParentCode);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Avaa perheen tiedot" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Perheen tiedot");
        await Expect(page.Locator("#members")).ToContainTextAsync(ParentCode);
        await Expect(page.Locator($"tr[data-contact='{contact.ReferenceCode}']")).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Muokkaa perheenjäseniä" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Muokkaa perheenjäseniä");
        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>A parent's contact in Oulu, which the demo guide serves, sent now through the same use case as the public form.</summary>
    private async Task<Contact> CreateContactAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var input = new HelpRequestInput
        {
            Kind = ContactKind.FamilyRequest,
            Requester = RequesterRole.Parent,
            MunicipalityCode = "564",
            ChildAges = [8],
            Topics = [await db.Set<Topic>().OrderBy(t => t.SortOrder).Select(t => t.Code).FirstAsync()],
            Description = "Lapsen uniongelmat huolettavat.",
            Urgency = FeltUrgency.Soon,
            ContactMethod = PreferredContactMethod.Email,
            ContactName = "Liisa Selaintestinen",
            Email = "liisa@test.perhesilta.example",
            PreferredLanguage = "fi",
            ConsentToContactProfessionals = false,
        };
        var context = new SubmissionContext(ContactChannel.WebForm, new HashSet<ContactKind> { ContactKind.FamilyRequest }, "family-test:" + Guid.NewGuid());
        var result = await scope.ServiceProvider.GetRequiredService<SubmitHelpRequest>().HandleAsync(input, context);
        return result.Contact ?? throw new InvalidOperationException("The test contact was refused: " + string.Join(", ", result.Errors.All.Select(e => e.Key)));
    }
}
