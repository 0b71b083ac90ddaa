using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.Demo;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Desk;

/// <summary>
/// Issue 4 from end to end: a parent sends the form; a guide of the area takes the contact while a colleague racing
/// for it is told who took it; the guide records phone guidance and a reception visit, links the family, makes a
/// request with consent (SHL 35 §) and closes the contact with an outcome, which the parent's status page then shows.
/// </summary>
public sealed class DeskJourneyTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";

    [Fact]
    public async Task A_guide_takes_a_new_contact_works_it_through_and_closes_it_while_a_racing_colleague_is_told_it_was_taken()
    {
        var (reference, statusUrl) = await ParentAsksForHelpAsync();
        var colleague = await CreateOuluGuideAsync();

        await using var guideContext = await host.NewContextAsync();
        await using var colleagueContext = await host.NewContextAsync();
        var guide = await DemoSignIn.SignedInPageAsync(guideContext, Guide);
        var other = await DemoSignIn.SignedInPageAsync(colleagueContext, colleague);

        // Both open the new contact from the queue's "new" view; the guide takes it first.
        foreach (var page in new[] { guide, other })
        {
            await page.GotoAsync("/desk");
            await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Yhteydenotto {reference}");
        }

        await guide.GetByRole(AriaRole.Button, new() { Name = "Otan tämän käsittelyyn" }).ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Status)).Not.ToBeEmptyAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Otan tämän käsittelyyn" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Yhteydenoton otti jo Olli Ohjaaja");
        await Axe.AssertNoViolationsAsync(other);

        // Phone guidance, then the first reception visit.
        await RecordActionAsync(guide, "Puhelinohjaus", "25", "Soitin äidille, sovittiin käynti perhekeskukseen.");
        await Expect(guide.Locator("#status")).ToHaveTextAsync("Yhteyttä otettu");
        await RecordActionAsync(guide, "Ohjauskäynti", "60", "Ensimmäinen ohjauskäynti.");
        await Expect(guide.Locator("#timeline-actions h3")).ToHaveTextAsync(["Puhelinohjaus", "1. ohjauskäynti"]);

        // The family record, made from the contact's own details.
        await guide.GetByRole(AriaRole.Link, new() { Name = "Linkitä perhe" }).ClickAsync();
        var child = guide.GetByRole(AriaRole.Group, new() { Name = "Henkilö 2" });
        await child.GetByLabel("Rooli").SelectOptionAsync("Child");
        await child.GetByLabel("Etunimi").FillAsync("Eetu");
        await child.GetByLabel("Sukunimi").FillAsync("Polkutestinen");
        await child.GetByLabel("Syntymäaika").FillAsync("2019-04-12");
        await guide.GetByRole(AriaRole.Button, new() { Name = "Luo perhe ja linkitä" }).ClickAsync();
        await Expect(guide.Locator("#contact-family")).ToContainTextAsync("Eetu Polkutestinen");

        // A contact with the family's consent to have their need assessed (SHL 35 §, LSL 25 a §).
        await guide.GetByRole(AriaRole.Link, new() { Name = "Kirjaa lakisääteinen ilmoitus" }).ClickAsync();
        await guide.GetByLabel("Yhteydenotto perheen luvalla", new() { Exact = true }).CheckAsync();
        await guide.GetByLabel("Kuka antoi suostumuksen?").FillAsync("äiti");
        await guide.GetByLabel("Suullisesti").CheckAsync();
        await guide.GetByLabel("Vastaanottava yksikkö").FillAsync("Perhesosiaalityön alkuarvio");
        await guide.GetByLabel("Peruste").FillAsync("Äiti kertoi jaksamisen loppuneen; perhe tarvitsee palvelutarpeen arvion.");
        await guide.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(guide.Locator("#routes")).ToContainTextAsync("Sosiaalihuoltolaki 35 §, lastensuojelulaki 25 a §");

        // Closed with its outcome.
        await guide.GetByRole(AriaRole.Link, new() { Name = "Sulje yhteydenotto" }).ClickAsync();
        await guide.GetByLabel("Ilmoitus tai yhteydenotto tehty", new() { Exact = true }).CheckAsync();
        await guide.GetByRole(AriaRole.Group, new() { Name = "Saiko perhe apua tällä yhdellä yhteydenotolla?" }).GetByLabel("Ei").CheckAsync();
        await guide.GetByRole(AriaRole.Button, new() { Name = "Sulje yhteydenotto" }).ClickAsync();
        await Expect(guide.Locator("#status")).ToHaveTextAsync("Suljettu");
        await Expect(guide.Locator("#outcome-value")).ToHaveTextAsync("Ilmoitus tai yhteydenotto tehty");
        await Axe.AssertNoViolationsAsync(guide);

        // The parent's private status page follows, with nothing personal on it.
        await using var familyContext = await host.NewContextAsync(360, 800);
        var family = await familyContext.NewPageAsync();
        await family.GotoAsync(statusUrl);
        await Expect(family.Locator("#status")).ToHaveTextAsync("Asia on päätetty");
        await Expect(family.Locator("main")).Not.ToContainTextAsync("Polkutestinen");
    }

    private async Task<(string Reference, string StatusUrl)> ParentAsksForHelpAsync()
    {
        await using var context = await host.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/pyyda-apua");
        await page.Locator("#requester").CheckAsync();
        await page.Locator("#kind").CheckAsync();
        await page.Locator("#municipalityCode").SelectOptionAsync("564");
        await page.Locator("#childAges").FillAsync("7");
        await page.Locator("#topics").CheckAsync();
        await page.Locator("#description").FillAsync("Seitsemänvuotias ei jaksa koulussa ja minä en jaksa kotona. (Kuvitteellinen testi.)");
        await page.Locator("#urgency").CheckAsync();
        await page.Locator("#contactName").FillAsync("Pirjo Polkutestinen");
        await page.Locator("#phone").FillAsync("040 000 0007");
        await page.Locator("#contactMethod").CheckAsync();
        await page.Locator("#consentToContactProfessionals").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kiitos, pyyntösi on vastaanotettu");
        var reference = (await page.Locator("#reference-code").TextContentAsync())!.Trim();
        var statusUrl = (await page.Locator("#status-link").GetAttributeAsync("href"))!;
        return (reference, statusUrl);
    }

    private static async Task RecordActionAsync(IPage page, string kind, string minutes, string note)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Kirjaa toimenpide" }).ClickAsync();
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Kesto (minuuttia)").FillAsync(minutes);
        await page.GetByLabel("Muistiinpano").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna toimenpide" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Toimenpide kirjattiin.");
    }

    /// <summary>A second fictional guide of the Oulu area, with the demo password and authenticator secret.</summary>
    private async Task<string> CreateOuluGuideAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var store = (IUserAuthenticatorKeyStore<StaffUser>)scope.ServiceProvider.GetRequiredService<IUserStore<StaffUser>>();
        var email = $"kilpa.{Guid.NewGuid():N}@test.perhesilta.example";
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Kaisa Kilpaohjaaja", CreatedAt = DateTime.UtcNow };
        Check(await users.CreateAsync(user, DemoData.Password));
        Check(await users.AddToRoleAsync(user, StaffRoles.ServiceGuide));
        await store.SetAuthenticatorKeyAsync(user, DemoData.TotpSecret, CancellationToken.None);
        Check(await users.UpdateAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        var oulu = await db.Set<Area>().SingleAsync(a => a.Code == "oulu");
        db.Add(new StaffArea { UserId = user.Id, AreaId = oulu.Id });
        await db.SaveChangesAsync();
        return email;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Creating the test guide failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
