using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Desk;

/// <summary>The guide's queue with filters, by keyboard: shortcuts, the live update and its announcement; axe-clean throughout.</summary>
public sealed partial class QueueTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";

    [Fact]
    public async Task A_guide_filters_the_queue_and_moves_through_it_by_keyboard()
    {
        var first = await CreateContactAsync(DateTime.UtcNow.AddMinutes(-2));
        await CreateContactAsync(DateTime.UtcNow.AddMinutes(-1));
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Guide);

        await page.GotoAsync("/desk");
        await page.GetByRole(AriaRole.Link, new() { Name = "Uudet", Exact = true }).ClickAsync();
        await page.GetByLabel("Kanava").SelectOptionAsync(new SelectOptionValue { Label = "Puhelin" });
        await page.GetByLabel("Asiointikieli").SelectOptionAsync(new SelectOptionValue { Label = "ruotsi" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Rajaa" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(QueueAddress());
        await Expect(page.Locator($"tr[data-contact='{first.ReferenceCode}']")).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByText("Pikanäppäimet", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByText("Avaa seuraava yhteydenotto kiireellisyysjärjestyksessä")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        // Letters typed into a form control stay there.
        await page.GetByLabel("Kanava").FocusAsync();
        await page.Keyboard.PressAsync("n");
        await Expect(page).ToHaveURLAsync(QueueAddress());

        var rowLinks = page.Locator("#contacts tbody tr th a");
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("j");
        await Expect(rowLinks.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("j");
        await Expect(rowLinks.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("k");
        await Expect(rowLinks.Nth(0)).ToBeFocusedAsync();

        // While a row has the focus, a newly arrived contact waits; once the focus leaves, it appears and is announced.
        var arrived = await CreateContactAsync(DateTime.UtcNow);
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('focus'))");
        await Expect(rowLinks.Nth(0)).ToBeFocusedAsync();
        await Expect(page.Locator($"tr[data-contact='{arrived.ReferenceCode}']")).ToHaveCountAsync(0);
        await page.Locator("h1").ClickAsync();
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('focus'))");
        await Expect(page.Locator($"tr[data-contact='{arrived.ReferenceCode}']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#queue-announcer")).ToHaveTextAsync(NewContacts());
        await Expect(page).ToHaveURLAsync(QueueAddress());
        await Axe.AssertNoViolationsAsync(page);

        var next = await page.Locator("#queue-next").GetAttributeAsync("href");
        await page.Keyboard.PressAsync("n");
        await Expect(page).ToHaveURLAsync(host.BaseUrl + next);
    }

    // A form sends its empty choices too: the address holds every filter, the chosen ones with their values.
    [GeneratedRegex(@"/desk\?view=new&area=&municipality=&topic=&channel=Phone&language=sv&status=&assignee=$")]
    private static partial Regex QueueAddress();

    [GeneratedRegex(@"^(1 uusi yhteydenotto|\d+ uutta yhteydenottoa)$")]
    private static partial Regex NewContacts();

    /// <summary>A family's phone contact in Swedish, in Oulu (which the demo guide serves), arriving at <paramref name="arrived"/>.</summary>
    private async Task<Contact> CreateContactAsync(DateTime arrived)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var oulu = await db.Set<Municipality>().SingleAsync(m => m.Code == "564");
        var contact = new Contact
        {
            ReferenceCode = "PS-" + RandomNumberGenerator.GetString("ABCDEFGHJKMNPQRSTVWXYZ23456789", 4) + "-" + RandomNumberGenerator.GetString("ABCDEFGHJKMNPQRSTVWXYZ23456789", 4),
            StatusTokenHash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            InitiatedAt = arrived,
            Channel = ContactChannel.Phone,
            Kind = ContactKind.FamilyRequest,
            Requester = RequesterRole.Parent,
            MunicipalityCode = oulu.Code,
            AreaId = oulu.AreaId,
            Description = "Vi behöver råd om sömnen.",
            Urgency = FeltUrgency.Soon,
            ContactMethod = PreferredContactMethod.Phone,
            PreferredLanguage = "sv",
            ServiceTask = ServiceTasks.FamilyServices,
            Status = ContactStatus.Received,
            RespondBy = DateOnly.FromDateTime(arrived).AddDays(3),
            UpdatedAt = arrived,
        };
        contact.Children.Add(new ContactChild { Age = 2 });
        db.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }
}
