using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Desk;

/// <summary>A guide sees the services suggested for a family from the demo directory and records one in one step.</summary>
public sealed class ServiceSuggestionTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";

    [Fact]
    public async Task A_guide_sees_suggested_services_with_reasons_guides_the_family_to_one_and_finds_another_by_searching()
    {
        var contact = await CreateContactAsync();
        await using var context = await host.NewContextAsync();
        var page = await DemoSignIn.SignedInPageAsync(context, Guide);
        await page.GotoAsync($"/desk/contacts/{contact.Id}");

        var suggestions = page.Locator("#suggestions");
        await Expect(suggestions.GetByRole(AriaRole.Heading, new() { Name = "Ehdotetut palvelut" })).ToBeVisibleAsync();
        var first = suggestions.Locator("li.service-card").First;
        await Expect(first.Locator(".suggestion-reasons")).ToContainTextAsync("Oulu");
        await Axe.AssertNoViolationsAsync(page);

        var name = (await first.Locator("h3").InnerTextAsync()).Trim();
        await first.GetByRole(AriaRole.Button, new() { Name = "Ohjattu tähän palveluun" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ohjaus palveluun kirjattiin tehtyyn työhön.");
        await Expect(page.Locator("#timeline-actions h3")).ToHaveTextAsync(["Ohjattu palveluun"]);
        await Expect(page.Locator("#timeline-actions .timeline-service a")).ToHaveTextAsync(name);
        await Expect(page.Locator("#status")).ToHaveTextAsync("Yhteyttä otettu");
        await Axe.AssertNoViolationsAsync(page);

        // A service that was not suggested: the guide searches the directory from the contact.
        await page.GetByLabel("Hae palveluhakemistosta").FillAsync("velkaneuvonta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hae", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Palvelut perheelle");
        await Expect(page.Locator("#services-heading")).ToContainTextAsync("Hakutulokset");
        var found = page.Locator("#services li.service-card").First;
        var other = (await found.Locator("h3").InnerTextAsync()).Trim();
        await Axe.AssertNoViolationsAsync(page);
        await found.GetByRole(AriaRole.Button, new() { Name = "Ohjattu tähän palveluun" }).ClickAsync();
        await Expect(page.Locator("#timeline-actions .timeline-service a")).ToHaveTextAsync([name, other]);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sulje yhteydenotto" }).ClickAsync();
        await Expect(page.GetByLabel("Palvelu, johon perhe ohjattiin")).ToHaveValueAsync(other);
        await Axe.AssertNoViolationsAsync(page);

        (await ActionsAsync(contact.Id)).Count(a => a.Kind == ActionKind.GuidedToService && a.ServiceId != null).ShouldBe(2);
    }

    private async Task<List<ContactAction>> ActionsAsync(Guid contactId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>().Set<ContactAction>().AsNoTracking().Where(a => a.ContactId == contactId).ToListAsync();
    }

    /// <summary>A parent's request in Oulu, which the demo guide serves: a school-age child who is anxious and bullied.</summary>
    private Task<Contact> CreateContactAsync() => TestContacts.CreateInOuluAsync(host, "Poikaa kiusataan koulussa ja häntä ahdistaa niin, ettei hän halua mennä kouluun.", c =>
    {
        c.Channel = ContactChannel.WebForm;
        c.Children.Add(new ContactChild { Age = 11 });
        c.Topics.Add(new ContactTopic { TopicCode = "school-bullying" });
    });
}
