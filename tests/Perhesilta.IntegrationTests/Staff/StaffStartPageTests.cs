using System.Globalization;
using Perhesilta.Features.Staff;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Staff;

public abstract class StaffStartPageTests(PerhesiltaApp app)
{
    [Theory]
    [InlineData(StaffRoles.ServiceGuide)]
    [InlineData(StaffRoles.Professional)]
    public async Task Guides_and_professionals_see_a_greeting_and_the_areas_and_municipalities_they_serve(string role)
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var person = await app.CreateStaffAsync(role, [area.Code]);
        await app.WithDbAsync(async db =>
        {
            db.Add(new StaffMunicipality { UserId = person.Id, MunicipalityCode = "305" });
            return await db.SaveChangesAsync();
        });
        using var browser = await StaffTestData.SignedInAsync(app, person);

        var page = await browser.GetAsync("/staff");

        page.Text("h1").ShouldBe("Hei, Testi " + role + "!");
        var served = page.Text("#served");
        served.ShouldContain("Alueet, joita palvelet");
        served.ShouldContain(area.NameFi);
        served.ShouldContain("Kuusamo");
        page.Document.QuerySelector("#managed").ShouldBeNull();
        page.Document.QuerySelector("#administration").ShouldBeNull();
    }

    [Fact]
    public async Task A_guide_without_areas_is_told_to_ask_an_administrator()
    {
        using var browser = await StaffTestData.SignedInAsync(app, await app.CreateStaffAsync(StaffRoles.ServiceGuide));

        var page = await browser.GetAsync("/staff");

        page.Text("#served").ShouldContain("Pyydä ylläpitäjää lisäämään ne.");
    }

    [Fact]
    public async Task A_manager_sees_each_of_their_areas_with_its_active_guides_and_professionals()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var otherArea = await StaffTestData.CreateAreaAsync(app);
        var originalAreaId = await StaffTestData.AreaIdOfMunicipalityAsync(app, "630");
        await StaffTestData.MoveMunicipalityAsync(app, "630", area.Id);
        try
        {
            await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
            var byMunicipality = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
            await app.WithDbAsync(async db =>
            {
                db.Add(new StaffMunicipality { UserId = byMunicipality.Id, MunicipalityCode = "630" });
                return await db.SaveChangesAsync();
            });
            var deactivated = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
            await StaffTestData.ChangeUserAsync(app, deactivated.Id, u => u.IsActive = false);
            await app.CreateStaffAsync(StaffRoles.Professional, [area.Code, otherArea.Code]);
            await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]);
            var manager = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code, otherArea.Code]);
            using var browser = await StaffTestData.SignedInAsync(app, manager);

            var page = await browser.GetAsync("/staff");

            page.Text("h1").ShouldBe("Hei, Testi Manager!");
            var table = page.Document.QuerySelector("#managed table")!;
            table.QuerySelector("caption").ShouldNotBeNull();
            table.QuerySelectorAll("thead th[scope='col']").Select(th => th.TextContent.Trim())
                .ShouldBe(["Alue", "Kunnat", "Palveluohjaajia", "Yhteistyöammattilaisia"]);
            Cells(page, area.Code).ShouldBe([area.NameFi, "Pyhäntä", "2", "1"]);
            Cells(page, otherArea.Code).ShouldBe([otherArea.NameFi, "", "0", "1"]);
            page.Document.QuerySelector("#served").ShouldBeNull();
        }
        finally
        {
            await StaffTestData.MoveMunicipalityAsync(app, "630", originalAreaId);
        }
    }

    [Fact]
    public async Task An_administrator_sees_account_counts_that_follow_the_accounts_and_links_to_administration()
    {
        using var browser = await StaffTestData.SignedInAsync(app, await app.CreateStaffAsync(StaffRoles.Administrator));
        var before = await browser.GetAsync("/staff");

        var deactivated = await app.CreateStaffAsync(StaffRoles.Professional);
        await StaffTestData.ChangeUserAsync(app, deactivated.Id, u => u.IsActive = false);
        await app.CreateStaffAsync(StaffRoles.ServiceGuide, secondFactor: false);
        var after = await browser.GetAsync("/staff");

        Count(after, "#count-active").ShouldBe(Count(before, "#count-active") + 1);
        Count(after, "#count-inactive").ShouldBe(Count(before, "#count-inactive") + 1);
        Count(after, "#count-without-second-factor").ShouldBe(Count(before, "#count-without-second-factor") + 1);
        foreach (var link in new[] { "/admin/staff", "/admin/staff/new", "/admin/areas", "/admin/access-log" })
        {
            after.Document.QuerySelector($"#administration a[href='{link}']").ShouldNotBeNull(link);
        }

        after.Document.QuerySelector("#served").ShouldBeNull();
        after.Document.QuerySelector("#managed").ShouldBeNull();
    }

    [Fact]
    public async Task A_person_with_several_roles_sees_a_section_for_each()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var person = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        await StaffTestData.AddRolesAsync(app, person.Id, StaffRoles.Manager, StaffRoles.Administrator);
        using var browser = await StaffTestData.SignedInAsync(app, person);

        var page = await browser.GetAsync("/staff");

        page.Text("#served").ShouldContain(area.NameFi);
        Cells(page, area.Code).ShouldBe([area.NameFi, "", "1", "0"]);
        page.Document.QuerySelector("#administration").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_start_page_speaks_the_chosen_language()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        using var browser = await StaffTestData.SignedInAsync(app, await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]));
        await browser.GetAsync("/language/sv?returnUrl=/staff");

        var page = await browser.GetAsync("/staff");

        page.Text("h1").ShouldBe("Hej, Testi ServiceGuide!");
        page.Text("#served").ShouldContain(area.NameSv!);
    }

    private static string[] Cells(Page page, string areaCode) =>
        [.. page.Document.QuerySelectorAll($"#managed tr[data-area='{areaCode}'] > *").Select(c => c.TextContent.Trim())];

    private static int Count(Page page, string selector) => int.Parse(page.Text(selector), CultureInfo.InvariantCulture);

    public sealed class OnSqlite(SqliteApp app) : StaffStartPageTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : StaffStartPageTests(app), IClassFixture<PostgresApp>;
}
