using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.Meetings;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Meetings;

/// <summary>After the meeting in a real browser: the guide records it, the professional finds the agreed action on their task list and marks it done.</summary>
public sealed class MeetingRecordBrowserTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";
    private const string Professional = "ammattilainen@perhesilta.example";

    [Fact]
    public async Task The_guide_records_the_meeting_and_the_professional_marks_the_agreed_action_done_on_the_task_list()
    {
        var (meetingId, _) = await TestMeetings.InvitedAsync(host, "Koulunkäynti takkuaa, toivomme yhteistä palaveria.", DateTime.UtcNow.AddHours(-1), ParticipantResponse.Accepted);
        await using var guideContext = await host.NewContextAsync();
        var guide = await DemoSignIn.SignedInPageAsync(guideContext, Guide);
        await guide.GotoAsync($"/desk/meetings/{meetingId}/record");
        await Expect(guide.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Verkostopalaverin muistio");
        await Axe.AssertNoViolationsAsync(guide);

        await guide.GetByRole(AriaRole.Button, new() { Name = "Tallenna muistio" }).ClickAsync();
        await Expect(guide.Locator("#error-summary")).ToContainTextAsync("Kirjoita yhteenveto palaverista.");
        await Axe.AssertNoViolationsAsync(guide);

        await guide.GetByLabel("Yhteenveto").FillAsync("Sovittiin perhetyön aloittamisesta.");
        var first = guide.GetByRole(AriaRole.Group, new() { Name = "Tehtävä 1", Exact = true });
        await first.GetByLabel("Mitä tehdään").FillAsync("Varaa perheelle ensikäynti");
        await first.GetByLabel("Kuka vastaa").SelectOptionAsync(new SelectOptionValue { Label = "Pia Perhetyö" });
        await first.GetByLabel("Mihin mennessä").FillAsync(DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow)).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await guide.GetByRole(AriaRole.Button, new() { Name = "Lisää 3 riviä" }).ClickAsync();
        await Expect(guide.Locator("#actions .action-row")).ToHaveCountAsync(6);
        await Expect(guide.GetByRole(AriaRole.Group, new() { Name = "Tehtävä 1", Exact = true }).GetByLabel("Mitä tehdään")).ToHaveValueAsync("Varaa perheelle ensikäynti");
        await guide.GetByRole(AriaRole.Button, new() { Name = "Tallenna muistio" }).ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Status)).ToContainTextAsync("Muistio on tallennettu.");
        await Axe.AssertNoViolationsAsync(guide);

        await using var professionalContext = await host.NewContextAsync();
        var professional = await DemoSignIn.SignedInPageAsync(professionalContext, Professional);
        await professional.GetByRole(AriaRole.Link, new() { Name = "Tehtävät" }).ClickAsync();
        await Expect(professional.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tehtävät");
        await Axe.AssertNoViolationsAsync(professional);
        await professional.Locator("#tasks li", new() { HasText = "Varaa perheelle ensikäynti" }).GetByRole(AriaRole.Button, new() { Name = "Merkitse tehdyksi" }).ClickAsync();
        await Expect(professional.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tehtävä on merkitty tehdyksi.");

        await guide.GotoAsync($"/desk/contacts/{await ContactOfAsync(meetingId)}");
        await Expect(guide.Locator($"#meetings li[data-meeting='{meetingId}'] .agreed-actions li")).ToContainTextAsync("tehty");
        await Axe.AssertNoViolationsAsync(guide);
    }

    private async Task<Guid> ContactOfAsync(Guid meetingId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>().Set<Meeting>().Where(m => m.Id == meetingId).Select(m => m.ContactId).SingleAsync();
    }
}
