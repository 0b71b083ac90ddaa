using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Desk;

/// <summary>A service guide finds a new contact in the inbox, opens it and takes it; every state passes axe-core.</summary>
public sealed class DeskTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";

    [Fact]
    public async Task A_guide_opens_a_new_contact_from_the_inbox_and_takes_it()
    {
        var contact = await CreateContactAsync();
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Guide);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Henkilöstön valikko" }).GetByRole(AriaRole.Link, new() { Name = "Saapuneet" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Saapuneet yhteydenotot");
        var row = page.Locator($"tr[data-contact='{contact.ReferenceCode}']");
        await Expect(row).ToContainTextAsync("Kiireellisyys arvioitava heti");
        await Axe.AssertNoViolationsAsync(page);

        await row.GetByRole(AriaRole.Link, new() { Name = contact.ReferenceCode }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Yhteydenotto {contact.ReferenceCode}");
        await Expect(page.Locator("#description")).ToHaveTextAsync(contact.Description);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Otan tämän käsittelyyn" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Yhteydenotto on nyt käsittelyssäsi.");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Käsittelyssä");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_new_contact_appears_in_an_open_inbox_when_the_guide_returns_to_it()
    {
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Guide);
        await page.GotoAsync("/desk");

        var contact = await CreateContactAsync();
        await Expect(page.Locator($"tr[data-contact='{contact.ReferenceCode}']")).ToHaveCountAsync(0);
        // The enhancement script refreshes the list when the window regains focus (and every 30 seconds).
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('focus'))");

        await Expect(page.Locator($"tr[data-contact='{contact.ReferenceCode}']")).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_guide_answers_anonymous_advice_on_a_phone_sized_screen()
    {
        var contact = await CreateContactAsync(c =>
        {
            c.Kind = ContactKind.AnonymousAdvice;
            c.ContactMethod = PreferredContactMethod.StatusPage;
            c.NeedsImmediateUrgencyAssessment = false;
            (c.ContactName, c.Phone, c.Email) = (null, null, null);
        });
        await using var context = await host.NewContextAsync(width: 360, height: 740);
        var page = await DemoSignIn.SignedInPageAsync(context, Guide);

        await page.GotoAsync($"/desk/contacts/{contact.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Kirjoita vastaus ennen lähettämistä.");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Vastaus", new() { Exact = true }).FillAsync("Neuvola auttaa.\nSoita ajanvaraukseen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
        await Expect(page.Locator("#advice-answer")).ToHaveTextAsync("Neuvola auttaa.\nSoita ajanvaraukseen.");
        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>A child welfare notification in Oulu, which the demo guide serves, arriving now.</summary>
    private async Task<Contact> CreateContactAsync(Action<Contact>? change = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var calendar = scope.ServiceProvider.GetRequiredService<FinnishCalendar>();
        var oulu = await db.Set<Municipality>().SingleAsync(m => m.Code == "564");
        var topic = await db.Set<Topic>().OrderBy(t => t.SortOrder).Select(t => t.Code).FirstAsync();
        var now = DateTime.UtcNow;
        var contact = new Contact
        {
            ReferenceCode = "PS-" + RandomNumberGenerator.GetString("ABCDEFGHJKMNPQRSTVWXYZ23456789", 4) + "-" + RandomNumberGenerator.GetString("ABCDEFGHJKMNPQRSTVWXYZ23456789", 4),
            StatusTokenHash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            InitiatedAt = now,
            Channel = ContactChannel.WebForm,
            Kind = ContactKind.ChildWelfareNotification,
            Requester = RequesterRole.Professional,
            MunicipalityCode = oulu.Code,
            AreaId = oulu.AreaId,
            Description = "Oppilas on ollut poissa koulusta kaksi viikkoa.\nHuoltajia ei ole tavoitettu.",
            Urgency = FeltUrgency.Urgent,
            NeedsImmediateUrgencyAssessment = true,
            RoutedToUnit = "Perhepalvelujen alkuarviotiimi (testi)",
            ProfessionalName = "Kaisa Kuraattori",
            ProfessionalOrganisation = "Testikoulu",
            ContactMethod = PreferredContactMethod.Phone,
            PreferredLanguage = "fi",
            ServiceTask = ServiceTasks.ChildWelfare,
            Status = ContactStatus.Received,
            RespondBy = calendar.AddWorkingDays(DateOnly.FromDateTime(HelsinkiTime.ToLocal(now)), 3),
            UpdatedAt = now,
        };
        contact.Children.Add(new ContactChild { Age = 13 });
        contact.Topics.Add(new ContactTopic { TopicCode = topic });
        change?.Invoke(contact);
        db.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }
}
