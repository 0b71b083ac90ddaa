using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Localization;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class RouteTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_request_with_consent_is_recorded_with_who_consented_shown_with_its_legal_basis_and_logged()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        await app.WithDbAsync(db => db.Set<Area>().Where(a => a.Id == setup.Area.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.NotificationReceivingUnit, "Alkuarviotiimi (testi)")));
        var form = await setup.Browser.GetAsync(setup.RouteUrl);
        form.Document.QuerySelector("#to-unit")!.GetAttribute("value").ShouldBe("Alkuarviotiimi (testi)");
        form.Text("label[for='kind']").ShouldBe("Yhteydenotto perheen luvalla");
        var madeAt = WorkTestData.HelsinkiNow().AddHours(-2);
        var fields = Route("ConsentedAssessmentRequest", madeAt);
        fields.Remove("Input.ToUnit");
        (fields["Input.ConsentGivenBy"], fields["Input.ConsentMethod"]) = ("äiti", "Verbal");

        var saved = await setup.Browser.SubmitAsync(form, "#route-form", fields);

        saved.Location.ShouldBe(setup.ContactUrl);
        var route = (await WorkTestData.RoutesOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem();
        (route.Kind, route.MadeAt, route.MadeByUserId, route.ToUnit, route.Basis, route.ConsentGivenBy, route.ConsentMethod)
            .ShouldBe((StatutoryRouteKind.ConsentedAssessmentRequest, HelsinkiTime.ToUtc(madeAt), setup.Guide.Id, "Alkuarviotiimi (testi)", "Lapsi on ollut poissa koulusta.", "äiti", ConsentMethod.Verbal));
        var page = await setup.Browser.GetAsync(setup.ContactUrl);
        page.Text("#routes h3").ShouldBe("Yhteydenotto perheen luvalla");
        page.Text("#routes").ShouldContain("Sosiaalihuoltolaki 35 §, lastensuojelulaki 25 a §");
        page.Text("#routes").ShouldContain("äiti (suullisesti)");
        page.Text("#routes").ShouldContain(WorkTestData.Shown(route.MadeAt));
        var created = await app.WithDbAsync(db => db.Set<AccessLogEntry>().AsNoTracking().Where(e => e.RecordType == "StatutoryRoute" && e.RecordId == route.Id.ToString()).ToListAsync());
        (created.ShouldHaveSingleItem().Action, created[0].ActorUserId).ShouldBe((AccessAction.Create, setup.Guide.Id));
        (await DeskTestData.LogOfAsync(app, setup.Contact.Id)).ShouldContain(e => e.Action == AccessAction.Change && e.ActorUserId == setup.Guide.Id);
    }

    public static TheoryData<string, string, string> BadRoutes => new()
    {
        { "kind", "", "Valitse, mikä yhteydenotto tai ilmoitus tehtiin." },
        { "made-date", "future", "Ajankohta on tulevaisuudessa. Kirjaa vain jo tapahtunut." },
        { "made-date", "before-contact", "Ajankohta on ennen kuin yhteydenotto saapui" },
        { "to-unit", "no-unit", "Kirjoita yksikkö, jolle yhteydenotto tai ilmoitus tehtiin." },
        { "basis", "no-basis", "Kirjoita, mihin huoli perustuu." },
        { "consent-given-by", "no-consent-giver", "Kirjoita, kuka perheestä antoi suostumuksen." },
        { "consent-method", "no-consent-method", "Valitse, miten suostumus annettiin." },
    };

    [Theory]
    [MemberData(nameof(BadRoutes))]
    public async Task A_bad_route_is_refused_with_a_message_at_its_field_and_nothing_is_saved(string field, string fault, string message)
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var now = WorkTestData.HelsinkiNow();
        var fields = Route(fault.StartsWith("no-consent", StringComparison.Ordinal) ? "ConsentedAssessmentRequest" : "ChildWelfareNotification", now.AddHours(-1));
        switch (fault)
        {
            case "": fields["Input.Kind"] = ""; break;
            case "future": fields["Input.Date"] = WorkTestData.Date(now.AddDays(1)); break;
            case "before-contact": fields["Input.Date"] = WorkTestData.Date(now.AddDays(-5)); break;
            case "no-unit": fields["Input.ToUnit"] = " "; break;
            case "no-basis": fields["Input.Basis"] = ""; break;
            case "no-consent-giver": fields["Input.ConsentMethod"] = "Written"; break;
            default: fields["Input.ConsentGivenBy"] = "isä"; break;
        }

        var page = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.RouteUrl), "#route-form", fields);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text($"#{field}-error").ShouldStartWith(message);
        page.Document.QuerySelector($"#error-summary a[href='#{field}']").ShouldNotBeNull();
        if (field != "basis")
        {
            page.Text("#basis").ShouldBe("Lapsi on ollut poissa koulusta.");
        }

        (await WorkTestData.RoutesOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
        (await DeskTestData.FindAsync(app, setup.Contact.Id)).Version.ShouldBe(setup.Contact.Version);
    }

    [Fact]
    public async Task A_saved_route_cannot_be_changed()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var madeAt = WorkTestData.HelsinkiNow().AddHours(-1);
        (await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(setup.RouteUrl), "#route-form", Route("ChildWelfareNotification", madeAt))).Location.ShouldBe(setup.ContactUrl);

        var change = () => app.WithDbAsync(async db =>
        {
            var route = await db.Set<StatutoryRoute>().SingleAsync(r => r.ContactId == setup.Contact.Id);
            route.MadeAt = route.MadeAt.AddDays(1);
            return await db.SaveChangesAsync();
        });

        await Should.ThrowAsync<InvalidOperationException>(change);
        (await WorkTestData.RoutesOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem().MadeAt.ShouldBe(HelsinkiTime.ToUtc(madeAt));
    }

    [Fact]
    public async Task A_closed_contact_takes_no_statutory_route()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app, c => (c.Status, c.ClosedAt, c.Outcome) = (ContactStatus.Closed, DateTime.UtcNow, ContactOutcome.AdviceGiven));
        (await setup.Browser.GetAsync(setup.RouteUrl)).Document.QuerySelector("#route-form").ShouldBeNull();
        var fields = Route("ChildWelfareNotification", WorkTestData.HelsinkiNow());
        fields["__RequestVerificationToken"] = await Staff.StaffTestData.AntiforgeryTokenAsync(setup.Browser);
        fields["Input.Version"] = setup.Contact.Version.ToString();

        var page = await setup.Browser.PostAsync(setup.RouteUrl, fields);

        page.Text("#form-message").ShouldBe("Yhteydenotto on suljettu, joten siihen ei voi enää kirjata mitään. Mitään ei tallennettu.");
        (await WorkTestData.RoutesOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
    }

    internal static Dictionary<string, string> Route(string kind, DateTime helsinki) => new()
    {
        ["Input.Kind"] = kind,
        ["Input.Date"] = WorkTestData.Date(helsinki),
        ["Input.Time"] = WorkTestData.Time(helsinki),
        ["Input.ToUnit"] = "Lastensuojelun alkuarviotiimi (testi)",
        ["Input.Basis"] = "Lapsi on ollut poissa koulusta.",
    };

    public sealed class OnSqlite(SqliteApp app) : RouteTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : RouteTests(app), IClassFixture<PostgresApp>;
}
