using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.ServiceDirectory;

public abstract class HsdsImportPageTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_uploaded_file_is_imported_in_the_background_and_the_same_file_again_changes_nothing()
    {
        var (set, serviceId) = HsdsImportTests.NewServiceSet();
        var administrator = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(administrator);

        var first = await ImportAsync(browser, set.ToJsonString());
        first.Text("#import-result").ShouldBe("Tuonti valmis: 3 luotu, 0 muutettu, 0 ennallaan.");
        var changes = await HsdsTestData.ChangeCountAsync(app);
        var version = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<Perhesilta.Features.ServiceDirectory.DirectoryChange>(), c => c.RecordId == Guid.Parse(serviceId)));
        (version.Source, version.ChangedByUserId, version.Version).ShouldBe((Perhesilta.Features.ServiceDirectory.DirectoryChangeSource.Import, administrator.Id, 1));

        var second = await ImportAsync(browser, set.ToJsonString());

        second.Text("#import-result").ShouldBe("Tuonti valmis: 0 luotu, 0 muutettu, 3 ennallaan.");
        (await HsdsTestData.ChangeCountAsync(app)).ShouldBe(changes);
        second.Response.Headers.Contains("Refresh").ShouldBeFalse();

        // The state is kept: the page shows the same result when opened again, and the HSDS page lists the import.
        (await browser.GetAsync(second.Url)).Text("#import-result").ShouldBe("Tuonti valmis: 0 luotu, 0 muutettu, 3 ennallaan.");
        (await browser.GetAsync("/directory/hsds")).Document.QuerySelectorAll("#imports tbody tr").Length.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_file_with_errors_shows_each_by_record_and_field_and_nothing_is_saved()
    {
        var (set, serviceId) = HsdsImportTests.NewServiceSet();
        var service = set["services"]![0]!;
        service["maximum_age"] = 130;
        service["schedules"]![0]!["opens_at"] = "25:99";
        service["service_areas"]![0]!["extent"] = "999";
        var locationId = (string)set["locations"]![0]!["id"]!;
        set["locations"]![0]!["name"] = 5;
        using var browser = await AdministratorAsync();
        var before = await HsdsTestData.RecordCountAsync(app);

        var page = await ImportAsync(browser, set.ToJsonString());

        page.Text("#errors-heading").ShouldBe("Aineistossa on virheitä: 4");
        var rows = page.Document.QuerySelectorAll("#import-errors tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim())))
            .ToList();
        rows.ShouldContain($"location {locationId} | name | Pitää olla merkkijono.");
        rows.ShouldContain($"service {serviceId} | schedules[0].opens_at | ”25:99” ei ole kellonaika (TT:MM).");
        rows.ShouldContain(r => r.StartsWith($"service {serviceId} | maximum_age | ", StringComparison.Ordinal));
        rows.ShouldContain(r => r.StartsWith($"service {serviceId} | service_areas[0].extent | ", StringComparison.Ordinal) && r.Contains("999", StringComparison.Ordinal));
        (await HsdsTestData.RecordCountAsync(app)).ShouldBe(before);
    }

    [Fact]
    public async Task The_upload_form_refuses_a_missing_or_empty_file_and_is_for_administrators()
    {
        using var browser = await AdministratorAsync();
        var page = await browser.GetAsync("/directory/hsds/import");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("form#import-form")!.GetAttribute("enctype").ShouldBe("multipart/form-data");

        var none = await PostFileAsync(browser, page, null);
        none.Status.ShouldBe(HttpStatusCode.BadRequest);
        none.Text("#file-error").ShouldBe("Valitse tuotava tiedosto.");
        none.Document.QuerySelector("#error-summary a[href='#file']").ShouldNotBeNull();

        var empty = await PostFileAsync(browser, page, "");
        empty.Status.ShouldBe(HttpStatusCode.BadRequest);
        empty.Text("#file-error").ShouldBe("Tiedosto on tyhjä.");

        (await browser.GetAsync($"/directory/hsds/import/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);

        using var guide = app.NewBrowser();
        await guide.SignInAsync(await app.CreateStaffAsync(StaffRoles.ServiceGuide));
        (await guide.GetAsync("/directory/hsds/import")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_large_import_shows_its_progress_and_finishes_in_reasonable_time()
    {
        const int services = 2000;
        var set = LargeSet(services);
        using var browser = await AdministratorAsync();
        var clock = Stopwatch.StartNew();
        var page = await browser.GetAsync("/directory/hsds/import");
        var queued = await PostFileAsync(browser, page, set);
        queued.Status.ShouldBe(HttpStatusCode.Redirect);

        var status = await browser.GetAsync(queued.Location!);
        var sawProgress = false;
        while (status.Document.QuerySelector("#import-result") is null)
        {
            status.Response.Headers.GetValues("Refresh").Single().ShouldBe("2");
            sawProgress |= status.Document.QuerySelector("progress#validated") is not null && status.Document.QuerySelector("progress#saved") is not null;
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(3));
            await Task.Delay(250, TestContext.Current.CancellationToken);
            status = await browser.GetAsync(queued.Location!);
        }

        status.Text("#import-result").ShouldBe($"Tuonti valmis: {services + 2} luotu, 0 muutettu, 0 ennallaan.");
        TestContext.Current.TestOutputHelper?.WriteLine($"{app.Provider}: {services} services imported in {clock.Elapsed.TotalSeconds:F1} s; progress seen: {sawProgress}");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(2));
    }

    private async Task<PageClient> AdministratorAsync()
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(await app.CreateStaffAsync(StaffRoles.Administrator));
        return browser;
    }

    /// <summary>Uploads the file through the page and follows to the status page until the import has finished.</summary>
    private static async Task<Page> ImportAsync(PageClient browser, string json)
    {
        var form = await browser.GetAsync("/directory/hsds/import");
        var queued = await PostFileAsync(browser, form, json);
        queued.Status.ShouldBe(HttpStatusCode.Redirect);
        queued.Location!.ShouldStartWith("/directory/hsds/import/");
        for (var attempt = 0; attempt < 240; attempt++)
        {
            var status = await browser.GetAsync(queued.Location!);
            status.Status.ShouldBe(HttpStatusCode.OK);
            if (status.Document.QuerySelector("#import-result") is not null)
            {
                return status;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The import did not finish in a minute.");
    }

    private static async Task<Page> PostFileAsync(PageClient browser, Page form, string? json)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Document.QuerySelector("form#import-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        if (json is not null)
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            content.Add(file, "file", "hsds.json");
        }

        var response = await browser.Http.PostAsync("/directory/hsds/import", content, TestContext.Current.CancellationToken);
        return await Page.ReadAsync(response);
    }

    /// <summary>One organisation and location with <paramref name="count"/> services, as an export would give them.</summary>
    private static string LargeSet(int count)
    {
        var (set, _) = HsdsImportTests.NewServiceSet();
        var template = set["services"]![0]!;
        var services = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var service = template.DeepClone();
            service["id"] = Guid.NewGuid().ToString();
            service["name"] = $"Perhekahvila {i}";
            services.Add(service);
        }

        set["services"] = services;
        return set.ToJsonString();
    }

    public sealed class OnSqlite(SqliteApp app) : HsdsImportPageTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : HsdsImportPageTests(app), IClassFixture<PostgresApp>;
}
