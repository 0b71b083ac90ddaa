using Perhesilta.Features.Deadlines;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.Deadlines.ReportTestData;

namespace Perhesilta.IntegrationTests.Deadlines;

/// <summary>The list of clocks due soon or overdue, and the start page's section of it.</summary>
public abstract class ListsTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_guide_sees_their_own_clocks_due_soon_or_overdue_earliest_first_and_opens_the_contact()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var colleague = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var (soon, _) = await ClockAsync(app, area.Id, ClockRule.ReplyToContact, await StartDueOnAsync(app, ClockRule.ReplyToContact, await WorkingDayAsync(app, 2)), responsibleUserId: guide.Id);
        var (overdue, _) = await ClockAsync(app, area.Id, ClockRule.Shl36Start, await StartDueOnAsync(app, ClockRule.Shl36Start, await WorkingDayAsync(app, -3)), responsibleUserId: guide.Id);
        var (later, _) = await ClockAsync(app, area.Id, ClockRule.Shl36Start, await StartDueOnAsync(app, ClockRule.Shl36Start, await WorkingDayAsync(app, 5)), responsibleUserId: guide.Id);
        var (done, _) = await ClockAsync(app, area.Id, ClockRule.Shl36Start, new DateOnly(2026, 3, 2), Met(new(2026, 3, 4)), responsibleUserId: guide.Id);
        var (colleagues, _) = await ClockAsync(app, area.Id, ClockRule.ReplyToContact, await StartDueOnAsync(app, ClockRule.ReplyToContact, await WorkingDayAsync(app, 1)), responsibleUserId: colleague.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var list = await browser.GetAsync("/deadlines");

        list.Text("h1").ShouldBe("Määräajat");
        Rows(list).ShouldBe([
            [overdue.ReferenceCode, "Palvelutarpeen arvioinnin aloittaminen (SHL 36 §)", Date(await WorkingDayAsync(app, -3)), "Testi ServiceGuide", area.NameFi, "Myöhässä 3 arkipäivää"],
            [soon.ReferenceCode, "Vastaus yhteydenottoon", Date(await WorkingDayAsync(app, 2)), "Testi ServiceGuide", area.NameFi, "2 arkipäivää jäljellä"],
        ]);
        list.Document.QuerySelector($"#deadlines a[href='/desk/contacts/{overdue.Id}']").ShouldNotBeNull();
        list.Body.ShouldNotContain(later.ReferenceCode);
        list.Body.ShouldNotContain(done.ReferenceCode);
        list.Body.ShouldNotContain(colleagues.ReferenceCode);
        list.Body.ShouldNotContain(Desk.DeskTestData.ContactName);

        var all = await browser.GetAsync("/deadlines?view=Mine&all=true");
        Rows(all).Select(r => r[0]).ShouldBe([overdue.ReferenceCode, soon.ReferenceCode, later.ReferenceCode]);

        var team = await browser.GetAsync("/deadlines?view=Team");
        Rows(team).Select(r => r[0]).ShouldBe([overdue.ReferenceCode, colleagues.ReferenceCode, soon.ReferenceCode]);
    }

    [Fact]
    public async Task A_manager_sees_the_clocks_of_their_areas_or_of_one_area_without_links_to_contacts()
    {
        var north = await StaffTestData.CreateAreaAsync(app);
        var south = await StaffTestData.CreateAreaAsync(app);
        var unmanaged = await StaffTestData.CreateAreaAsync(app);
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [north.Code, south.Code]);
        var due = await WorkingDayAsync(app, -1);
        var (inNorth, _) = await ClockAsync(app, north.Id, ClockRule.Lsl26Decision, await StartDueOnAsync(app, ClockRule.Lsl26Decision, due));
        var (inSouth, _) = await ClockAsync(app, south.Id, ClockRule.Lsl26Decision, await StartDueOnAsync(app, ClockRule.Lsl26Decision, due));
        var (elsewhere, _) = await ClockAsync(app, unmanaged.Id, ClockRule.Lsl26Decision, await StartDueOnAsync(app, ClockRule.Lsl26Decision, due));
        using var browser = await StaffTestData.SignedInAsync(app, manager);

        var team = await browser.GetAsync("/deadlines");
        var south1 = await browser.GetAsync($"/deadlines?view=Area&area={south.Id}");
        var notMine = await browser.GetAsync($"/deadlines?view=Area&area={unmanaged.Id}");

        Rows(team).Select(r => r[0]).ShouldBe([inNorth.ReferenceCode, inSouth.ReferenceCode], ignoreOrder: true);
        Rows(team)[0][3].ShouldBe("Alueen ohjaajat");
        team.Document.QuerySelector("#deadlines a").ShouldBeNull();
        team.Body.ShouldNotContain(elsewhere.ReferenceCode);
        Rows(south1).Select(r => r[0]).ShouldBe([inSouth.ReferenceCode]);
        notMine.Body.ShouldNotContain(elsewhere.ReferenceCode);
        notMine.Document.QuerySelector("#deadlines-empty").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_start_page_shows_a_guide_their_clocks_due_soon_and_overdue_with_a_link_to_the_list()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var (overdue, _) = await ClockAsync(app, area.Id, ClockRule.Shl36Start, await StartDueOnAsync(app, ClockRule.Shl36Start, await WorkingDayAsync(app, -2)), responsibleUserId: guide.Id);
        await ClockAsync(app, area.Id, ClockRule.ReplyToContact, await StartDueOnAsync(app, ClockRule.ReplyToContact, await WorkingDayAsync(app, 1)), responsibleUserId: guide.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var start = await browser.GetAsync("/staff");

        start.Text("#due-clocks-heading").ShouldBe("Omat määräaikani");
        start.Text("#due-clocks-count").ShouldBe("Myöhässä 1, erääntyy pian 1.");
        start.Document.QuerySelector($"#due-clocks a[href='/desk/contacts/{overdue.Id}']").ShouldNotBeNull();
        start.Document.QuerySelector("#due-clocks a[href='/deadlines?view=Mine']").ShouldNotBeNull();
        start.Document.QuerySelector("nav a[href='/deadlines']").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_start_page_shows_a_manager_the_clocks_of_their_areas_and_nothing_to_an_administrator()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]);
        var (overdue, _) = await ClockAsync(app, area.Id, ClockRule.Shl36Start, await StartDueOnAsync(app, ClockRule.Shl36Start, await WorkingDayAsync(app, -2)));
        using var browser = await StaffTestData.SignedInAsync(app, manager);
        var (admin, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (admin)
        {
            var start = await browser.GetAsync("/staff");
            var adminStart = await admin.GetAsync("/staff");

            start.Text("#due-clocks-heading").ShouldBe("Alueideni määräajat");
            start.Text("#due-clocks").ShouldContain(overdue.ReferenceCode);
            start.Document.QuerySelector("nav a[href='/reports/deadlines']").ShouldNotBeNull();
            adminStart.Document.QuerySelector("#due-clocks").ShouldBeNull();
            adminStart.Document.QuerySelector("nav a[href='/reports/deadlines']").ShouldNotBeNull();
        }
    }

    [Theory]
    [InlineData(StaffRoles.Professional)]
    [InlineData(StaffRoles.Administrator)]
    public async Task Those_who_answer_for_no_clocks_are_refused_the_list(string role)
    {
        var staff = await app.CreateStaffAsync(role);
        using var browser = await StaffTestData.SignedInAsync(app, staff);

        (await browser.GetAsync("/deadlines")).ShouldBeForbidden("/deadlines");
    }

    private static List<string[]> Rows(Page page) =>
        [.. page.Document.QuerySelectorAll("#deadlines tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray())];

    private static string Date(DateOnly date) => date.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public sealed class OnSqlite(SqliteApp app) : ListsTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ListsTests(app), IClassFixture<PostgresApp>;
}
