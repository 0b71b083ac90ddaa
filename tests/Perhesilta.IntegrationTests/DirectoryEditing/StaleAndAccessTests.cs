using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.DirectoryEditing.EditingTestData;

namespace Perhesilta.IntegrationTests.DirectoryEditing;

/// <summary>The stale list, the directory front's search, removal, and who may use the editing pages at all.</summary>
public abstract class StaleAndAccessTests(PerhesiltaApp app)
{
    private static DateOnly Today => DateOnly.FromDateTime(Perhesilta.Platform.Localization.HelsinkiTime.ToLocal(DateTime.UtcNow));

    [Fact]
    public async Task The_stale_list_shows_active_services_unchecked_for_over_a_year_oldest_first_and_checking_one_removes_it()
    {
        var organization = await CreateOrganizationAsync(app);
        var old = await CreateServiceAsync(app, organization.Id, Today.AddMonths(-13), name: "Vanha palvelu");
        var older = await CreateServiceAsync(app, organization.Id, Today.AddMonths(-30), name: "Vanhempi palvelu");
        await CreateServiceAsync(app, organization.Id, Today.AddMonths(-11), name: "Tuore palvelu");
        await CreateServiceAsync(app, organization.Id, Today.AddMonths(-40), ServiceStatus.Inactive, name: "Lopetettu palvelu");
        var (browser, editor) = await SignedInEditorAsync(app);
        using var _ = browser;

        var stale = await browser.GetAsync($"/directory/stale?organization={organization.Id}");

        stale.Status.ShouldBe(HttpStatusCode.OK);
        stale.Document.QuerySelectorAll("#stale tbody th").Select(c => c.TextContent.Trim()).ShouldBe(["Vanhempi palvelu", "Vanha palvelu"]);
        stale.Text("#stale tbody tr").ShouldContain(organization.Name.Fi!);
        stale.Text("#stale tbody tr").ShouldContain("Oulu");
        (await browser.GetAsync("/directory/stale?area=raahe")).Body.ShouldNotContain("Vanhempi palvelu");
        var countBefore = StaleCount(await browser.GetAsync("/directory"));
        countBefore.ShouldBeGreaterThanOrEqualTo(2);

        var checkedPage = await browser.SubmitAsync(stale, "#stale tbody tr form");

        checkedPage.Location.ShouldBe("/directory/stale");
        var after = await browser.GetAsync($"/directory/stale?organization={organization.Id}");
        after.Text("#notice").ShouldBe("Tiedot merkittiin tänään tarkistetuiksi.");
        after.Document.QuerySelectorAll("#stale tbody th").Select(c => c.TextContent.Trim()).ShouldBe(["Vanha palvelu"]);
        StaleCount(await browser.GetAsync("/directory")).ShouldBe(countBefore - 1);
        var marked = await FindServiceAsync(app, older.Id);
        (marked.CheckedOn, marked.Version, marked.UpdatedByUserId).ShouldBe((Today, 2, editor.Id));
        (await FindServiceAsync(app, old.Id)).Version.ShouldBe(1);
    }

    [Fact]
    public async Task The_directory_front_finds_services_and_organisations_by_name_and_filters()
    {
        var tag = StaffTestData.Unique("Etsittävä");
        var organization = await CreateOrganizationAsync(app, tag + " ry");
        await CreateServiceAsync(app, organization.Id, name: tag + " kahvila");
        await CreateServiceAsync(app, organization.Id, status: ServiceStatus.Defunct, name: tag + " kerho");
        var (browser, _) = await SignedInEditorAsync(app);
        using var _browser = browser;

        var all = await browser.GetAsync("/directory?q=" + Uri.EscapeDataString(tag.ToUpperInvariant()));
        Names(all).ShouldBe([tag + " kahvila", tag + " kerho"]);
        Names(await browser.GetAsync($"/directory?q={tag}&status=Defunct")).ShouldBe([tag + " kerho"]);
        Names(await browser.GetAsync($"/directory?q={tag}&type={ChildHealthClinic}")).ShouldBeEmpty();
        Names(await browser.GetAsync($"/directory?q={tag}&type={MaternityClinic}&municipality={Oulu}&kind=Ngo")).Count.ShouldBe(2);
        Names(await browser.GetAsync($"/directory?q={tag}&municipality={Kempele}")).ShouldBeEmpty();
        Names(await browser.GetAsync($"/directory?show=organizations&q={tag}")).ShouldBe([tag + " ry"]);
    }

    [Fact]
    public async Task An_unused_service_is_removed_with_its_history_kept_and_a_used_one_is_not()
    {
        var organization = await CreateOrganizationAsync(app);
        var unused = await CreateServiceAsync(app, organization.Id);
        var used = await CreateServiceAsync(app, organization.Id);
        var contact = await DeskTestData.CreateContactAsync(app, await StaffTestData.AreaIdOfMunicipalityAsync(app, Oulu));
        var (browser, editor) = await SignedInEditorAsync(app);
        using var _ = browser;
        await app.WithDbAsync(async db =>
        {
            db.Add(new ContactAction { ContactId = contact.Id, Kind = ActionKind.GuidedToService, ServiceId = used.Id, PerformedByUserId = editor.Id, PerformedAt = DateTime.UtcNow, RecordedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var refused = await browser.SubmitAsync(await browser.GetAsync($"/directory/services/{used.Id}"), "#remove-form");
        (await browser.GetAsync(refused.Location!)).Text("#notice").ShouldStartWith("Palvelua ei voi poistaa");
        (await app.WithDbAsync(db => db.Set<DirectoryService>().AnyAsync(s => s.Id == used.Id))).ShouldBeTrue();

        var removed = await browser.SubmitAsync(await browser.GetAsync($"/directory/services/{unused.Id}"), "#remove-form");
        removed.Location.ShouldBe($"/directory/organizations/{organization.Id}");
        (await app.WithDbAsync(db => db.Set<DirectoryService>().AnyAsync(s => s.Id == unused.Id))).ShouldBeFalse();
        var last = (await ChangesAsync(app, unused.Id))[^1];
        (last.Version, last.IsRemoval, last.ChangedByUserId).ShouldBe((2, true, editor.Id));
        (await browser.GetAsync($"/directory/services/{unused.Id}/history")).Text("#version-2").ShouldContain("Poistettu hakemistosta");
    }

    [Theory]
    [InlineData(StaffRoles.ServiceGuide)]
    [InlineData(StaffRoles.Manager)]
    [InlineData(StaffRoles.Professional)]
    public async Task Other_staff_are_refused_every_directory_editing_page_and_change_nothing(string role)
    {
        var organization = await CreateOrganizationAsync(app);
        var service = await CreateServiceAsync(app, organization.Id, Today.AddMonths(-20));
        var location = await CreateLocationAsync(app, organization.Id);
        var person = await app.CreateStaffAsync(role, ["oulu"]);
        using var browser = await StaffTestData.SignedInAsync(app, person);
        var token = await StaffTestData.AntiforgeryTokenAsync(browser);

        foreach (var url in new[]
        {
            "/directory", "/directory/stale", "/directory/organizations/new", $"/directory/organizations/{organization.Id}",
            $"/directory/services/{service.Id}", $"/directory/services/new?organization={organization.Id}", $"/directory/locations/{location.Id}",
            $"/directory/services/{service.Id}/history", $"/directory/services/{service.Id}/history/1", $"/directory/organizations/{organization.Id}/history",
        })
        {
            (await browser.GetAsync(url)).ShouldBeForbidden(url);
        }

        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Name.Fi"] = "Murto", ["Input.Version"] = "1" };
        foreach (var url in new[] { $"/directory/services/{service.Id}", $"/directory/services/{service.Id}?handler=Checked", $"/directory/services/{service.Id}?handler=Remove", $"/directory/organizations/{organization.Id}" })
        {
            (await browser.PostAsync(url, fields)).ShouldBeForbidden(url);
        }

        var stored = await FindServiceAsync(app, service.Id);
        (stored.Name.Fi, stored.Version).ShouldBe((service.Name.Fi, 1));
        (await browser.GetAsync("/staff")).Body.ShouldNotContain("href=\"/directory\"");
    }

    [Fact]
    public async Task Administrators_and_directory_editors_see_the_directory_in_their_menu()
    {
        foreach (var role in new[] { StaffRoles.Administrator, StaffRoles.DirectoryEditor })
        {
            var (browser, _) = await SignedInEditorAsync(app, role);
            using var _browser = browser;
            var start = await browser.GetAsync("/staff");
            start.Document.QuerySelector(".staff-nav a[href='/directory']")!.TextContent.Trim().ShouldBe("Palveluhakemisto");
            (await browser.GetAsync("/directory")).Status.ShouldBe(HttpStatusCode.OK);
        }
    }

    private static List<string> Names(Page page) => [.. page.Document.QuerySelectorAll("#records tbody th").Select(c => c.TextContent.Trim())];

    private static int StaleCount(Page page) => int.Parse(new string([.. page.Text("#stale-link").Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);

    public sealed class OnSqlite(SqliteApp app) : StaleAndAccessTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : StaleAndAccessTests(app), IClassFixture<PostgresApp>;
}
