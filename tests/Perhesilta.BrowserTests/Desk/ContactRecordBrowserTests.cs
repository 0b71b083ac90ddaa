using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Desk;

/// <summary>A guide works on a contact with the keyboard: takes it, maps the situation; every state passes axe-core.</summary>
public sealed class ContactRecordBrowserTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";

    [Fact]
    public async Task A_guide_takes_a_contact_and_opens_its_mapping_with_shortcuts_and_every_state_is_accessible()
    {
        var contact = await CreateFamilyRequestAsync();
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Guide);

        await page.GotoAsync($"/desk/contacts/{contact.Id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pikanäppäimet" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.Keyboard.PressAsync("c");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Yhteydenotto on nyt käsittelyssäsi.");
        await Expect(page.Locator("#assigned-to")).ToContainTextAsync("Olli Ohjaaja");

        // Typing in a field is never taken for a shortcut.
        var waiting = page.GetByLabel("Mitä yhteydenotto odottaa?");
        await waiting.FocusAsync();
        await page.Keyboard.PressAsync("m");
        await Expect(waiting).ToHaveValueAsync("m");
        await waiting.FillAsync(" ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Merkitse odottamaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Kirjoita, mitä yhteydenotto odottaa.");
        await Axe.AssertNoViolationsAsync(page);

        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("m");
        await Expect(page).ToHaveURLAsync($"{host.BaseUrl}/desk/contacts/{contact.Id}/mapping");
        await Expect(page.Locator("#original-description")).ToHaveTextAsync(contact.Description);
        await Axe.AssertNoViolationsAsync(page);

        // Enter in a field saves the mapping (it does not add rows), here with an error.
        await page.Locator("#members-0-age").FillAsync("30");
        await page.Locator("#members-0-age").PressAsync("Enter");
        await Expect(page.Locator("#members-0-age-error")).ToHaveTextAsync("Henkilön 1 ikä: anna lapsen ikä kokonaisina vuosina 0–25.");
        await Expect(page.Locator("#members-0-age")).ToHaveValueAsync("30");
        await Axe.AssertNoViolationsAsync(page);

        await page.Locator("#members-0-age").FillAsync("12");
        await page.GetByLabel("Vahvuudet").FillAsync("Isovanhemmat auttavat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna kartoitus" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tilanteen kartoitus tallennettiin.");
        await Expect(page.Locator("#mapping-strengths")).ToHaveTextAsync("Isovanhemmat auttavat");
        await Axe.AssertNoViolationsAsync(page);

        await page.Keyboard.PressAsync("g");
        await page.Keyboard.PressAsync("q");
        await Expect(page).ToHaveURLAsync(host.BaseUrl + "/desk");
    }

    /// <summary>A parent's request in Oulu, which the demo guide serves, arriving now.</summary>
    private async Task<Contact> CreateFamilyRequestAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var oulu = await db.Set<Municipality>().SingleAsync(m => m.Code == "564");
        var now = DateTime.UtcNow;
        var contact = new Contact
        {
            ReferenceCode = "PS-" + RandomNumberGenerator.GetString("ABCDEFGHJKMNPQRSTVWXYZ23456789", 4) + "-" + RandomNumberGenerator.GetString("ABCDEFGHJKMNPQRSTVWXYZ23456789", 4),
            StatusTokenHash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            InitiatedAt = now,
            Channel = ContactChannel.WebForm,
            Kind = ContactKind.FamilyRequest,
            Requester = RequesterRole.Parent,
            MunicipalityCode = oulu.Code,
            AreaId = oulu.AreaId,
            Description = "Nuori ei halua mennä kouluun.",
            Urgency = FeltUrgency.Soon,
            ContactName = "Testi Vanhempi",
            Phone = "040 000 0009",
            ContactMethod = PreferredContactMethod.Phone,
            PreferredLanguage = "fi",
            ServiceTask = ServiceTasks.FamilyServices,
            Status = ContactStatus.Received,
            RespondBy = DateOnly.FromDateTime(now).AddDays(3),
            UpdatedAt = now,
        };
        contact.Children.Add(new ContactChild { Age = 13 });
        db.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }
}
