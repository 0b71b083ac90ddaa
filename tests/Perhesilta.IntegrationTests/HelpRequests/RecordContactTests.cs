using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.HelpRequests.HelpRequestTestData;

namespace Perhesilta.IntegrationTests.HelpRequests;

/// <summary>A service guide records a phone call, an e-mail or a walk-in visit in the structure of the public form.</summary>
public abstract class RecordContactTests(PerhesiltaApp app)
{
    private const string Url = "/desk/contacts/new";

    [Theory]
    [InlineData("Phone", ContactChannel.Phone)]
    [InlineData("WalkIn", ContactChannel.WalkIn)]
    public async Task A_guide_records_a_contact_that_lands_in_the_municipalitys_area_and_is_logged(string channel, ContactChannel expected)
    {
        var marker = Marker();
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["raahe"]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var form = await browser.GetAsync(Url);
        form.Status.ShouldBe(HttpStatusCode.OK);
        form.Document.QuerySelector("input[name='RecordedChannel'][value='Phone']")!.HasAttribute("checked").ShouldBeTrue();
        var values = Family(marker);
        values.Remove("Input.Kind");
        values["RecordedChannel"] = channel;
        values["Input.CallbackDate"] = "2026-12-02";

        var saved = await browser.SubmitAsync(form, "#help-request-form", values);

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var contact = await ContactAsync(app, marker);
        saved.Location.ShouldBe($"/desk/contacts/{contact.Id}");
        contact.Channel.ShouldBe(expected);
        contact.Kind.ShouldBe(ContactKind.FamilyRequest);
        contact.RecordedByUserId.ShouldBe(guide.Id);
        contact.AreaId.ShouldBe(await AreaIdAsync(app, Municipality), "the Oulu municipality lands in the Oulu queue although the guide serves Raahe");
        contact.CallbackDate.ShouldBe(new DateOnly(2026, 12, 2));
        contact.CallbackFrom.ShouldBe(new TimeOnly(10, 0));
        contact.InitiatedAt.ShouldBe(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        var logged = await app.WithDbAsync(db => db.Set<AccessLogEntry>().Where(e => e.RecordId == contact.Id.ToString()).ToListAsync());
        logged.ShouldHaveSingleItem();
        logged[0].Action.ShouldBe(AccessAction.Create);
        logged[0].RecordType.ShouldBe("Contact");
        logged[0].ActorUserId.ShouldBe(guide.Id);
    }

    [Fact]
    public async Task A_recording_without_a_channel_or_a_description_is_refused_and_nothing_is_saved()
    {
        var marker = Marker();
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);
        var form = await browser.GetAsync(Url);
        var values = Family(marker);
        values["RecordedChannel"] = "WebForm";
        values["Input.Phone"] = "ei numeroa " + marker;

        var page = await browser.SubmitAsync(form, "#help-request-form", values);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text("#channel-error").ShouldBe("Valitse, miten yhteydenotto tuli.");
        page.Text("#phone-error").ShouldStartWith("Puhelinnumerossa voi olla vain numeroita");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task Other_roles_are_refused_and_anonymous_visitors_are_asked_to_sign_in()
    {
        var marker = Marker();
        var professional = await app.CreateStaffAsync(StaffRoles.Professional, ["oulu"]);
        using var signedIn = await StaffTestData.SignedInAsync(app, professional);
        var token = await StaffTestData.AntiforgeryTokenAsync(signedIn);
        var fields = Family(marker);
        fields["__RequestVerificationToken"] = token;
        fields["RecordedChannel"] = "Phone";
        fields["Input.IdempotencyKey"] = Guid.NewGuid().ToString("N");

        (await signedIn.GetAsync(Url)).ShouldBeForbidden(Url);
        (await signedIn.PostAsync(Url, fields)).ShouldBeForbidden(Url);

        using var anonymous = app.NewBrowser();
        (await anonymous.GetAsync(Url)).ShouldAskToSignIn(Url);
        (await anonymous.PostAsync(Url, fields)).ShouldAskToSignIn(Url);
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    public sealed class OnSqlite(SqliteApp app) : RecordContactTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : RecordContactTests(app), IClassFixture<PostgresApp>;
}
