using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.AccessLog;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Localization;
using Shouldly;

namespace Perhesilta.IntegrationTests.AccessLog;

/// <summary>The administrators' access-log page and the verification API.</summary>
public abstract class AccessLogPageTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_administrator_finds_the_entries_of_one_client_record_and_the_search_is_itself_logged()
    {
        var (guide, other) = (await app.CreateStaffAsync(StaffRoles.ServiceGuide), await app.CreateStaffAsync(StaffRoles.ServiceGuide));
        var recordId = NewId();
        await RecordAsync(guide.Id, AccessAction.Create, recordId);
        await RecordAsync(other.Id, AccessAction.View, recordId);
        await RecordAsync(guide.Id, AccessAction.View, NewId());
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(admin);

        var form = await browser.GetAsync("/admin/access-log");
        form.Status.ShouldBe(HttpStatusCode.OK);
        var page = await browser.GetAsync($"/admin/access-log?type=Family&record={recordId}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var rows = Rows(page);
        rows.Count.ShouldBe(2);
        rows[0].ShouldBe(["Testi ServiceGuide", "Katselu", $"Family {recordId}", "Asiakastyö"]);
        rows[1].ShouldBe(["Testi ServiceGuide", "Tallennus", $"Family {recordId}", "Asiakastyö"]);
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("#record")!).Value.ShouldBe(recordId);
        var audit = await app.WithDbAsync(db => db.Set<AccessLogEntry>().Where(e => e.ActorUserId == admin.Id).OrderBy(e => e.Sequence).ToListAsync());
        audit.Select(e => (e.Action, e.RecordType, e.RecordId, e.Purpose)).ShouldBe(
        [
            (AccessAction.View, SearchAccessLog.LogRecordType, SearchAccessLog.LogSearchId, AccessPurposes.Audit),
            (AccessAction.View, "Family", recordId, AccessPurposes.Audit),
        ]);
    }

    [Fact]
    public async Task An_administrator_finds_the_entries_of_one_person_in_a_time_range()
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var first = await RecordAsync(guide.Id, AccessAction.View, NewId());
        var second = await RecordAsync(guide.Id, AccessAction.Export, NewId());
        await RecordAsync((await app.CreateStaffAsync(StaffRoles.Manager)).Id, AccessAction.View, NewId());
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(admin);
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow));
        var form = await browser.GetAsync("/admin/access-log");
        form.Document.QuerySelector($"#person option[value='{guide.Id}']")!.TextContent.ShouldBe($"Testi ServiceGuide ({guide.Email})");

        // The search form is a GET form: its fields go into the address.
        var from = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = today.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
        var page = await browser.GetAsync($"/admin/access-log?person={guide.Id}&type=&record=&from={from}&to={to}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-sequence")).ShouldBe(
            [second.Sequence.ToString(CultureInfo.InvariantCulture), first.Sequence.ToString(CultureInfo.InvariantCulture)]);
        page.Document.QuerySelector("#person option[selected]")!.GetAttribute("value").ShouldBe(guide.Id);

        var future = await browser.GetAsync($"/admin/access-log?person={guide.Id}&from={today.AddDays(1):yyyy-MM-dd}");
        future.Document.QuerySelectorAll("tbody tr").ShouldBeEmpty();
        future.Text("#no-results").ShouldBe("Hakuehtoja vastaavia tapahtumia ei ole.");
    }

    [Theory]
    [InlineData("from=2026-11-20&to=2026-11-19", "to", "Loppupäivä on ennen alkupäivää.")]
    [InlineData("from=31.2.2026", "from", "Alkupäivä ei ole päivämäärä. Kirjoita se muodossa 22.11.2026.")]
    [InlineData("to=eilen", "to", "Loppupäivä ei ole päivämäärä. Kirjoita se muodossa 22.11.2026.")]
    [InlineData("record=Matti+Meik%C3%A4l%C3%A4inen", "record", "Tunnisteessa voi olla vain kirjaimia a–z, numeroita ja merkkejä . _ : - (enintään 64 merkkiä).")]
    [InlineData("person=no-such-person", "person", "Valittua henkilöä ei ole. Valitse henkilö luettelosta.")]
    public async Task Bad_search_input_gets_a_clear_message_next_to_the_field_and_is_kept(string query, string field, string message)
    {
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(admin);

        var page = await browser.GetAsync("/admin/access-log?" + query);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text($"#{field}-error").ShouldBe(message);
        page.Text("#error-summary a").ShouldBe(message);
        page.Document.QuerySelector($"#{field}")!.ClassList.ShouldContain("input--error");
        page.Document.QuerySelector("table.access-log").ShouldBeNull();
        if (field is "from" or "to" or "record")
        {
            var typed = Uri.UnescapeDataString(query.Split('&').Single(p => p.StartsWith(field, StringComparison.Ordinal))[(field.Length + 1)..].Replace('+', ' '));
            ((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector($"#{field}")!).Value.ShouldBe(typed);
        }

        (await app.WithDbAsync(db => db.Set<AccessLogEntry>().CountAsync(e => e.ActorUserId == admin.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task The_page_pages_through_results_newest_first()
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        for (var i = 0; i < SearchAccessLog.PageSize + 3; i++)
        {
            await RecordAsync(guide.Id, AccessAction.View, $"paged-{i}");
        }

        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(admin);

        var first = await browser.GetAsync($"/admin/access-log?person={guide.Id}");
        Rows(first).Count.ShouldBe(SearchAccessLog.PageSize);
        Rows(first)[0][2].ShouldBe($"Family paged-{SearchAccessLog.PageSize + 2}");
        var older = first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href")!;

        var second = await browser.GetAsync(older);
        Rows(second).Select(r => r[2]).ShouldBe(["Family paged-2", "Family paged-1", "Family paged-0"]);
        second.Document.QuerySelector("a[rel=next]").ShouldBeNull();
        second.Document.QuerySelector("a[rel=prev]").ShouldNotBeNull();
    }

    [Theory]
    [InlineData(StaffRoles.ServiceGuide)]
    [InlineData(StaffRoles.Manager)]
    public async Task Other_roles_may_not_read_the_log_or_verify_it(string role)
    {
        var person = await app.CreateStaffAsync(role);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(person);

        var page = await browser.GetAsync("/admin/access-log");
        var api = await browser.Http.GetAsync("/api/v1/access-log/verification", TestContext.Current.CancellationToken);

        // The cookie scheme sends a page request on to the access-denied page; either way nothing of the log is shown.
        (page.Status == HttpStatusCode.Forbidden || page.Location?.StartsWith("/account/access-denied", StringComparison.Ordinal) == true).ShouldBeTrue();
        page.Document.QuerySelector("table.access-log").ShouldBeNull();
        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.Set<AccessLogEntry>().CountAsync(e => e.ActorUserId == person.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task The_verification_api_reports_the_chain_as_json_and_is_in_the_openapi_document()
    {
        await RecordAsync((await app.CreateStaffAsync(StaffRoles.ServiceGuide)).Id, AccessAction.View, NewId());
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(admin);

        var response = await browser.Http.GetAsync("/api/v1/access-log/verification", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        json.GetProperty("ok").GetBoolean().ShouldBeTrue();
        json.GetProperty("entriesChecked").GetInt64().ShouldBe(await app.WithDbAsync(db => db.Set<AccessLogEntry>().LongCountAsync()));
        json.GetProperty("firstBrokenSequence").ValueKind.ShouldBe(JsonValueKind.Null);

        var openApi = await browser.Http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        openApi.ShouldContain("\"/api/v1/access-log/verification\"");
        openApi.ShouldContain("\"operationId\": \"VerifyAccessLog\"");
    }

    [Fact]
    public async Task The_verify_button_on_the_page_reports_an_intact_log()
    {
        await RecordAsync((await app.CreateStaffAsync(StaffRoles.ServiceGuide)).Id, AccessAction.View, NewId());
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(admin);
        var form = await browser.GetAsync("/admin/access-log");

        var page = await browser.SubmitAsync(form, "section.verification form");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#verification-result").ShouldStartWith("Loki on eheä:");
        page.Text("#verification-result").ShouldEndWith("tarkistuspisteeseen verraten.");
    }

    [Fact]
    public async Task The_verify_button_names_the_first_broken_entry_and_why()
    {
        var entry = await RecordAsync((await app.CreateStaffAsync(StaffRoles.ServiceGuide)).Id, AccessAction.View, NewId());
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(admin);
        var form = await browser.GetAsync("/admin/access-log");

        Page? page = null;
        await TamperingHelper.WithoutTriggersAsync(app, async db =>
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "AccessLogEntries" SET "RecordId" = 'changed' WHERE "Sequence" = {entry.Sequence}""");
            page = await browser.SubmitAsync(form, "section.verification form");
            await db.Database.ExecuteSqlAsync($"""UPDATE "AccessLogEntries" SET "RecordId" = {entry.RecordId} WHERE "Sequence" = {entry.Sequence}""");
        });

        page!.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#verification-result").ShouldBe(
            $"Loki on rikki tapahtuman {entry.Sequence} kohdalta: tapahtuman tiedot eivät vastaa sen tiivistettä, eli tapahtumaa on muutettu.");
    }

    private static string NewId() => Guid.NewGuid().ToString("N");

    private async Task<AccessLogEntry> RecordAsync(string actorUserId, AccessAction action, string recordId) =>
        await app.Services.GetRequiredService<IAccessLog>().RecordAsync(actorUserId, action, "Family", recordId, AccessPurposes.ClientWork);

    /// <summary>Person, action, record and purpose of each row (the time varies).</summary>
    private static List<string[]> Rows(Page page) =>
        [.. page.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Skip(2).Select(c => c.TextContent.Trim()).ToArray())];

    public sealed class OnSqlite(SqliteApp app) : AccessLogPageTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AccessLogPageTests(app), IClassFixture<PostgresApp>;
}
