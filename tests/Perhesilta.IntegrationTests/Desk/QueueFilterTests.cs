using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.Desk.QueueTestData;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class QueueFilterTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Each_filter_narrows_the_queue_and_filters_combine()
    {
        var areaA = await StaffTestData.CreateAreaAsync(app);
        var areaB = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [areaA.Code, areaB.Code]);
        var colleague = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [areaB.Code]);
        var topics = await TopicsAsync(app);
        var a1 = await DeskTestData.CreateContactAsync(app, areaA.Id);
        var a2 = await DeskTestData.CreateContactAsync(app, areaA.Id, change: c => (c.Channel, c.PreferredLanguage, c.Status, c.AssignedToUserId) = (ContactChannel.Phone, "sv", ContactStatus.InProgress, guide.Id));
        var b1 = await DeskTestData.CreateContactAsync(app, areaB.Id, "072", c => (c.Channel, c.PreferredLanguage, c.Status, c.AssignedToUserId) = (ContactChannel.Email, "ar", ContactStatus.Contacted, colleague.Id));
        var b2 = await DeskTestData.CreateContactAsync(app, areaB.Id);
        await MapSituationAsync(app, b2.Id, guide.Id, [topics[2].Code], []);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        async Task<List<string?>> Filtered(string query) => Codes(await browser.GetAsync("/desk?" + query));

        (await Filtered($"area={areaA.Id}")).ShouldBe([a1.ReferenceCode, a2.ReferenceCode], ignoreOrder: true);
        (await Filtered($"area={areaB.Id}")).ShouldBe([b1.ReferenceCode, b2.ReferenceCode], ignoreOrder: true);
        (await Filtered("municipality=072")).ShouldBe([b1.ReferenceCode]);
        (await Filtered($"topic={topics[0].Code}")).ShouldBe([a1.ReferenceCode, a2.ReferenceCode, b1.ReferenceCode], ignoreOrder: true);
        (await Filtered($"topic={topics[2].Code}")).ShouldBe([b2.ReferenceCode]);
        (await Filtered("channel=Phone")).ShouldBe([a2.ReferenceCode]);
        (await Filtered("language=sv")).ShouldBe([a2.ReferenceCode]);
        (await Filtered("language=fi")).ShouldBe([a1.ReferenceCode, b2.ReferenceCode], ignoreOrder: true);
        (await Filtered("language=other")).ShouldBe([b1.ReferenceCode]);
        (await Filtered("status=Contacted")).ShouldBe([b1.ReferenceCode]);
        (await Filtered("assignee=me")).ShouldBe([a2.ReferenceCode]);
        (await Filtered("assignee=nobody")).ShouldBe([a1.ReferenceCode, b2.ReferenceCode], ignoreOrder: true);
        (await Filtered("assignee=" + colleague.Id)).ShouldBe([b1.ReferenceCode]);
        (await Filtered($"area={areaA.Id}&channel=WebForm")).ShouldBe([a1.ReferenceCode]);
        (await Filtered($"area={areaB.Id}&assignee=me")).ShouldBeEmpty();
        (await Filtered("view=new&language=fi")).ShouldBe([a1.ReferenceCode, b2.ReferenceCode], ignoreOrder: true);
    }

    [Fact]
    public async Task The_filter_form_keeps_what_was_chosen_and_offers_only_the_readers_areas()
    {
        var mine = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [mine.Code]);
        var colleague = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [mine.Code]);
        await app.CreateStaffAsync(StaffRoles.ServiceGuide, [other.Code]);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var page = await browser.GetAsync($"/desk?view=mine&sort=arrival&area={mine.Id}&channel=Phone&language=sv&status=InProgress&assignee={colleague.Id}");

        var form = page.Document.QuerySelector("form[role='search']")!;
        form.GetAttribute("method").ShouldBe("get");
        form.QuerySelector("input[name='view']")!.GetAttribute("value").ShouldBe("mine");
        form.QuerySelector("input[name='sort']")!.GetAttribute("value").ShouldBe("arrival");
        foreach (var (name, value) in new[] { ("area", mine.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("channel", "Phone"), ("language", "sv"), ("status", "InProgress"), ("assignee", colleague.Id) })
        {
            form.QuerySelector($"select[name='{name}'] option[selected]")!.GetAttribute("value").ShouldBe(value, name);
        }

        form.QuerySelectorAll("select[name='area'] option").Select(o => o.GetAttribute("value")).ShouldBe(["", mine.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        form.QuerySelectorAll("select[name='assignee'] option").Select(o => o.GetAttribute("value")).ShouldBe(["", "me", "nobody", colleague.Id]);
        page.Document.QuerySelector("nav ul.tabs a[href^='/desk?view=new']")!.GetAttribute("href")
            .ShouldBe($"/desk?view=new&sort=arrival&area={mine.Id}&channel=Phone&language=sv&status=InProgress&assignee={colleague.Id}");
        page.Text("form[role='search'] a").ShouldBe("Poista rajaukset");
        page.Document.QuerySelector("form[role='search'] a")!.GetAttribute("href").ShouldBe("/desk?view=mine");
    }

    [Fact]
    public async Task A_filter_value_that_is_not_known_is_ignored()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var page = await browser.GetAsync("/desk?view=everything&sort=1&channel=Pigeon&status=99");

        Codes(page).ShouldBe([contact.ReferenceCode]);
        page.Text("nav ul.tabs a[aria-current='page']").ShouldBe("Kaikki avoimet");
    }

    public sealed class OnSqlite(SqliteApp app) : QueueFilterTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : QueueFilterTests(app), IClassFixture<PostgresApp>;
}
