using System.Net;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class CloseContactTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_closes_a_contact_guided_to_a_service_and_the_asker_sees_it_closed()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var statusLink = await WorkTestData.StatusLinkAsync(app, setup.Contact.Id);
        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.PhoneGuidance, WorkTestData.HelsinkiNow().AddHours(-3)));
        var form = await setup.Browser.GetAsync(setup.CloseUrl);
        form.Text("h1").ShouldBe("Sulje yhteydenotto");

        var saved = await setup.Browser.SubmitAsync(form, "#close-form", Close("GuidedToService", "yes", "Perheneuvola, Oulu", "Perhe soittaa itse."));

        saved.Location.ShouldBe(setup.ContactUrl);
        var closed = await DeskTestData.FindAsync(app, setup.Contact.Id);
        (closed.Status, closed.Outcome, closed.OutcomeService, closed.HelpedWithOneContact, closed.ClosingNote, closed.ClosedByUserId)
            .ShouldBe((ContactStatus.Closed, ContactOutcome.GuidedToService, "Perheneuvola, Oulu", true, "Perhe soittaa itse.", setup.Guide.Id));
        closed.ClosedAt.ShouldNotBeNull().ShouldBe(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        var page = await setup.Browser.GetAsync(setup.ContactUrl);
        page.Text("#notice").ShouldBe("Yhteydenotto suljettiin. Kysyjän tilasivulla lukee nyt, että asia on päätetty.");
        page.Text("#outcome-value").ShouldBe("Ohjattu palveluun");
        page.Text("#outcome-service").ShouldBe("Perheneuvola, Oulu");
        page.Text("#outcome-helped").ShouldBe("Kyllä");
        page.Text("#outcome-closed-by").ShouldStartWith("Testi ServiceGuide, ");
        page.Text("#outcome-note").ShouldBe("Perhe soittaa itse.");
        page.Document.QuerySelector("#add-action").ShouldBeNull();
        page.Document.QuerySelector("#close-contact").ShouldBeNull();
        (await app.NewBrowser().GetAsync(statusLink)).Text("#status").ShouldBe("Asia on päätetty");
        (await DeskTestData.LogOfAsync(app, setup.Contact.Id)).Count(e => e.Action == AccessAction.Change).ShouldBe(2);
    }

    [Theory]
    [InlineData("outcome", "", "yes", "Valitse lopputulos. Yhteydenottoa ei voi sulkea ilman sitä.")]
    [InlineData("service", "GuidedToService", "yes", "Kirjoita palvelu, johon perhe ohjattiin.")]
    [InlineData("helped", "AdviceGiven", "", "Vastaa, saiko perhe apua tällä yhdellä yhteydenotolla.")]
    [InlineData("outcome", "NotificationMade", "no", "Ilmoitus tehty -lopputulos vaatii, että ilmoitus tai yhteydenotto on kirjattu lakisääteisenä toimenpiteenä. Kirjaa se ensin.")]
    public async Task Closing_with_missing_answers_is_refused_with_a_message_and_what_was_typed_stays(string field, string outcome, string helped, string message)
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);

        var page = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.CloseUrl), "#close-form", Close(outcome, helped, "", "Muistiinpano säilyy"));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text($"#{field}-error").ShouldBe(message);
        page.Document.QuerySelector($"#error-summary a[href='#{field}']").ShouldNotBeNull();
        page.Text("#closing-note").ShouldBe("Muistiinpano säilyy");
        if (helped.Length > 0)
        {
            page.Document.QuerySelector($"input[name='Input.Helped'][value='{helped}']")!.HasAttribute("checked").ShouldBeTrue();
        }

        await ShouldBeOpenAsync(setup);
    }

    [Fact]
    public async Task Not_reached_is_allowed_only_after_the_configured_attempts_and_says_how_many_were_made()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var start = WorkTestData.HelsinkiNow().AddDays(-2);
        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.ContactAttempt, start, ""));
        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.ContactAttempt, start.AddHours(5), ""));

        var tooEarly = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.CloseUrl), "#close-form", Close("NotReached", "no"));

        tooEarly.Text("#outcome-error").ShouldBe("Perhettä ei tavoitettu -lopputulos vaatii 3 kirjattua yhteydenottoyritystä. Nyt niitä on 2.");
        await ShouldBeOpenAsync(setup);

        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.ContactAttempt, start.AddHours(24), ""));
        (await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.CloseUrl), "#close-form", Close("NotReached", "no"))).Location.ShouldBe(setup.ContactUrl);
        var closed = await DeskTestData.FindAsync(app, setup.Contact.Id);
        (closed.Status, closed.Outcome, closed.HelpedWithOneContact, closed.FirstReachedAt).ShouldBe((ContactStatus.Closed, ContactOutcome.NotReached, false, null));
    }

    [Fact]
    public async Task A_notification_outcome_is_accepted_once_a_statutory_route_is_recorded()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var route = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.RouteUrl), "#route-form", RouteTests.Route("ChildWelfareNotification", WorkTestData.HelsinkiNow().AddHours(-1)));
        route.Location.ShouldBe(setup.ContactUrl);

        (await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.CloseUrl), "#close-form", Close("NotificationMade", "no"))).Location.ShouldBe(setup.ContactUrl);

        (await DeskTestData.FindAsync(app, setup.Contact.Id)).Outcome.ShouldBe(ContactOutcome.NotificationMade);
    }

    [Fact]
    public async Task A_closed_contact_cannot_be_closed_again_and_the_first_closing_stays()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var form = await setup.Browser.GetAsync(setup.CloseUrl);
        (await setup.Browser.SubmitAsync(form, "#close-form", Close("AdviceGiven", "yes"))).Location.ShouldBe(setup.ContactUrl);
        var first = await DeskTestData.FindAsync(app, setup.Contact.Id);

        var fields = Close("Referred", "no");
        fields["__RequestVerificationToken"] = await Staff.StaffTestData.AntiforgeryTokenAsync(setup.Browser);
        fields["Input.Version"] = first.Version.ToString();
        var again = await setup.Browser.PostAsync(setup.CloseUrl, fields);

        again.Status.ShouldBe(HttpStatusCode.OK);
        again.Text("#form-message").ShouldBe("Yhteydenotto on suljettu, joten siihen ei voi enää kirjata mitään. Mitään ei tallennettu.");
        var after = await DeskTestData.FindAsync(app, setup.Contact.Id);
        (after.Outcome, after.HelpedWithOneContact, after.Version).ShouldBe((ContactOutcome.AdviceGiven, true, first.Version));
        var reopened = await setup.Browser.GetAsync(setup.CloseUrl);
        reopened.Text("#form-message").ShouldBe("Yhteydenotto on suljettu, joten siihen ei voi enää kirjata mitään. Mitään ei tallennettu.");
        reopened.Document.QuerySelector("#close-form").ShouldBeNull();
    }

    internal static Dictionary<string, string> Close(string outcome, string helped, string service = "", string note = "") => new()
    {
        ["Input.Outcome"] = outcome,
        ["Input.Helped"] = helped,
        ["Input.Service"] = service,
        ["Input.Note"] = note,
    };

    private async Task ShouldBeOpenAsync(WorkSetup setup)
    {
        var after = await DeskTestData.FindAsync(app, setup.Contact.Id);
        after.Status.ShouldNotBe(ContactStatus.Closed);
        (after.ClosedAt, after.Outcome, after.ClosedByUserId).ShouldBe((null, null, null));
    }

    public sealed class OnSqlite(SqliteApp app) : CloseContactTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CloseContactTests(app), IClassFixture<PostgresApp>;
}
