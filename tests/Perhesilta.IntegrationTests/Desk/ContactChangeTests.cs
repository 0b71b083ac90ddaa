using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class ContactChangeTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_takes_a_contact_and_then_marks_the_family_contacted()
    {
        var (browser, guide, contact) = await GuideWithContactAsync();
        using var _browser = browser;
        var url = $"/desk/contacts/{contact.Id}";

        var started = await browser.SubmitAsync(await browser.GetAsync(url), "#claim-form");

        started.Location.ShouldBe(url);
        var afterStart = await browser.GetAsync(url);
        afterStart.Text("#notice").ShouldBe("Yhteydenotto on nyt käsittelyssäsi.");
        afterStart.Text("#status").ShouldBe("Käsittelyssä");
        afterStart.Document.QuerySelector("#claim-form").ShouldBeNull();
        var inProgress = await DeskTestData.FindAsync(app, contact.Id);
        inProgress.Status.ShouldBe(ContactStatus.InProgress);
        inProgress.Version.ShouldNotBe(contact.Version);
        inProgress.InitiatedAt.ShouldBe(contact.InitiatedAt, TimeSpan.FromMilliseconds(1));

        (await browser.SubmitAsync(afterStart, "#contacted-form")).Location.ShouldBe(url);

        var contacted = await browser.GetAsync(url);
        contacted.Text("#notice").ShouldBe("Puhelinohjaus kirjattiin: perheeseen on otettu yhteyttä.");
        contacted.Text("#status").ShouldBe("Yhteyttä otettu");
        contacted.Document.QuerySelector("#contacted-form").ShouldBeNull();
        var reached = await DeskTestData.FindAsync(app, contact.Id);
        reached.Status.ShouldBe(ContactStatus.Contacted);
        // The button records phone guidance done now, which sets the time to first contact like any action reaching the family.
        var call = (await WorkTestData.ActionsOfAsync(app, contact.Id)).ShouldHaveSingleItem();
        (call.Kind, call.ReachedFamily, call.PerformedByUserId, call.DurationMinutes).ShouldBe((Perhesilta.Features.Desk.ActionKind.PhoneGuidance, true, guide.Id, (int?)null));
        reached.FirstReachedAt.ShouldBe(call.PerformedAt);
        contacted.Text("#timeline-actions h3").ShouldBe("Puhelinohjaus");
        var changes = (await DeskTestData.LogOfAsync(app, contact.Id)).Where(e => e.Action == AccessAction.Change).ToList();
        changes.Count.ShouldBe(2);
        changes.ShouldAllBe(e => e.ActorUserId == guide.Id);
    }

    [Fact]
    public async Task A_change_on_a_stale_page_is_refused_with_a_clear_message_and_nothing_is_saved()
    {
        var (browser, _, contact) = await GuideWithContactAsync();
        using var _browser = browser;
        var url = $"/desk/contacts/{contact.Id}";
        var stalePage = await browser.GetAsync(url);
        var colleague = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [await AreaCodeAsync(contact.AreaId)]);
        await StaffTestData.ChangeUserAsync(app, colleague.Id, u => u.DisplayName = "Kaija Kollega");
        using (var other = await StaffTestData.SignedInAsync(app, colleague))
        {
            (await other.SubmitAsync(await other.GetAsync(url), "#claim-form")).Location.ShouldBe(url);
        }

        var before = await DeskTestData.FindAsync(app, contact.Id);
        var refused = await browser.SubmitAsync(stalePage, "#contacted-form");

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("#change-error").ShouldStartWith("Kaija Kollega muutti tätä yhteydenottoa sillä välin (");
        refused.Text("#change-error").ShouldEndWith("). Mitään ei tallennettu. Alla on tilanne nyt; tarkista se ja tee muutos tarvittaessa uudelleen.");
        refused.Text("#status").ShouldBe("Käsittelyssä");
        refused.Text("#assigned-to").ShouldStartWith("Kaija Kollega");
        var after = await DeskTestData.FindAsync(app, contact.Id);
        (after.Status, after.Version).ShouldBe((ContactStatus.InProgress, before.Version));
        (await DeskTestData.LogOfAsync(app, contact.Id)).Count(e => e.Action == AccessAction.Change).ShouldBe(1);
    }

    [Fact]
    public async Task Taking_a_closed_contact_is_refused()
    {
        var (browser, _, contact) = await GuideWithContactAsync(c => c.Status = ContactStatus.Closed);
        using var _browser = browser;
        var token = await StaffTestData.AntiforgeryTokenAsync(browser);

        var page = await browser.PostAsync($"/desk/contacts/{contact.Id}?handler=Claim", [new("__RequestVerificationToken", token), new("version", contact.Version.ToString())]);

        page.Text("#change-error").ShouldBe("Yhteydenotto on suljettu, eikä sitä voi enää muuttaa. Mitään ei tallennettu.");
        (await DeskTestData.FindAsync(app, contact.Id)).Version.ShouldBe(contact.Version);
    }

    [Fact]
    public async Task A_guide_of_another_area_cannot_change_the_contact()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        var outsider = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [other.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, outsider);
        var token = await StaffTestData.AntiforgeryTokenAsync(browser);
        var url = $"/desk/contacts/{contact.Id}?handler=Claim";

        var page = await browser.PostAsync(url, [new("__RequestVerificationToken", token), new("version", contact.Version.ToString())]);

        page.ShouldBeForbidden(url);
        (await DeskTestData.FindAsync(app, contact.Id)).Status.ShouldBe(ContactStatus.Received);
        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_guide_answers_anonymous_advice_and_the_answer_keeps_its_line_breaks()
    {
        var (browser, guide, contact) = await GuideWithContactAsync(c =>
        {
            c.Kind = ContactKind.AnonymousAdvice;
            c.ContactMethod = PreferredContactMethod.StatusPage;
            (c.ContactName, c.Phone, c.Email, c.CallbackDate, c.CallbackFrom, c.CallbackTo) = (null, null, null, null, null, null);
        });
        using var _browser = browser;
        var url = $"/desk/contacts/{contact.Id}";
        var form = await browser.GetAsync(url);
        form.Document.QuerySelector("#contacted-form").ShouldBeNull();
        form.Document.QuerySelector("#contact-details").ShouldBeNull();
        const string answer = "Hei,\r\nkannattaa ottaa yhteyttä neuvolaan. <b>Tämä ei ole lihavoitu</b> 🙂";

        (await browser.SubmitAsync(form, "#answer-form", new Dictionary<string, string> { ["answer"] = answer })).Location.ShouldBe(url);

        var saved = await DeskTestData.FindAsync(app, contact.Id);
        saved.AdviceAnswer.ShouldBe("Hei,\nkannattaa ottaa yhteyttä neuvolaan. <b>Tämä ei ole lihavoitu</b> 🙂");
        saved.AdviceAnsweredAt.ShouldNotBeNull();
        saved.Status.ShouldBe(ContactStatus.Contacted);
        var shown = await browser.GetAsync(url);
        shown.Text("#notice").ShouldBe("Vastaus tallennettiin. Kysyjä näkee sen tilasivullaan.");
        shown.Document.QuerySelector("#advice-answer")!.TextContent.ShouldBe(saved.AdviceAnswer);
        shown.Document.QuerySelector("#advice-answer b").ShouldBeNull();
        shown.Document.QuerySelector("#answer-form").ShouldBeNull();
        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldContain(e => e.Action == AccessAction.Change && e.ActorUserId == guide.Id);
    }

    [Theory]
    [InlineData("   ", "Kirjoita vastaus ennen lähettämistä.")]
    [InlineData("liian pitkä", "Vastaus voi olla enintään 4 000 merkkiä pitkä.")]
    [InlineData("ohjaus\u0007merkki", "Vastauksessa on ohjausmerkkejä, joita ei voi tallentaa. Kirjoita tai liitä teksti uudelleen.")]
    public async Task A_bad_advice_answer_is_refused_and_what_was_typed_stays(string answer, string message)
    {
        var typed = answer == "liian pitkä" ? new string('a', ContactLimits.Description + 1) : answer;
        var (browser, _, contact) = await GuideWithContactAsync(c => c.Kind = ContactKind.AnonymousAdvice);
        using var _browser = browser;
        var form = await browser.GetAsync($"/desk/contacts/{contact.Id}");

        var page = await browser.SubmitAsync(form, "#answer-form", new Dictionary<string, string> { ["answer"] = typed });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#change-error").ShouldBe(message);
        // Model binding takes an answer of only spaces as none at all.
        page.Document.QuerySelector("#answer")!.TextContent.ShouldBe(typed.Trim().Length == 0 ? "" : typed);
        var after = await DeskTestData.FindAsync(app, contact.Id);
        (after.AdviceAnswer, after.Status, after.Version).ShouldBe((null, ContactStatus.Received, contact.Version));
    }

    [Fact]
    public async Task Only_anonymous_advice_is_answered_on_the_status_page()
    {
        var (browser, _, contact) = await GuideWithContactAsync();
        using var _browser = browser;
        var token = await StaffTestData.AntiforgeryTokenAsync(browser);

        var page = await browser.PostAsync($"/desk/contacts/{contact.Id}?handler=Answer", [new("__RequestVerificationToken", token), new("version", contact.Version.ToString()), new("answer", "Vastaus")]);

        page.Text("#change-error").ShouldBe("Vain nimettömään neuvontapyyntöön vastataan tilasivulla. Mitään ei tallennettu.");
        (await DeskTestData.FindAsync(app, contact.Id)).AdviceAnswer.ShouldBeNull();
    }

    private async Task<(PageClient Browser, TestStaff Guide, Contact Contact)> GuideWithContactAsync(Action<Contact>? change = null)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: change);
        return (await StaffTestData.SignedInAsync(app, guide), guide, contact);
    }

    private async Task<string> AreaCodeAsync(int areaId) =>
        await app.WithDbAsync(db => db.Set<Area>().Where(a => a.Id == areaId).Select(a => a.Code).SingleAsync());

    public sealed class OnSqlite(SqliteApp app) : ContactChangeTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ContactChangeTests(app), IClassFixture<PostgresApp>;
}
