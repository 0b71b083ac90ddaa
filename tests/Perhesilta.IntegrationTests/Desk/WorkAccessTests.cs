using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

/// <summary>The work forms are for the service guides of the contact's area: everyone else gets 403, and nothing is saved.</summary>
public abstract class WorkAccessTests(PerhesiltaApp app)
{
    public static TheoryData<string> Forms => new() { "actions/new", "close", "routes/new" };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Each_view_of_a_work_form_is_logged_for_its_guide(string form)
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);

        (await setup.Browser.GetAsync($"{setup.ContactUrl}/{form}")).Status.ShouldBe(System.Net.HttpStatusCode.OK);

        var entry = (await DeskTestData.LogOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem();
        (entry.Action, entry.ActorUserId, entry.Purpose).ShouldBe((AccessAction.View, setup.Guide.Id, AccessPurposes.ClientWork));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_guide_of_another_area_a_manager_and_a_professional_are_refused_the_work_forms(string form)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.InitiatedAt = DateTime.UtcNow.AddDays(-1));
        var url = $"/desk/contacts/{contact.Id}/{form}";
        var fields = form switch
        {
            "actions/new" => WorkTestData.Action(ActionKind.PhoneGuidance, WorkTestData.HelsinkiNow()),
            "close" => CloseContactTests.Close("AdviceGiven", "yes"),
            _ => RouteTests.Route("ChildWelfareNotification", WorkTestData.HelsinkiNow()),
        };
        fields["Input.Version"] = contact.Version.ToString();
        foreach (var outsider in new[]
        {
            await app.CreateStaffAsync(StaffRoles.ServiceGuide, [other.Code]),
            await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]),
            await app.CreateStaffAsync(StaffRoles.Professional, [area.Code]),
        })
        {
            using var browser = await StaffTestData.SignedInAsync(app, outsider);
            (await browser.GetAsync(url)).ShouldBeForbidden(url);
            fields["__RequestVerificationToken"] = await StaffTestData.AntiforgeryTokenAsync(browser);
            (await browser.PostAsync(url, fields)).ShouldBeForbidden(url);
        }

        var after = await DeskTestData.FindAsync(app, contact.Id);
        (after.Version, after.Status).ShouldBe((contact.Version, ContactStatus.Received));
        (await WorkTestData.ActionsOfAsync(app, contact.Id)).ShouldBeEmpty();
        (await WorkTestData.RoutesOfAsync(app, contact.Id)).ShouldBeEmpty();
        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Signing_in_is_asked_for_the_work_forms()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var anonymous = app.NewBrowser();
        foreach (var form in new[] { "actions/new", "close", "routes/new" })
        {
            var url = $"/desk/contacts/{contact.Id}/{form}";
            (await anonymous.GetAsync(url)).ShouldAskToSignIn(url);
        }
    }

    public sealed class OnSqlite(SqliteApp app) : WorkAccessTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : WorkAccessTests(app), IClassFixture<PostgresApp>;
}
