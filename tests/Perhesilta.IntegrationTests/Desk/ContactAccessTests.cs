using System.Net;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class ContactAccessTests(PerhesiltaApp app)
{
    [Theory]
    [InlineData("Supervision", "Palvelun valvonta", AccessPurposes.Supervision)]
    [InlineData("Complaint", "Muistutuksen tai kantelun käsittely", AccessPurposes.Complaint)]
    [InlineData("ClientRequest", "Asiakkaan pyyntö saada omat tietonsa", AccessPurposes.ClientRequest)]
    [InlineData("RecordCorrection", "Tietojen korjaaminen", AccessPurposes.RecordCorrection)]
    public async Task A_manager_chooses_a_purpose_before_seeing_personal_details_and_the_view_is_logged_once_with_it(string purpose, string label, string code)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, manager);
        var url = $"/desk/contacts/{contact.Id}";

        var ask = await browser.GetAsync(url);

        ask.Status.ShouldBe(HttpStatusCode.OK);
        ask.Document.QuerySelector("#purpose-form legend")!.TextContent.ShouldBe("Miksi avaat tämän yhteydenoton tiedot?");
        ask.Text($"label[for='purpose-{purpose}']").ShouldBe(label);
        ask.Body.ShouldNotContain(DeskTestData.ContactName);
        ask.Body.ShouldNotContain(DeskTestData.Phone);
        ask.Document.QuerySelector("#description").ShouldBeNull();
        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldBeEmpty();

        var form = ask.Document.QuerySelector("#purpose-form")!;
        form.GetAttribute("method").ShouldBe("get");
        var shown = await browser.GetAsync($"{url}?purpose={purpose}");

        shown.Status.ShouldBe(HttpStatusCode.OK);
        shown.Text("#contact-name").ShouldBe(DeskTestData.ContactName);
        shown.Text("#read-only").ShouldContain(label);
        shown.Document.QuerySelectorAll("main form[method='post']").ShouldBeEmpty();
        var entry = (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldHaveSingleItem();
        (entry.ActorUserId, entry.Action, entry.Purpose).ShouldBe((manager.Id, AccessAction.View, code));
    }

    [Fact]
    public async Task An_unknown_purpose_asks_again_and_logs_nothing()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        var page = await browser.GetAsync($"/desk/contacts/{contact.Id}?purpose=Curiosity");

        page.Document.QuerySelector("#purpose-form").ShouldNotBeNull();
        page.Body.ShouldNotContain(DeskTestData.ContactName);
        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Claim")]
    [InlineData("Waiting")]
    [InlineData("Contacted")]
    public async Task A_manager_changes_nothing_on_a_contact(string handler)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, manager);
        var url = $"/desk/contacts/{contact.Id}";

        var page = await RecordTestData.PostHandlerAsync(browser, url, handler, ("version", contact.Version.ToString()), ("waitingFor", "jotain"));

        page.ShouldBeForbidden(url);
        (await DeskTestData.FindAsync(app, contact.Id)).Version.ShouldBe(contact.Version);
        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(StaffRoles.Professional, true)]
    [InlineData(StaffRoles.Administrator, true)]
    [InlineData(StaffRoles.ServiceGuide, false)]
    [InlineData(StaffRoles.Manager, false)]
    public async Task Other_roles_and_staff_of_other_areas_get_403_on_the_contact_and_its_mapping(string role, bool ofTheArea)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        var staff = await app.CreateStaffAsync(role, [ofTheArea ? area.Code : other.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, staff);
        var url = $"/desk/contacts/{contact.Id}";

        foreach (var address in new[] { url, url + "?purpose=Supervision", url + "/mapping" })
        {
            var page = await browser.GetAsync(address);
            page.ShouldBeForbidden(address);
            page.Body.ShouldNotContain(DeskTestData.ContactName);
        }

        var token = await StaffTestData.AntiforgeryTokenAsync(browser);
        (await browser.PostAsync(url + "/mapping", [new("__RequestVerificationToken", token), new("Input.Version", contact.Version.ToString())])).ShouldBeForbidden(url + "/mapping");
        (await RecordTestData.PostHandlerAsync(browser, url, "Claim", ("version", contact.Version.ToString()))).ShouldBeForbidden(url);
        (await DeskTestData.FindAsync(app, contact.Id)).Version.ShouldBe(contact.Version);
        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_manager_of_the_area_cannot_open_the_mapping_form()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, manager);
        var url = $"/desk/contacts/{contact.Id}/mapping";

        (await browser.GetAsync(url)).ShouldBeForbidden(url);
        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldBeEmpty();
    }

    public sealed class OnSqlite(SqliteApp app) : ContactAccessTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ContactAccessTests(app), IClassFixture<PostgresApp>;
}
