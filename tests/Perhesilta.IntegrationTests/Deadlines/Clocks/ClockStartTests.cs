using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;
using Shouldly;

namespace Perhesilta.IntegrationTests.Deadlines.Clocks;

/// <summary>Clocks start and end by themselves from what is recorded: a contact, a statutory route, an action.</summary>
public abstract class ClockStartTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_help_request_starts_its_reply_clock_from_the_moment_it_arrived()
    {
        var marker = HelpRequestTestData.Marker();
        using var browser = app.NewBrowser();
        var sent = await browser.SubmitAsync(await browser.GetAsync("/pyyda-apua"), "#help-request-form", HelpRequestTestData.Family(marker));
        sent.IsRedirect.ShouldBeTrue(sent.Text("#error-summary"));
        var contact = await HelpRequestTestData.ContactAsync(app, marker);

        var clock = (await ClockTestData.ClocksOfAsync(app, contact.Id)).ShouldHaveSingleItem();

        (clock.Rule, clock.State, clock.StartedAt, clock.AreaId).ShouldBe((ClockRule.ReplyToContact, ClockState.Running, contact.InitiatedAt, contact.AreaId));
        clock.DueOn.ShouldBe(contact.RespondBy);
        clock.Events.ShouldHaveSingleItem().Kind.ShouldBe(ClockEventKind.Started);
    }

    [Fact]
    public async Task A_child_welfare_notification_made_on_the_Thursday_before_Easter_starts_the_section_26_clocks_due_on_the_7th_working_day_after_it()
    {
        // Good Friday 3.4. and Easter Monday 6.4. are not working days: 7.4. is the 1st, Wednesday 15.4. the 7th.
        var thursday = new DateTime(2026, 4, 2, 10, 0, 0);
        using var setup = await WorkTestData.GuideWithContactAsync(app, c => c.InitiatedAt = HelsinkiTime.ToUtc(thursday.AddHours(-1)));

        var saved = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.RouteUrl), "#route-form", RouteTests.Route("ChildWelfareNotification", thursday));

        saved.Location.ShouldBe(setup.ContactUrl);
        var clocks = await ClockTestData.ClocksOfAsync(app, setup.Contact.Id);
        clocks.Select(c => (c.Rule, c.DueOn)).OrderBy(c => c.Rule).ShouldBe([
            (ClockRule.Shl36Start, new DateOnly(2026, 4, 15)),
            (ClockRule.Lsl26Decision, new DateOnly(2026, 4, 15)),
            (ClockRule.Lsl26Complete, new DateOnly(2026, 7, 2))]);
        clocks.ShouldAllBe(c => c.StartedAt == HelsinkiTime.ToUtc(thursday) && c.ResponsibleUnit == "Lastensuojelun alkuarviotiimi (testi)" && c.ResponsibleUserId == setup.Guide.Id && c.StatutoryRouteId != null);
        var page = await setup.Browser.GetAsync(setup.ContactUrl);
        var decision = page.Document.QuerySelector("#clocks article[data-rule='lsl26-decision']")!;
        decision.QuerySelector("h3")!.TextContent.ShouldBe("Lastensuojelun selvitystarpeen ratkaiseminen");
        decision.QuerySelector(".clock-basis")!.TextContent.ShouldBe("LSL 417/2007 26 §: viimeistään 7. arkipäivänä ratkaistava, onko selvitys tarpeen");
        decision.QuerySelector(".clock-due")!.TextContent.ShouldBe("15.4.2026");
        decision.QuerySelector(".clock-start")!.TextContent.ShouldBe("2.4.2026 10.00");
        decision.QuerySelector(".clock-state")!.TextContent.Trim().ShouldStartWith("myöhässä ");
        decision.QuerySelector(".clock-responsible")!.TextContent.ShouldBe("Testi ServiceGuide, Lastensuojelun alkuarviotiimi (testi)");
    }

    [Fact]
    public async Task A_request_with_consent_for_a_contact_assessed_urgent_is_due_the_same_day()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app, c => c.AssessedUrgency = FeltUrgency.Urgent);
        var madeAt = WorkTestData.HelsinkiNow();
        var fields = RouteTests.Route("ConsentedAssessmentRequest", madeAt);
        (fields["Input.ConsentGivenBy"], fields["Input.ConsentMethod"]) = ("äiti", "Verbal");

        (await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.RouteUrl), "#route-form", fields)).Location.ShouldBe(setup.ContactUrl);

        var clocks = await ClockTestData.ClocksOfAsync(app, setup.Contact.Id);
        clocks.Select(c => c.Rule).OrderBy(r => r).ShouldBe([ClockRule.Shl36Start, ClockRule.Shl36Complete]);
        var start = clocks.Single(c => c.Rule == ClockRule.Shl36Start);
        (start.Urgent, start.DueOn).ShouldBe((true, DateOnly.FromDateTime(madeAt)));
        var page = await setup.Browser.GetAsync(setup.ContactUrl);
        page.Text("#clocks article[data-rule='shl36-start'] .clock-basis").ShouldBe("SHL 1301/2014 36 §: kiireellisen avun tarve arvioidaan välittömästi");
        page.Text("#clocks article[data-rule='shl36-start'] .clock-state").ShouldBe("käynnissä, määräpäivä tänään");
    }

    [Fact]
    public async Task The_first_action_that_reaches_the_family_completes_the_reply_and_a_back_dated_one_corrects_it_keeping_the_history()
    {
        using var setup = await ClockTestData.GuideWithAnsweredContactAsync(app, hoursAgo: 3);
        var now = WorkTestData.HelsinkiNow();

        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.ContactAttempt, now.AddMinutes(-30)));
        (await ClockTestData.ClocksOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem().State.ShouldBe(ClockState.Running);
        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.PhoneGuidance, now.AddMinutes(-20)));
        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.HomeVisit, now.AddMinutes(-10)));
        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.PhoneGuidance, now.AddMinutes(-60)));

        var clock = (await ClockTestData.ClocksOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem();
        (clock.State, clock.EndedOn).ShouldBe((ClockState.Met, DateOnly.FromDateTime(now.AddMinutes(-60))));
        var completions = clock.Events.Where(e => e.Kind == ClockEventKind.Completed).OrderBy(e => e.RecordedAt).ToList();
        completions.Select(e => e.OccurredAt).ShouldBe([HelsinkiTime.ToUtc(now.AddMinutes(-20)), HelsinkiTime.ToUtc(now.AddMinutes(-60))]);
        completions[1].CorrectsEventId.ShouldBe(completions[0].Id);
        completions[1].Reason.ShouldBe("Jälkikäteen kirjattu toimenpide tavoitti perheen aiemmin.");
        completions.ShouldAllBe(e => e.RecordedByUserId == setup.Guide.Id);
        var page = await setup.Browser.GetAsync(setup.ContactUrl);
        page.Text("#clocks .clock-history").ShouldContain("korjattu");
        page.Text("#clocks .clock-state").ShouldBe("täyttyi " + ClockTestData.Shown(DateOnly.FromDateTime(now.AddMinutes(-60))));
    }

    [Fact]
    public async Task A_reply_after_its_due_date_is_missed_and_says_no_reason_was_given()
    {
        using var setup = await ClockTestData.GuideWithAnsweredContactAsync(app, hoursAgo: 24 * 20);

        (await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.ContactUrl), "#contacted-form")).Location.ShouldBe(setup.ContactUrl);

        var clock = (await ClockTestData.ClocksOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem();
        clock.State.ShouldBe(ClockState.Missed);
        clock.DaysLate.ShouldBe(new FinnishCalendar().WorkingDaysBetween(clock.DueOn, ClockTestData.Today));
        clock.Events.Single(e => e.Kind == ClockEventKind.Completed).Reason.ShouldBe("Kirjattu perheen tavoittaneesta toimenpiteestä; myöhästymisen syytä ei kirjattu.");
    }

    [Fact]
    public async Task Answering_anonymous_advice_completes_its_reply_clock()
    {
        using var setup = await ClockTestData.GuideWithAnsweredContactAsync(app, hoursAgo: 2, change: c =>
            (c.Kind, c.ContactMethod, c.ContactName, c.Phone, c.Email) = (ContactKind.AnonymousAdvice, PreferredContactMethod.StatusPage, null, null, null));

        var answered = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.ContactUrl), "#answer-form", new Dictionary<string, string> { ["answer"] = "Perheneuvolaan voi soittaa suoraan." });

        answered.Location.ShouldBe(setup.ContactUrl);
        var clock = (await ClockTestData.ClocksOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem();
        (clock.State, clock.EndedOn).ShouldBe((ClockState.Met, ClockTestData.Today));
        clock.Events.Single(e => e.Kind == ClockEventKind.Completed).RecordedByUserId.ShouldBe(setup.Guide.Id);
    }

    [Fact]
    public async Task A_requested_network_meeting_starts_its_clock_for_the_guide_who_requested_it()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var requested = WorkTestData.HelsinkiNow().AddHours(-1);

        await WorkTestData.RecordAsync(setup, WorkTestData.Action(ActionKind.NetworkMeetingRequested, requested));

        var clock = (await ClockTestData.ClocksOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem();
        (clock.Rule, clock.StartedAt, clock.ResponsibleUserId).ShouldBe((ClockRule.NetworkMeeting, HelsinkiTime.ToUtc(requested), setup.Guide.Id));
        clock.DueOn.ShouldBe(new FinnishCalendar().AddWorkingDays(DateOnly.FromDateTime(requested), 10));
    }

    [Fact]
    public async Task A_refused_route_starts_no_clock()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var fields = RouteTests.Route("ChildWelfareNotification", WorkTestData.HelsinkiNow());
        fields["Input.Basis"] = "";

        (await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.RouteUrl), "#route-form", fields)).Status.ShouldBe(System.Net.HttpStatusCode.OK);

        (await ClockTestData.ClocksOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_family_page_shows_the_clocks_of_its_contacts_also_those_started_before_the_contact_was_linked()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var clock = await ClockTestData.StartAsync(app, setup.Contact, ClockRule.Lsl26Decision, daysAgo: 1);
        var family = await Families.FamilyTestData.CreateFamilyAsync(app, setup.Area.Id, setup.Guide.Id);
        await Families.FamilyTestData.LinkAsync(app, setup.Contact.Id, family.Id);

        var page = await setup.Browser.GetAsync($"/desk/families/{family.Id}");

        var article = page.Document.QuerySelector($"#clocks #clock-{clock.Id}")!;
        article.QuerySelector("h3")!.TextContent.ShouldBe("Lastensuojelun selvitystarpeen ratkaiseminen");
        article.TextContent.ShouldContain(setup.Contact.ReferenceCode);
        article.QuerySelector(".clock-due")!.TextContent.ShouldBe(ClockTestData.Shown(clock.DueOn));
        article.QuerySelector($"a[href='/desk/contacts/{setup.Contact.Id}/clocks/{clock.Id}']").ShouldNotBeNull();
    }

    public sealed class OnSqlite(SqliteApp app) : ClockStartTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ClockStartTests(app), IClassFixture<PostgresApp>;
}
