using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Shouldly;
using static Perhesilta.IntegrationTests.HelpRequests.HelpRequestTestData;

namespace Perhesilta.IntegrationTests.HelpRequests;

/// <summary>
/// Submissions route by a cached copy of the municipalities' areas and the topics: a change made here is followed at
/// once, one made by another instance within the cache's lifetime, and resends still get the first contact.
/// </summary>
public abstract class RoutingTests(PerhesiltaApp app)
{
    /// <summary>Reisjärvi, moved by these tests only.</summary>
    private const string Moved = "691";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static JsonObject Request(string marker, string municipality) => new()
    {
        ["kind"] = "familyRequest",
        ["requester"] = "parent",
        ["municipalityCode"] = municipality,
        ["childAges"] = new JsonArray(6),
        ["topics"] = new JsonArray("school-bullying"),
        ["description"] = "Lapsi jännittää koulua " + marker,
        ["urgency"] = "soon",
        ["contactMethod"] = "phone",
        ["contactName"] = "Testi Vanhempi",
        ["phone"] = "+358400000007",
        ["consentToContactProfessionals"] = true,
    };

    private async Task<HttpResponseMessage> PostAsync(JsonNode body, string key)
    {
        using var http = app.CreateClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/help-requests") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        message.Headers.Add("Idempotency-Key", key);
        return await http.SendAsync(message, Cancel);
    }

    [Fact]
    public async Task A_submission_after_an_administrator_moves_the_municipality_lands_in_the_new_area()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var originalAreaId = await StaffTestData.AreaIdOfMunicipalityAsync(app, Moved);
        var before = Marker();
        (await PostAsync(Request(before, Moved), Guid.NewGuid().ToString("N"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ContactAsync(app, before)).AreaId.ShouldBe(originalAreaId);
        var (browser, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using var _browser = browser;
        try
        {
            var list = await browser.GetAsync("/admin/areas");
            list.Document.QuerySelector($"#municipalities tr[data-municipality='{Moved}'] form")!.Id = "move-form";
            (await browser.SubmitAsync(list, "#move-form", new Dictionary<string, string> { ["AreaCode"] = area.Code })).Location.ShouldBe("/admin/areas");

            var after = Marker();
            (await PostAsync(Request(after, Moved), Guid.NewGuid().ToString("N"))).StatusCode.ShouldBe(HttpStatusCode.Created);

            (await ContactAsync(app, after)).AreaId.ShouldBe(area.Id);
        }
        finally
        {
            await StaffTestData.MoveMunicipalityAsync(app, Moved, originalAreaId);
        }
    }

    [Fact]
    public async Task A_notification_after_the_receiving_unit_changes_goes_to_the_new_unit()
    {
        await SetAreaAsync(app, HelpRequestTestData.Municipality, null, "Vanha vastaanottava yksikkö");
        var first = Marker();
        var request = Request(first, HelpRequestTestData.Municipality);
        request["kind"] = "childWelfareNotification";
        request["professionalName"] = "Opettaja Testinen";
        request["professionalOrganisation"] = "Testikoulu";
        request["professionalRole"] = "Luokanopettaja";
        request["professionalPhone"] = "+358400000008";
        (await PostAsync(request, Guid.NewGuid().ToString("N"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ContactAsync(app, first)).RoutedToUnit.ShouldBe("Vanha vastaanottava yksikkö");

        await SetAreaAsync(app, HelpRequestTestData.Municipality, null, "Uusi vastaanottava yksikkö");
        var second = Marker();
        request["description"] = "Lapsi jännittää koulua " + second;
        (await PostAsync(request, Guid.NewGuid().ToString("N"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await ContactAsync(app, second)).RoutedToUnit.ShouldBe("Uusi vastaanottava yksikkö");
    }

    [Fact]
    public async Task A_change_made_by_another_instance_is_followed_once_the_cached_copy_expires()
    {
        var clock = new TestClock();
        var cache = new ReferenceCache(clock);
        var area = await StaffTestData.CreateAreaAsync(app);
        var originalAreaId = await StaffTestData.AreaIdOfMunicipalityAsync(app, Moved);
        (await app.WithDbAsync(async db => await cache.GetAsync(db, Cancel))).Municipality(Moved)!.AreaId.ShouldBe(originalAreaId);
        try
        {
            // Written past this process's DbContext, as another instance of the application would.
            await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Municipality\" SET \"AreaId\" = {area.Id} WHERE \"Code\" = {Moved}", Cancel));

            clock.Advance(ReferenceCache.TimeToLive - TimeSpan.FromSeconds(1));
            (await app.WithDbAsync(async db => await cache.GetAsync(db, Cancel))).Municipality(Moved)!.AreaId.ShouldBe(originalAreaId);
            clock.Advance(TimeSpan.FromSeconds(1));
            (await app.WithDbAsync(async db => await cache.GetAsync(db, Cancel))).Municipality(Moved)!.AreaId.ShouldBe(area.Id);
        }
        finally
        {
            await StaffTestData.MoveMunicipalityAsync(app, Moved, originalAreaId);
        }
    }

    [Fact]
    public async Task A_resend_with_the_same_key_gets_the_first_contact_even_when_its_data_no_longer_passes()
    {
        var marker = Marker();
        var key = Guid.NewGuid().ToString("N");
        var created = await PostAsync(Request(marker, HelpRequestTestData.Municipality), key);
        var changed = Request(marker, HelpRequestTestData.Municipality);
        changed["description"] = "";
        changed["municipalityCode"] = "999";

        var resent = await PostAsync(changed, key);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        resent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await resent.Content.ReadAsStringAsync(Cancel)).ShouldBe(await created.Content.ReadAsStringAsync(Cancel));
        (await CountAsync(app, marker)).ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_resends_of_the_form_with_one_key_make_one_contact()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");

        var sent = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => browser.SubmitAsync(form, "#help-request-form", Family(marker))));

        sent.Select(p => p.Status).ShouldAllBe(s => s == HttpStatusCode.Redirect);
        sent.Select(p => p.Location).Distinct().Count().ShouldBe(1);
        (await CountAsync(app, marker)).ShouldBe(1);
    }

    public sealed class OnSqlite(SqliteApp app) : RoutingTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : RoutingTests(app), IClassFixture<PostgresApp>;
}
