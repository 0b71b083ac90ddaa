using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Referrals;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Referrals;

/// <summary>The closed loop in a real browser: the guide refers with consent, the professional accepts and books, the guide sees it.</summary>
public sealed class ReferralJourneyTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";
    private const string Professional = "ammattilainen@perhesilta.example";

    [Fact]
    public async Task A_guide_refers_a_family_with_consent_the_professional_accepts_and_books_and_the_guide_sees_the_loop_closed()
    {
        var contact = await TestContacts.CreateInOuluAsync(host, "Arki on raskasta vauvan kanssa, toivomme apua kotiin.", c => c.Children.Add(new ContactChild { Age = 1 }));
        var service = await ProfessionalsServiceAsync();
        await using var guideContext = await host.NewContextAsync();
        var guide = await DemoSignIn.SignedInPageAsync(guideContext, Guide);
        await guide.GotoAsync($"/desk/contacts/{contact.Id}");

        await guide.GetByRole(AriaRole.Link, new() { Name = "Ohjaa perhe palveluun" }).ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ohjaus palveluun");
        await Axe.AssertNoViolationsAsync(guide);
        await guide.GetByLabel("Hae palveluhakemistosta").FillAsync(service.Name.Split(',')[0]);
        await guide.GetByRole(AriaRole.Button, new() { Name = "Hae", Exact = true }).ClickAsync();
        await guide.Locator($"#choices li[data-service='{service.Id}']").GetByRole(AriaRole.Link, new() { Name = "Valitse tämä palvelu" }).ClickAsync();
        await Expect(guide.Locator("#service")).ToContainTextAsync(service.Name);
        await Axe.AssertNoViolationsAsync(guide);

        // Sent without a basis: the error summary says what is missing, and nothing is sent.
        await guide.GetByLabel("Viesti palvelulle").FillAsync("Vauvaperhe tarvitsee apua arkeen kotona.");
        await guide.GetByRole(AriaRole.Button, new() { Name = "Lähetä ohjaus" }).ClickAsync();
        await Expect(guide.Locator("#error-summary")).ToContainTextAsync("Valitse, millä perusteella tiedot luovutetaan");
        await Axe.AssertNoViolationsAsync(guide);

        await guide.GetByLabel("Yhteydenottajan nimi").CheckAsync();
        await guide.GetByLabel("Puhelin, sähköposti ja toivottu yhteydenottotapa").CheckAsync();
        await guide.GetByLabel("Lasten iät").CheckAsync();
        await guide.GetByLabel("Perheen suostumus").CheckAsync();
        var consent = guide.GetByRole(AriaRole.Group, new() { Name = "Suostumus 1" });
        var given = HelsinkiTime.ToLocal(DateTime.UtcNow).AddMinutes(-30);
        await consent.GetByLabel("Suostuja").FillAsync("äiti");
        await consent.GetByLabel("Mihin suostuttiin").FillAsync("Nimi, yhteystiedot ja lasten iät kotipalvelulle avun järjestämiseksi");
        await consent.GetByLabel("Kenelle tiedot saa antaa").FillAsync(service.Name);
        await consent.GetByLabel("Suullisesti").CheckAsync();
        await consent.GetByLabel("Suostumuksen päivä").FillAsync(given.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await consent.GetByLabel("Kellonaika").FillAsync(given.ToString("HH:mm", CultureInfo.InvariantCulture));
        await guide.GetByRole(AriaRole.Button, new() { Name = "Lähetä ohjaus" }).ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ohjaus lähetettiin palvelulle. Palvelun vastausaika alkoi.");
        await Expect(guide.Locator("#referral-status")).ToContainTextAsync("Lähetetty");
        await Axe.AssertNoViolationsAsync(guide);
        var referralId = await ReferralOfAsync(contact.Id);

        await using var professionalContext = await host.NewContextAsync();
        var professional = await DemoSignIn.SignedInPageAsync(professionalContext, Professional);
        await professional.GetByRole(AriaRole.Link, new() { Name = "Saapuneet ohjaukset" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(professional);
        await professional.Locator($"tr[data-referral='{referralId}'] a").ClickAsync();
        await Expect(professional.Locator("#shared-name")).ToHaveTextAsync("Maija Meikäläinen");
        await Expect(professional.Locator("#shared-description")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(professional);
        await professional.GotoAsync($"/inbox/referrals/{referralId}/forward");
        await Expect(professional.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(professional);
        await professional.GotoAsync($"/inbox/referrals/{referralId}");
        var appointment = DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow)).AddDays(4);
        await professional.GetByLabel("Ensimmäisen tapaamisen päivä").FillAsync(appointment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await professional.GetByRole(AriaRole.Button, new() { Name = "Hyväksy ohjaus" }).ClickAsync();
        await Expect(professional.GetByRole(AriaRole.Status)).ToContainTextAsync("Ohjaus hyväksyttiin");
        await Expect(professional.Locator("#referral-status")).ToHaveTextAsync("Hyväksytty");
        await Axe.AssertNoViolationsAsync(professional);

        await guide.GotoAsync($"/desk/contacts/{contact.Id}");
        var card = guide.Locator($"#referrals li[data-referral='{referralId}']");
        await Expect(card.Locator(".referral-status")).ToHaveTextAsync("Hyväksytty");
        await Expect(card.Locator(".referral-first-appointment")).ToContainTextAsync("(4 päivää ohjauksesta)");
        await Axe.AssertNoViolationsAsync(guide);
    }

    /// <summary>A service of Oulu that the demo professional works in.</summary>
    private async Task<(Guid Id, string Name)> ProfessionalsServiceAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var userId = await db.Users.Where(u => u.Email == Professional).Select(u => u.Id).SingleAsync();
        var services = await db.Set<ServiceProfessional>().Where(p => p.UserId == userId)
            .Join(db.Set<DirectoryService>(), p => p.ServiceId, s => s.Id, (_, s) => s).ToListAsync();
        services.ShouldNotBeEmpty("the demo professional works in services of Oulu");
        var service = services.OrderBy(s => s.Name.Fi, StringComparer.Ordinal).First();
        return (service.Id, service.Name.In("fi"));
    }

    private async Task<Guid> ReferralOfAsync(Guid contactId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>().Set<Referral>().Where(r => r.ContactId == contactId).Select(r => r.Id).SingleAsync();
    }
}
