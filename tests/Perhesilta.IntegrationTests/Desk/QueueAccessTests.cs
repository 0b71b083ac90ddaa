using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.Desk.QueueTestData;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class QueueAccessTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_of_another_area_sees_nothing_of_this_one()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.CallbackDate = Today);
        var elsewhere = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [other.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, elsewhere);

        foreach (var url in new[] { "/desk", "/desk?view=new", "/desk?view=callbacks", $"/desk?area={area.Id}", "/desk/caseload" })
        {
            (await browser.GetAsync(url)).Body.ShouldNotContain(contact.ReferenceCode, customMessage: url);
        }
    }

    [Fact]
    public async Task A_guide_of_a_single_municipality_sees_its_contacts()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        await DeskTestData.AddMunicipalityAsync(app, guide.Id, "072");
        var hailuoto = await DeskTestData.CreateContactAsync(app, area.Id, "072");
        var oulu = await DeskTestData.CreateContactAsync(app, area.Id, "564");
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var queue = await browser.GetAsync("/desk");

        Codes(queue).ShouldBe([hailuoto.ReferenceCode]);
        queue.Body.ShouldNotContain(oulu.ReferenceCode);
        queue.Document.QuerySelectorAll("select[name='municipality'] option").Select(o => o.GetAttribute("value")).ShouldBe(["", "072"]);
    }

    [Fact]
    public async Task A_manager_sees_the_queue_of_their_areas_without_personal_details_and_nothing_is_logged()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id, change: c =>
        {
            c.Kind = ContactKind.ChildWelfareNotification;
            c.Requester = RequesterRole.Professional;
            c.ProfessionalName = "Kalle Koulukuraattori";
            c.WaitingFor = "Kalle soittaa takaisin";
            c.Status = ContactStatus.InProgress;
        });
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        foreach (var url in new[] { "/desk", "/desk?view=waiting", "/desk?view=new&sort=arrival" })
        {
            var page = await browser.GetAsync(url);
            foreach (var personal in new[] { DeskTestData.ContactName, DeskTestData.Phone, DeskTestData.Email, "Huoli koulunkäynnistä", "Kalle" })
            {
                page.Body.ShouldNotContain(personal, customMessage: url);
            }
        }

        Codes(await browser.GetAsync("/desk?view=waiting")).ShouldBe([contact.ReferenceCode]);
        (await DeskTestData.LogOfAsync(app, contact.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Professionals_and_administrators_are_refused_and_a_visitor_is_asked_to_sign_in()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var professional = await app.CreateStaffAsync(StaffRoles.Professional, [area.Code]);
        var administrator = await app.CreateStaffAsync(StaffRoles.Administrator);

        foreach (var refused in new[] { professional, administrator })
        {
            using var browser = await StaffTestData.SignedInAsync(app, refused);
            foreach (var url in new[] { "/desk", "/desk/caseload" })
            {
                (await browser.GetAsync(url)).ShouldBeForbidden(url);
            }
        }

        using var anonymous = app.NewBrowser();
        foreach (var url in new[] { "/desk", "/desk/caseload" })
        {
            (await anonymous.GetAsync(url)).ShouldAskToSignIn(url);
        }
    }

    public sealed class OnSqlite(SqliteApp app) : QueueAccessTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : QueueAccessTests(app), IClassFixture<PostgresApp>;
}
