using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Mail;
using Shouldly;
using static Perhesilta.IntegrationTests.HelpRequests.HelpRequestTestData;

namespace Perhesilta.IntegrationTests.HelpRequests;

/// <summary>The professionals' form keeps the legal routes apart: consultation, consent, notification without consent.</summary>
public abstract class ProfessionalRouteTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_family_form_points_professionals_to_their_own_form_which_explains_each_route()
    {
        using var browser = app.NewBrowser();
        var family = await browser.GetAsync("/pyyda-apua");
        family.Document.QuerySelector("a[href='/pyyda-apua/ammattilainen']").ShouldNotBeNull();

        var form = await browser.GetAsync("/pyyda-apua/ammattilainen");

        form.Status.ShouldBe(HttpStatusCode.OK);
        form.Text(".notice--emergency").ShouldContain("112");
        var routes = form.Document.QuerySelectorAll("input[name='Input.Kind']").Select(i => i.GetAttribute("value")).ToList();
        routes.ShouldBe(["ProfessionalConsultation", "ConsentedAssessmentRequest", "SocialWelfareNeedNotification", "ChildWelfareNotification", "AnticipatoryChildWelfareNotification"]);
        form.Text("#kind-ConsentedAssessmentRequest-hint").ShouldContain("lastensuojelulaki 25 a §");
        form.Text("#kind-AnticipatoryChildWelfareNotification-hint").ShouldContain("25 c §");
    }

    [Fact]
    public async Task An_anonymous_consultation_needs_no_details_of_the_professional_or_the_family()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua/ammattilainen");
        var values = Professional(marker, "ProfessionalConsultation");
        foreach (var key in new[] { "Input.ProfessionalName", "Input.ProfessionalOrganisation", "Input.ProfessionalRole", "Input.ProfessionalPhone", "Input.ProfessionalEmail" })
        {
            values[key] = "";
        }

        var sent = await browser.SubmitAsync(form, "#help-request-form", values);

        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        var contact = await ContactAsync(app, marker);
        contact.Kind.ShouldBe(ContactKind.ProfessionalConsultation);
        contact.Requester.ShouldBe(RequesterRole.Professional);
        contact.ContactName.ShouldBeNull("a consultation does not identify the family");
        contact.Phone.ShouldBeNull();
        contact.ContactMethod.ShouldBe(PreferredContactMethod.StatusPage);
        contact.NeedsImmediateUrgencyAssessment.ShouldBeFalse();
    }

    [Fact]
    public async Task A_contact_with_consent_records_who_consented_how_and_when()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua/ammattilainen");
        var values = Professional(marker, "ConsentedAssessmentRequest");
        values["Input.ConsentGivenBy"] = "Äiti";
        values["Input.ConsentMethod"] = "Verbal";
        values["Input.ConsentGivenOn"] = "2026-11-20";

        var sent = await browser.SubmitAsync(form, "#help-request-form", values);

        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        var contact = await ContactAsync(app, marker);
        contact.Kind.ShouldBe(ContactKind.ConsentedAssessmentRequest);
        contact.ConsentGivenBy.ShouldBe("Äiti");
        contact.ConsentMethod.ShouldBe(ConsentMethod.Verbal);
        contact.ConsentGivenAt.ShouldBe(new DateTime(2026, 11, 19, 22, 0, 0, DateTimeKind.Utc));
        contact.ProfessionalName.ShouldBe("Opettaja Testinen");
        contact.ProfessionalOrganisation.ShouldBe("Testikoulu");
        contact.ContactName.ShouldBe("Testi Huoltaja");
        contact.NeedsImmediateUrgencyAssessment.ShouldBeFalse();
        contact.ServiceTask.ShouldBe(ServiceTasks.FamilyServices);
    }

    [Fact]
    public async Task A_contact_with_consent_without_the_professional_or_the_consent_is_refused()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua/ammattilainen");
        var values = Professional(marker, "ConsentedAssessmentRequest");
        values["Input.ProfessionalName"] = "";
        values["Input.ProfessionalPhone"] = "";
        values["Input.ProfessionalEmail"] = "";

        var page = await browser.SubmitAsync(form, "#help-request-form", values);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text("#professionalName-error").ShouldBe("Kirjoita oma nimesi.");
        page.Text("#professionalPhone-error").ShouldBe("Kirjoita oma puhelinnumerosi tai sähköpostiosoitteesi.");
        page.Text("#consentGivenBy-error").ShouldBe("Kirjoita, kuka perheestä suostui.");
        page.Text("#consentMethod-error").ShouldBe("Valitse, miten suostumus annettiin.");
        page.Text("#consentGivenOn-error").ShouldBe("Kirjoita, milloin suostumus annettiin.");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Theory]
    [InlineData("ChildWelfareNotification", ServiceTasks.ChildWelfare)]
    [InlineData("SocialWelfareNeedNotification", ServiceTasks.FamilyServices)]
    [InlineData("AnticipatoryChildWelfareNotification", ServiceTasks.ChildWelfare)]
    public async Task A_notification_without_consent_is_flagged_routed_and_acknowledged_with_a_receipt(string kind, string serviceTask)
    {
        var marker = Marker();
        var unit = "Alkuarvioinnin tiimi " + marker;
        await SetAreaAsync(app, Municipality, null, unit);
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua/ammattilainen");
        var values = Professional(marker, kind);
        if (kind == "AnticipatoryChildWelfareNotification")
        {
            values["Input.ChildAgesText"] = "";
            values["Input.ExpectingBaby"] = "true";
        }

        var sent = await browser.SubmitAsync(form, "#help-request-form", values);

        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        var contact = await ContactAsync(app, marker);
        contact.Kind.ToString().ShouldBe(kind);
        contact.NeedsImmediateUrgencyAssessment.ShouldBeTrue();
        contact.RoutedToUnit.ShouldBe(unit);
        contact.ServiceTask.ShouldBe(serviceTask);
        contact.ConsentGivenBy.ShouldBeNull();
        var receipt = await browser.GetAsync(sent.Location!);
        receipt.Text("h1").ShouldBe("Ilmoitus on vastaanotettu");
        receipt.Text("#receipt").ShouldStartWith("Kuittaus: ilmoitus on vastaanotettu");
        receipt.Body.ShouldContain(unit);
        receipt.Text("#reference-code").ShouldBe(contact.ReferenceCode);
        var mail = await app.WithDbAsync(db => db.Set<OutgoingMail>().SingleAsync(m => m.To == marker + "@test.perhesilta.example"));
        mail.TextBody.ShouldContain("ilmoituksesi on vastaanotettu");
        mail.TextBody.ShouldContain(contact.ReferenceCode);
    }

    [Fact]
    public async Task An_anticipatory_notification_must_concern_an_expected_baby()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua/ammattilainen");

        var page = await browser.SubmitAsync(form, "#help-request-form", Professional(marker, "AnticipatoryChildWelfareNotification"));

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text("#childAges-error").ShouldStartWith("Ennakollinen lastensuojeluilmoitus koskee syntymätöntä lasta");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task A_family_route_cannot_be_sent_through_the_professional_form()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua/ammattilainen");

        var page = await browser.SubmitAsync(form, "#help-request-form", Professional(marker, "FamilyRequest"));

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text("#kind-error").ShouldBe("Valittu arvo ei ole mikään lomakkeen vaihtoehdoista. Valitse uudelleen.");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    public sealed class OnSqlite(SqliteApp app) : ProfessionalRouteTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ProfessionalRouteTests(app), IClassFixture<PostgresApp>;
}
