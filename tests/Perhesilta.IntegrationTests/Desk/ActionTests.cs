using System.Net;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Localization;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class ActionTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_records_phone_guidance_and_the_asker_sees_they_have_been_contacted()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var statusLink = await WorkTestData.StatusLinkAsync(app, setup.Contact.Id);
        var form = await setup.Browser.GetAsync(setup.ActionUrl);
        form.Status.ShouldBe(HttpStatusCode.OK);
        form.Text("h1").ShouldBe("Kirjaa toimenpide");
        var now = WorkTestData.HelsinkiNow();
        form.Document.QuerySelector("#performed-date")!.GetAttribute("value").ShouldBe(WorkTestData.Date(now));
        form.Text("#visit-info").ShouldContain("1. ohjauskäynti");
        var performed = now.AddHours(-30);

        var saved = await setup.Browser.SubmitAsync(form, "#action-form", WorkTestData.Action(ActionKind.PhoneGuidance, performed, "25", "Soitin äidille. <b>ei lihavoitu</b>\r\nToinen rivi"));

        saved.Location.ShouldBe(setup.ContactUrl);
        var action = (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem();
        (action.Kind, action.DurationMinutes, action.Note, action.ReachedFamily, action.VisitNumber, action.PerformedByUserId)
            .ShouldBe((ActionKind.PhoneGuidance, 25, "Soitin äidille. <b>ei lihavoitu</b>\nToinen rivi", true, (int?)null, setup.Guide.Id));
        action.PerformedAt.ShouldBe(HelsinkiTime.ToUtc(performed));
        var contact = await DeskTestData.FindAsync(app, setup.Contact.Id);
        (contact.Status, contact.FirstReachedAt, contact.UpdatedByUserId).ShouldBe((ContactStatus.Contacted, action.PerformedAt, setup.Guide.Id));
        var page = await setup.Browser.GetAsync(setup.ContactUrl);
        page.Text("#notice").ShouldBe("Toimenpide kirjattiin.");
        page.Text("#timeline-actions h3").ShouldBe("Puhelinohjaus");
        page.Text("#timeline-actions").ShouldContain("25 min");
        page.Document.QuerySelector("#timeline-actions .free-text")!.TextContent.ShouldBe(action.Note);
        page.Document.QuerySelector("#timeline-actions b").ShouldBeNull();
        page.Text("#time-to-first-contact").ShouldContain("kalenteriaikaa");
        page.Text("#status").ShouldBe("Yhteyttä otettu");
        (await app.NewBrowser().GetAsync(statusLink)).Text("#status").ShouldBe("Sinuun on otettu yhteyttä");
        var log = await DeskTestData.LogOfAsync(app, setup.Contact.Id);
        log.ShouldContain(e => e.Action == AccessAction.View && e.ActorUserId == setup.Guide.Id);
        log.Count(e => e.Action == AccessAction.Change).ShouldBe(1);
    }

    public static TheoryData<string, string, string, string, string> BadActions => new()
    {
        // field, kind, days from now, duration, message
        { "kind", "", "-1", "20", "Valitse, mitä tehtiin." },
        { "performed-date", "PhoneGuidance", "1", "20", "Ajankohta on tulevaisuudessa. Kirjaa vain jo tapahtunut." },
        { "performed-date", "PhoneGuidance", "-4", "20", "Ajankohta on ennen kuin yhteydenotto saapui" },
        { "duration", "PhoneGuidance", "-1", "0", "Keston pitää olla vähintään 1 minuutti. Jätä kenttä tyhjäksi, jos kestoa ei ole." },
        { "duration", "PhoneGuidance", "-1", "-15", "Keston pitää olla vähintään 1 minuutti. Jätä kenttä tyhjäksi, jos kestoa ei ole." },
        { "duration", "PhoneGuidance", "-1", "601", "Kesto voi olla enintään 600 minuuttia. Tarkista luku." },
        { "duration", "PhoneGuidance", "-1", "puoli tuntia", "Kirjoita kesto minuutteina numeroilla, esimerkiksi 30." },
    };

    [Theory]
    [MemberData(nameof(BadActions))]
    public async Task A_bad_action_is_refused_with_a_message_at_its_field_and_nothing_is_saved(string field, string kind, string days, string duration, string message)
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var fields = WorkTestData.Action(ActionKind.PhoneGuidance, WorkTestData.HelsinkiNow().AddDays(int.Parse(days, System.Globalization.CultureInfo.InvariantCulture)), duration, "Muistiinpano säilyy");
        fields["Input.Kind"] = kind;

        var page = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.ActionUrl), "#action-form", fields);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text($"#{field}-error").ShouldStartWith(message);
        page.Document.QuerySelector($"#error-summary a[href='#{field}']").ShouldNotBeNull();
        page.Document.QuerySelector("#duration")!.GetAttribute("value").ShouldBe(duration);
        page.Text("#note").ShouldBe("Muistiinpano säilyy");
        await ShouldBeUnchangedAsync(setup);
    }

    [Fact]
    public async Task A_time_before_the_contact_names_when_the_contact_arrived()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);

        var page = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.ActionUrl), "#action-form", WorkTestData.Action(ActionKind.HomeVisit, HelsinkiTime.ToLocal(setup.Contact.InitiatedAt).AddMinutes(-2)));

        page.Text("#performed-date-error").ShouldBe($"Ajankohta on ennen kuin yhteydenotto saapui ({WorkTestData.Shown(setup.Contact.InitiatedAt)}). Tarkista päivä ja kellonaika.");
        await ShouldBeUnchangedAsync(setup);
    }

    [Theory]
    [InlineData("", "", "Anna päivämäärä.", "Anna kellonaika.")]
    [InlineData("2026-02-30", "25:00", "Päivämäärä ei ole oikea päivä. Kirjoita se muodossa pp.kk.vvvv.", "Kellonaika ei kelpaa. Kirjoita se muodossa tt.mm, esimerkiksi 9.30.")]
    [InlineData("2026-03-29", "03:30", "", "Tätä kellonaikaa ei ollut: kellot siirrettiin silloin tunnilla eteenpäin. Tarkista kellonaika.")]
    public async Task A_missing_or_impossible_date_and_time_are_refused(string date, string time, string dateMessage, string timeMessage)
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var fields = WorkTestData.Action(ActionKind.PhoneGuidance, WorkTestData.HelsinkiNow());
        (fields["Input.Date"], fields["Input.Time"]) = (date, time);

        var page = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.ActionUrl), "#action-form", fields);

        (page.Text("#performed-date-error"), page.Text("#performed-time-error")).ShouldBe((dateMessage, timeMessage));
        await ShouldBeUnchangedAsync(setup);
    }

    [Fact]
    public async Task A_note_that_is_too_long_is_refused_and_kept()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var note = new string('a', ContactLimits.Description + 1);

        var page = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.ActionUrl), "#action-form", WorkTestData.Action(ActionKind.PhoneGuidance, WorkTestData.HelsinkiNow(), note: note));

        page.Text("#note-error").ShouldBe("Muistiinpano voi olla enintään 4\u00a0000 merkkiä pitkä.");
        page.Text("#note").ShouldBe(note);
        await ShouldBeUnchangedAsync(setup);
    }

    [Fact]
    public async Task Reception_visits_are_numbered_the_fourth_is_warned_of_and_the_fifth_needs_a_confirmation()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var start = WorkTestData.HelsinkiNow().AddDays(-2);
        for (var visit = 0; visit < 3; visit++)
        {
            await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.ReceptionVisit, start.AddHours(visit), "45"));
        }

        var fourthForm = await setup.Browser.GetAsync(setup.ActionUrl);
        fourthForm.Text("#visit-warning").ShouldBe("Huomio: 4. ohjauskäynti ylittää mallin 3 käyntiä. Harkitse, tarvitseeko perhe jo muuta palvelua.");
        fourthForm.Document.QuerySelector("#confirm-extra-visit").ShouldBeNull();
        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.ReceptionVisit, start.AddHours(3), "45"));
        var timeline = await setup.Browser.GetAsync(setup.ContactUrl);
        timeline.Document.QuerySelectorAll("#timeline-actions h3").Select(h => h.TextContent.Trim())
            .ShouldBe(["1. ohjauskäynti", "2. ohjauskäynti", "3. ohjauskäynti", "4. ohjauskäynti"]);
        timeline.Document.QuerySelectorAll("#timeline-actions li")[3].TextContent.ShouldContain("Ylittää mallin 3 käyntiä");
        timeline.Document.QuerySelectorAll("#timeline-actions li")[2].TextContent.ShouldNotContain("Ylittää mallin");

        var fifthForm = await setup.Browser.GetAsync(setup.ActionUrl);
        fifthForm.Text("label[for='confirm-extra-visit']").ShouldBe("Vahvistan, että perheelle kirjataan 5. ohjauskäynti mallin ylittävänä.");
        var refused = await setup.Browser.SubmitAsync(fifthForm, "#action-form", WorkTestData.Action(ActionKind.ReceptionVisit, start.AddHours(4), "45"));
        refused.Text("#confirm-extra-visit-error").ShouldBe("Tämä olisi 5. ohjauskäynti, vaikka malliin kuuluu enintään 3. Vahvista käynti rastilla tai ohjaa perhe eteenpäin. Mitään ei tallennettu.");
        (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).Count.ShouldBe(4);

        var confirmed = WorkTestData.Action(ActionKind.ReceptionVisit, start.AddHours(4), "45");
        confirmed["Input.ConfirmExtraVisit"] = "true";
        (await setup.Browser.SubmitAsync(refused, "#action-form", confirmed)).Location.ShouldBe(setup.ContactUrl);
        (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).Select(a => a.VisitNumber).ShouldBe([1, 2, 3, 4, 5]);
    }

    [Fact]
    public async Task Only_actions_that_reach_the_family_set_the_first_contact_and_the_earliest_one_counts()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var now = WorkTestData.HelsinkiNow();

        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.ContactAttempt, now.AddHours(-40), ""));
        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.Consultation, now.AddHours(-39)));
        var notYet = await DeskTestData.FindAsync(app, setup.Contact.Id);
        (notYet.FirstReachedAt, notYet.Status).ShouldBe((null, ContactStatus.Received));
        (await setup.Browser.GetAsync(setup.ContactUrl)).Text("#time-to-first-contact").ShouldBe("Perhettä ei ole vielä tavoitettu.");

        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.PhoneGuidance, now.AddHours(-10)));
        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.HomeVisit, now.AddHours(-2)));
        (await DeskTestData.FindAsync(app, setup.Contact.Id)).FirstReachedAt.ShouldBe(HelsinkiTime.ToUtc(now.AddHours(-10)));

        // Recorded afterwards: a call made before the one recorded first is the real first contact.
        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.InformationGiven, now.AddHours(-20)));
        var reached = await DeskTestData.FindAsync(app, setup.Contact.Id);
        (reached.FirstReachedAt, reached.Status).ShouldBe((HelsinkiTime.ToUtc(now.AddHours(-20)), ContactStatus.Contacted));
        var actions = await WorkTestData.ActionsOfAsync(app, setup.Contact.Id);
        actions.Where(a => a.ReachedFamily).Min(a => a.PerformedAt).ShouldBe(reached.FirstReachedAt!.Value);
        actions.Where(a => !a.ReachedFamily).Select(a => a.Kind).ShouldBe([ActionKind.ContactAttempt, ActionKind.Consultation]);
    }

    [Fact]
    public async Task Anonymous_advice_takes_no_action_that_would_reach_the_family()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app, c => (c.Kind, c.ContactName, c.Phone, c.Email) = (ContactKind.AnonymousAdvice, null, null, null));

        var page = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.ActionUrl), "#action-form", WorkTestData.Action(ActionKind.PhoneGuidance, WorkTestData.HelsinkiNow()));

        page.Text("#kind-error").ShouldStartWith("Nimettömän neuvontapyynnön tekijää ei voi tavoittaa");
        await ShouldBeUnchangedAsync(setup);
        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.Consultation, WorkTestData.HelsinkiNow()));
        (await DeskTestData.FindAsync(app, setup.Contact.Id)).Status.ShouldBe(ContactStatus.Received);
    }

    [Fact]
    public async Task A_closed_contact_takes_no_more_actions()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app, c => (c.Status, c.ClosedAt, c.Outcome) = (ContactStatus.Closed, DateTime.UtcNow, ContactOutcome.AdviceGiven));
        var form = await setup.Browser.GetAsync(setup.ActionUrl);
        form.Text("#form-message").ShouldBe("Yhteydenotto on suljettu, joten siihen ei voi enää kirjata mitään. Mitään ei tallennettu.");
        form.Document.QuerySelector("#action-form").ShouldBeNull();
        var token = await Staff.StaffTestData.AntiforgeryTokenAsync(setup.Browser);
        var fields = WorkTestData.Action(ActionKind.PhoneGuidance, WorkTestData.HelsinkiNow());
        fields["__RequestVerificationToken"] = token;
        fields["Input.Version"] = setup.Contact.Version.ToString();

        var page = await setup.Browser.PostAsync(setup.ActionUrl, fields);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#form-message").ShouldBe("Yhteydenotto on suljettu, joten siihen ei voi enää kirjata mitään. Mitään ei tallennettu.");
        await ShouldBeUnchangedAsync(setup);
    }

    [Fact]
    public async Task An_action_on_a_contact_changed_meanwhile_names_who_changed_it_and_saves_nothing_until_sent_again()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var stale = await setup.Browser.GetAsync(setup.ActionUrl);
        var (other, _) = await WorkTestData.ColleagueAsync(app, setup.Area, "Kaisa Kollega");
        using (other)
        {
            (await other.SubmitAsync(await other.GetAsync(setup.ContactUrl), "#claim-form")).Location.ShouldBe(setup.ContactUrl);
        }

        var fields = WorkTestData.Action(ActionKind.PhoneGuidance, WorkTestData.HelsinkiNow().AddHours(-1), "10", "Kirjattu uudelleen");
        var page = await setup.Browser.SubmitAsync(stale, "#action-form", fields);

        page.Text("#form-message").ShouldBe("Kaisa Kollega muutti tätä yhteydenottoa sillä välin, kun sivu oli auki. Mitään ei tallennettu. Tarkista tilanne ja lähetä lomake tarvittaessa uudelleen.");
        page.Text("#note").ShouldBe("Kirjattu uudelleen");
        (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
        (await DeskTestData.FindAsync(app, setup.Contact.Id)).Status.ShouldBe(ContactStatus.InProgress);

        (await setup.Browser.SubmitAsync(page, "#action-form")).Location.ShouldBe(setup.ContactUrl);
        (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem().Note.ShouldBe("Kirjattu uudelleen");
    }

    private async Task ShouldBeUnchangedAsync(WorkSetup setup)
    {
        (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
        var after = await DeskTestData.FindAsync(app, setup.Contact.Id);
        (after.Version, after.FirstReachedAt).ShouldBe((setup.Contact.Version, setup.Contact.FirstReachedAt));
        (await DeskTestData.LogOfAsync(app, setup.Contact.Id)).ShouldNotContain(e => e.Action == AccessAction.Change);
    }

    public sealed class OnSqlite(SqliteApp app) : ActionTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ActionTests(app), IClassFixture<PostgresApp>;
}
