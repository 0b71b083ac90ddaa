using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Referrals;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Localization;
using Shouldly;

namespace Perhesilta.IntegrationTests.Referrals;

/// <summary>The closed loop: a guide refers with consent, the service's professional answers, the guide sees where it stands.</summary>
public abstract class ReferralLoopTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_refers_with_consent_the_professional_accepts_with_a_first_appointment_and_the_guide_sees_the_loop_closed()
    {
        using var setup = await ReferralTestData.SetupAsync(app);
        var form = await setup.Guide.GetAsync(setup.NewUrl);
        form.Status.ShouldBe(HttpStatusCode.OK);
        form.Text("#service").ShouldContain(setup.Service.Name.Fi!);
        form.Document.QuerySelector("#outside-warning").ShouldBeNull();
        form.Document.QuerySelector($"#professional option[value='{setup.Professional.Id}']").ShouldNotBeNull();

        var sent = await ReferralTestData.PostFormAsync(setup.Guide, form, "#referral-form", ReferralTestData.WithConsent());

        var referral = (await ReferralTestData.ReferralsOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem();
        sent.Location.ShouldBe($"/desk/contacts/{setup.Contact.Id}/referrals/{referral.Id}");
        (referral.Status, referral.ServiceId, referral.SentByUserId, referral.LegalBasis, referral.ToProfessionalUserId)
            .ShouldBe((ReferralStatus.Sent, setup.Service.Id, setup.Work.Guide.Id, (LegalBasis?)null, (string?)null));
        referral.Shared.ShouldBe(SharedInformation.Name | SharedInformation.ContactDetails | SharedInformation.Children);
        var consent = referral.Consents.ShouldHaveSingleItem();
        (consent.GivenBy, consent.GivenTo, consent.Method, consent.RecordedByUserId).ShouldBe(("äiti", "Perhetyö", ConsentMethod.Verbal, setup.Work.Guide.Id));
        referral.Events.ShouldHaveSingleItem().Status.ShouldBe(ReferralStatus.Sent);
        var action = (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem();
        (action.Kind, action.ServiceId).ShouldBe((ActionKind.ReferralMade, (Guid?)setup.Service.Id));
        var clock = await ReferralTestData.ReplyClockAsync(app, referral.Id);
        (clock.Rule, clock.State, clock.ContactId).ShouldBe((ClockRule.ReplyToReferral, ClockState.Running, setup.Contact.Id));
        (await ReferralTestData.LogOfAsync(app, referral.Id)).ShouldContain(e => e.Action == AccessAction.Create && e.ActorUserId == setup.Work.Guide.Id);
        var shown = await setup.Guide.GetAsync(sent.Location!);
        shown.Text("#notice").ShouldBe("Ohjaus lähetettiin palvelulle. Palvelun vastausaika alkoi.");

        using var professional = await StaffTestData.SignedInAsync(app, setup.Professional);
        (await professional.GetAsync("/inbox")).Document.QuerySelector($"#inbox tr[data-referral='{referral.Id}']").ShouldNotBeNull();
        var page = await professional.GetAsync($"/inbox/referrals/{referral.Id}");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#shared-name").ShouldBe(DeskTestData.ContactName);
        page.Text("#shared-children").ShouldBe("7, 15");
        page.Text("#referral-message").ShouldBe("Perhe tarvitsee perhetyötä aamujen sujumiseen.");
        page.Document.QuerySelector("#shared-description").ShouldBeNull();
        page.Body.ShouldNotContain("Huoli koulunkäynnistä", Case.Sensitive, "the description was not shared");
        var firstAppointment = DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow)).AddDays(3);

        var accepted = await professional.SubmitAsync(page, "#respond-Accepted", new Dictionary<string, string> { ["Input.Date"] = firstAppointment.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });

        accepted.Location.ShouldBe($"/inbox/referrals/{referral.Id}");
        var after = await ReferralTestData.FindAsync(app, referral.Id);
        (after.Status, after.FirstAppointmentOn, after.AcceptedAt is null).ShouldBe((ReferralStatus.Accepted, (DateOnly?)firstAppointment, false));
        after.Events.OrderBy(e => e.At).Select(e => e.Status).ShouldBe([ReferralStatus.Sent, ReferralStatus.Accepted]);
        var answered = await ReferralTestData.ReplyClockAsync(app, referral.Id);
        (answered.State, answered.Events.Count(e => e.Kind == ClockEventKind.Completed)).ShouldBe((ClockState.Met, 1));
        (await ReferralTestData.LogOfAsync(app, referral.Id)).ShouldContain(e => e.Action == AccessAction.View && e.ActorUserId == setup.Professional.Id && e.Purpose == AccessPurposes.ClientWork);

        var contactPage = await setup.Guide.GetAsync(setup.Work.ContactUrl);
        var card = contactPage.Document.QuerySelector($"#referrals li[data-referral='{referral.Id}']").ShouldNotBeNull();
        card.QuerySelector(".referral-status")!.TextContent.Trim().ShouldBe("Hyväksytty");
        card.QuerySelector(".referral-first-appointment")!.TextContent.ShouldContain("(3 päivää ohjauksesta)");
    }

    [Theory]
    [InlineData("no-basis", "basis", "Valitse, millä perusteella tiedot luovutetaan: suostumus vai laki.")]
    [InlineData("future-consent", "consent-0-date", "Suostumuksen aika ei voi olla tulevaisuudessa.")]
    [InlineData("no-consent", "consent-0-given-by", "Kirjaa ainakin yksi suostumus tai valitse lakiin perustuva peruste.")]
    [InlineData("legal-basis-without-explanation", "explanation", "Kirjoita, miksi peruste soveltuu, kun tietoja luovutetaan ilman suostumusta.")]
    [InlineData("nothing-shared", "shared", "Valitse ainakin yksi luovutettava tieto, jotta palvelu voi ottaa perheeseen yhteyttä.")]
    public async Task Bad_referral_input_is_explained_next_to_its_field_keeps_what_was_typed_and_saves_nothing(string problem, string field, string message)
    {
        using var setup = await ReferralTestData.SetupAsync(app);
        var fields = ReferralTestData.WithConsent();
        switch (problem)
        {
            case "no-basis":
                fields.RemoveAll(f => f.Key == "Input.Basis");
                break;
            case "future-consent":
                fields.RemoveAll(f => f.Key == "Input.Consents[0].Date");
                fields.Add(new("Input.Consents[0].Date", WorkTestData.Date(WorkTestData.HelsinkiNow().AddDays(2))));
                break;
            case "no-consent":
                fields.RemoveAll(f => f.Key.StartsWith("Input.Consents", StringComparison.Ordinal));
                break;
            case "legal-basis-without-explanation":
                fields.RemoveAll(f => f.Key.StartsWith("Input.Consents", StringComparison.Ordinal) || f.Key == "Input.Basis");
                fields.Add(new("Input.Basis", nameof(LegalBasis.ChildWelfareNotification)));
                break;
            default:
                fields.RemoveAll(f => f.Key == "Input.Shared");
                break;
        }

        var refused = await ReferralTestData.PostFormAsync(setup.Guide, await setup.Guide.GetAsync(setup.NewUrl), "#referral-form", fields);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text($"#{field}-error").ShouldBe(message);
        refused.Text("#error-summary").ShouldContain(message);
        refused.Text("#message").ShouldBe("Perhe tarvitsee perhetyötä aamujen sujumiseen.");
        (await ReferralTestData.ReferralsOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
        (await WorkTestData.ActionsOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
        (await app.WithDbAsync(db => db.Set<DeadlineClock>().CountAsync(c => c.ContactId == setup.Contact.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_service_outside_the_familys_municipality_and_ages_is_warned_and_needs_the_guides_confirmation()
    {
        using var setup = await ReferralTestData.SetupAsync(app, minAge: 18, maxAge: 120);
        await app.WithDbAsync(db => db.Set<Features.ServiceDirectory.DirectoryServiceArea>().Where(a => a.ServiceId == setup.Service.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.MunicipalityCode, "678")));
        var form = await setup.Guide.GetAsync(setup.NewUrl);
        form.Text("#outside-warning").ShouldContain("Palvelu ei palvele kuntaa Oulu.");
        form.Text("#outside-warning").ShouldContain("Palvelu on 18–120-vuotiaille");

        var refused = await ReferralTestData.PostFormAsync(setup.Guide, form, "#referral-form", ReferralTestData.WithConsent());
        refused.Text("#confirm-outside-error").ShouldStartWith("Palvelu ei palvele perheen kuntaa tai lasten ikää.");
        (await ReferralTestData.ReferralsOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();

        var fields = ReferralTestData.WithConsent();
        fields.Add(new("Input.ConfirmOutsideArea", "true"));
        var sent = await ReferralTestData.PostFormAsync(setup.Guide, form, "#referral-form", fields);
        sent.IsRedirect.ShouldBeTrue();
        (await ReferralTestData.ReferralsOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem().OutsideServiceAreaConfirmed.ShouldBeTrue();
    }

    [Fact]
    public async Task An_answer_after_the_promised_time_needs_its_reason_which_the_clock_keeps_as_the_miss()
    {
        using var setup = await ReferralTestData.SetupAsync(app);
        var id = await ReferralTestData.ReferAsync(app, setup);
        var yesterday = DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow)).AddDays(-1);
        // As if sent three weeks ago: the clock's start event and what is derived from it.
        var startedAt = DateTime.UtcNow.AddDays(-21);
        await app.WithDbAsync(async db =>
        {
            var clockId = await db.Set<DeadlineClock>().Where(c => c.ReferralId == id).Select(c => c.Id).SingleAsync();
            await db.Set<ClockEvent>().Where(e => e.ClockId == clockId).ExecuteUpdateAsync(s => s.SetProperty(e => e.OccurredAt, startedAt));
            return await db.Set<DeadlineClock>().Where(c => c.Id == clockId).ExecuteUpdateAsync(s => s.SetProperty(c => c.DueOn, yesterday).SetProperty(c => c.StartedAt, startedAt));
        });
        using var professional = await StaffTestData.SignedInAsync(app, setup.Professional);
        var page = await professional.GetAsync($"/inbox/referrals/{id}");
        var date = DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow)).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var refused = await professional.SubmitAsync(page, "#respond-Accepted", new Dictionary<string, string> { ["Input.Date"] = date });
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("#late-reason-Accepted-error").ShouldBe("Vastausaika on ylittynyt: kirjoita, miksi vastaus viivästyi.");
        (await ReferralTestData.FindAsync(app, id)).Status.ShouldBe(ReferralStatus.Sent);

        var saved = await professional.SubmitAsync(refused, "#respond-Accepted", new Dictionary<string, string> { ["Input.Date"] = date, ["Input.LateReason"] = "Jono ruuhkautui" });
        saved.Location.ShouldBe($"/inbox/referrals/{id}");
        var clock = await ReferralTestData.ReplyClockAsync(app, id);
        clock.State.ShouldBe(ClockState.Missed);
        clock.Events.Where(e => e.Kind == ClockEventKind.Completed).Select(e => e.Reason).ShouldBe(["Jono ruuhkautui"]);
    }

    [Fact]
    public async Task Withdrawing_the_consent_stops_the_sharing_and_the_professional_then_sees_only_that()
    {
        using var setup = await ReferralTestData.SetupAsync(app);
        var id = await ReferralTestData.ReferAsync(app, setup);
        var detail = await setup.Guide.GetAsync($"/desk/contacts/{setup.Contact.Id}/referrals/{id}");
        detail.Text("#shared-name").ShouldBe(DeskTestData.ContactName);

        var withdrawn = await setup.Guide.SubmitAsync(detail, "#consents .withdraw-form", new Dictionary<string, string> { ["note"] = "Äiti soitti ja perui" });

        withdrawn.Location.ShouldBe($"/desk/contacts/{setup.Contact.Id}/referrals/{id}");
        var consent = (await ReferralTestData.FindAsync(app, id)).Consents.ShouldHaveSingleItem();
        (consent.WithdrawnAt is null, consent.WithdrawalRecordedByUserId, consent.WithdrawalNote).ShouldBe((false, setup.Work.Guide.Id, "Äiti soitti ja perui"));
        (await ReferralTestData.LogOfAsync(app, id)).ShouldContain(e => e.Action == AccessAction.Change && e.ActorUserId == setup.Work.Guide.Id);
        using var professional = await StaffTestData.SignedInAsync(app, setup.Professional);
        var page = await professional.GetAsync($"/inbox/referrals/{id}");
        page.Text("#consent-withdrawn").ShouldBe("Perhe on peruuttanut suostumuksensa. Ohjauksen tietoja ei enää näytetä.");
        page.Document.QuerySelector("#shared-name").ShouldBeNull();
        page.Body.ShouldNotContain(DeskTestData.ContactName);
        page.Body.ShouldNotContain("Perhe tarvitsee perhetyötä");
    }

    [Fact]
    public async Task A_guide_revokes_an_open_referral_with_a_reason_which_stops_the_reply_clock()
    {
        using var setup = await ReferralTestData.SetupAsync(app);
        var id = await ReferralTestData.ReferAsync(app, setup);
        var detail = await setup.Guide.GetAsync($"/desk/contacts/{setup.Contact.Id}/referrals/{id}");

        var refused = await setup.Guide.SubmitAsync(detail, "#revoke-form", new Dictionary<string, string> { ["reason"] = " " });
        refused.Text("#revoke-reason-error").ShouldBe("Kirjoita, miksi ohjaus perutaan.");
        var revoked = await setup.Guide.SubmitAsync(detail, "#revoke-form", new Dictionary<string, string> { ["reason"] = "Perhe ei enää halua palvelua" });

        revoked.IsRedirect.ShouldBeTrue();
        var referral = await ReferralTestData.FindAsync(app, id);
        (referral.Status, referral.StatusReason).ShouldBe((ReferralStatus.Revoked, "Perhe ei enää halua palvelua"));
        var clock = await ReferralTestData.ReplyClockAsync(app, id);
        (clock.State, clock.StopReason).ShouldBe((ClockState.Stopped, "Perhe ei enää halua palvelua"));
    }

    public sealed class OnSqlite(SqliteApp app) : ReferralLoopTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ReferralLoopTests(app), IClassFixture<PostgresApp>;
}
