using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.Desk.QueueTestData;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class CaseloadTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_sees_their_own_open_contacts_with_the_earliest_target_first()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var colleague = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var later = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Status, c.AssignedToUserId, c.RespondBy) = (ContactStatus.InProgress, guide.Id, Today.AddDays(4)));
        var sooner = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Status, c.AssignedToUserId, c.RespondBy, c.Urgency) = (ContactStatus.Contacted, guide.Id, Today.AddDays(-1), FeltUrgency.CanWait));
        var closed = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Status, c.AssignedToUserId, c.ClosedAt) = (ContactStatus.Closed, guide.Id, DateTime.UtcNow));
        var colleagues = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Status, c.AssignedToUserId) = (ContactStatus.InProgress, colleague.Id));
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var caseload = await browser.GetAsync("/desk/caseload");

        caseload.Text("h1").ShouldBe("Työtilanne");
        caseload.Text("#mine-count").ShouldBe("Avoimia yhteydenottoja: 2");
        caseload.Document.QuerySelectorAll("#mine tbody tr").Select(r => r.GetAttribute("data-contact")).ShouldBe([sooner.ReferenceCode, later.ReferenceCode]);
        caseload.Document.QuerySelector($"#mine a[href='/desk/contacts/{later.Id}']").ShouldNotBeNull();
        caseload.Body.ShouldNotContain(closed.ReferenceCode);
        caseload.Body.ShouldNotContain(colleagues.ReferenceCode);
        caseload.Document.QuerySelector("#areas").ShouldBeNull();
        caseload.Body.ShouldNotContain(DeskTestData.ContactName);
    }

    [Fact]
    public async Task A_manager_sees_open_contacts_per_area_and_per_guide_of_the_areas_they_manage()
    {
        var north = await StaffTestData.CreateAreaAsync(app);
        var south = await StaffTestData.CreateAreaAsync(app);
        var unmanaged = await StaffTestData.CreateAreaAsync(app);
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [north.Code, south.Code]);
        var anna = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [north.Code]);
        var idle = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [south.Code]);
        var outsider = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [unmanaged.Code]);
        await RenameAsync(anna.Id, "Anna Ohjaaja");
        await RenameAsync(idle.Id, "Iida Ohjaaja");
        await RenameAsync(outsider.Id, "Olli Ulkopuolinen");
        var overdue = Today.AddDays(-1);
        await DeskTestData.CreateContactAsync(app, north.Id, change: c => c.RespondBy = overdue);
        await DeskTestData.CreateContactAsync(app, north.Id);
        await DeskTestData.CreateContactAsync(app, north.Id, change: c => (c.Status, c.AssignedToUserId, c.RespondBy) = (ContactStatus.InProgress, anna.Id, overdue));
        await DeskTestData.CreateContactAsync(app, north.Id, change: c => (c.Status, c.AssignedToUserId, c.WaitingFor) = (ContactStatus.InProgress, anna.Id, "Koulun vastaus"));
        await DeskTestData.CreateContactAsync(app, north.Id, change: c => (c.Status, c.AssignedToUserId, c.RespondBy) = (ContactStatus.Contacted, anna.Id, overdue));
        await DeskTestData.CreateContactAsync(app, north.Id, change: c => (c.Status, c.AssignedToUserId, c.ClosedAt) = (ContactStatus.Closed, anna.Id, DateTime.UtcNow));
        await DeskTestData.CreateContactAsync(app, south.Id, change: c => c.WaitingFor = "Perheen soitto");
        await DeskTestData.CreateContactAsync(app, unmanaged.Id, change: c => (c.Status, c.AssignedToUserId) = (ContactStatus.InProgress, outsider.Id));
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        var caseload = await browser.GetAsync("/desk/caseload");

        Table(caseload, "#areas").ShouldBe([
            [north.NameFi, "5", "2", "2", "1"],
            [south.NameFi, "1", "0", "1", "1"],
        ], ignoreOrder: true);
        Table(caseload, "#guides").ShouldBe([
            ["Anna Ohjaaja", "3", "1", "1"],
            ["Iida Ohjaaja", "0", "0", "0"],
        ]);
        caseload.Body.ShouldNotContain("Olli Ulkopuolinen");
        caseload.Document.QuerySelector("#mine").ShouldBeNull();
        caseload.Body.ShouldNotContain("Koulun vastaus");
    }

    private static List<string[]> Table(Page page, string selector) =>
        [.. page.Document.QuerySelectorAll($"{selector} tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray())];

    private Task<int> RenameAsync(string userId, string name) =>
        app.WithDbAsync(async db =>
        {
            var user = await db.Users.FindAsync(userId);
            user!.DisplayName = name;
            return await db.SaveChangesAsync();
        });

    public sealed class OnSqlite(SqliteApp app) : CaseloadTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CaseloadTests(app), IClassFixture<PostgresApp>;
}
