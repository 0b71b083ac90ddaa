using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.Meetings;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Meetings;

/// <summary>The mother has no e-mail address and answers by phone; the guide records her answer on the meeting page in a real browser.</summary>
public sealed class AnswerByHandBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task The_guide_records_the_mothers_phoned_answer_and_the_form_its_error_and_the_result_pass_axe()
    {
        var (meetingId, motherId) = await TestMeetings.InvitedAsync(host, "Toivomme palaveria koulun ja perhetyön kanssa.", DateTime.UtcNow.AddDays(3), ParticipantResponse.Pending);
        await using var context = await host.NewContextAsync();
        var guide = await DemoSignIn.SignedInPageAsync(context, TestMeetings.Guide);
        await guide.GotoAsync($"/desk/meetings/{meetingId}");
        var row = guide.Locator($"tr[data-participant='{motherId}']");
        await Expect(row.Locator(".no-email")).ToContainTextAsync("kerro aika puhelimitse");
        await Axe.AssertNoViolationsAsync(guide);

        await row.Locator("summary").ClickAsync();
        var form = guide.Locator($"#answer-{motherId}");
        await Expect(form.GetByRole(AriaRole.Group, new() { Name = "Mitä Maija Meikäläinen vastasi?" })).ToBeVisibleAsync();
        await form.GetByLabel("Huomautus").FillAsync("Soitti aamulla");
        await form.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(guide.Locator($"#answer-{motherId}-error")).ToHaveTextAsync("Valitse, osallistuuko hän vai ei.");
        await Expect(guide.Locator($"#answer-{motherId}").GetByLabel("Huomautus")).ToHaveValueAsync("Soitti aamulla");
        await Axe.AssertNoViolationsAsync(guide);

        await guide.Locator($"#answer-{motherId}").GetByLabel("osallistuu").CheckAsync();
        await guide.Locator($"#answer-{motherId}").GetByLabel("osallistuu").PressAsync("Enter");
        await Expect(guide.GetByRole(AriaRole.Status)).ToHaveTextAsync("Vastaus on kirjattu.");
        await Expect(guide.Locator($"tr[data-participant='{motherId}'] .answer")).ToContainTextAsync("osallistuu");
        await Expect(guide.Locator($"tr[data-participant='{motherId}'] .answer-recorded-by")).ToContainTextAsync("Kirjannut Olli Ohjaaja");
        await Axe.AssertNoViolationsAsync(guide);
    }

    [Fact]
    public async Task On_a_phone_the_meeting_page_with_an_open_answer_form_needs_no_sideways_scrolling()
    {
        var (meetingId, motherId) = await TestMeetings.InvitedAsync(host, "Toivomme palaveria puhelimella sovitusti.", DateTime.UtcNow.AddDays(4), ParticipantResponse.Pending);
        await using var context = await host.NewContextAsync(width: 390, height: 844);
        var guide = await DemoSignIn.SignedInPageAsync(context, TestMeetings.Guide);
        await guide.GotoAsync($"/desk/meetings/{meetingId}");
        await guide.Locator($"tr[data-participant='{motherId}'] summary").ClickAsync();
        await Expect(guide.Locator($"#answer-{motherId}")).ToBeVisibleAsync();

        // The table may scroll within its own box; the page itself must not.
        var widths = await guide.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        widths[0].ShouldBeLessThanOrEqualTo(widths[1]);
        await Axe.AssertNoViolationsAsync(guide);
    }
}
