using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.Desk.QueueTestData;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class QueueOrderTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_queue_sorts_by_priority_then_response_target_then_arrival_or_by_arrival()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var now = DateTime.UtcNow;
        var canWait = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Urgency, c.RespondBy, c.InitiatedAt) = (FeltUrgency.CanWait, Today.AddDays(1), now.AddHours(-7)));
        var urgent = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Urgency, c.RespondBy, c.InitiatedAt) = (FeltUrgency.Urgent, Today.AddDays(5), now.AddHours(-6)));
        var notification = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.NeedsImmediateUrgencyAssessment, c.Urgency, c.RespondBy, c.InitiatedAt) = (true, FeltUrgency.CanWait, Today.AddDays(5), now.AddHours(-1)));
        var soonEarlier = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.RespondBy, c.InitiatedAt) = (Today.AddDays(2), now.AddHours(-5)));
        var soonLater = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.RespondBy, c.InitiatedAt) = (Today.AddDays(2), now.AddHours(-4)));
        var soonFirstTarget = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.RespondBy, c.InitiatedAt) = (Today.AddDays(1), now.AddHours(-3)));
        var assessedUrgent = await DeskTestData.CreateContactAsync(app, area.Id, change: c => (c.Urgency, c.AssessedUrgency, c.RespondBy, c.InitiatedAt) = (FeltUrgency.CanWait, FeltUrgency.Urgent, Today.AddDays(3), now.AddHours(-2)));
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var byUrgency = await browser.GetAsync("/desk");
        var byArrival = await browser.GetAsync("/desk?sort=arrival");

        Codes(byUrgency).ShouldBe([notification.ReferenceCode, assessedUrgent.ReferenceCode, urgent.ReferenceCode, soonFirstTarget.ReferenceCode, soonEarlier.ReferenceCode, soonLater.ReferenceCode, canWait.ReferenceCode]);
        byUrgency.Text("caption").ShouldBe("Kaikki avoimet: kiireellisimmät ja vähiten aikaa jäljellä ensin");
        Codes(byArrival).ShouldBe([notification.ReferenceCode, assessedUrgent.ReferenceCode, soonFirstTarget.ReferenceCode, soonLater.ReferenceCode, soonEarlier.ReferenceCode, urgent.ReferenceCode, canWait.ReferenceCode]);
        byArrival.Text("caption").ShouldBe("Kaikki avoimet: uusimmat ensin");

        // "Open the next contact" follows the default order whatever the list is sorted by.
        foreach (var page in new[] { byUrgency, byArrival })
        {
            page.Document.QuerySelector("#queue-next")!.GetAttribute("href").ShouldBe($"/desk/contacts/{notification.Id}");
        }
    }

    [Fact]
    public async Task The_queue_is_paged_fifty_at_a_time_and_the_pages_keep_the_filters()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
        var start = DateTime.UtcNow.AddDays(-1);
        for (var i = 0; i < 52; i++)
        {
            var arrived = start.AddMinutes(i);
            await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.InitiatedAt = arrived);
        }

        await DeskTestData.CreateContactAsync(app, area.Id, change: c => c.Channel = ContactChannel.Phone);
        using var browser = await StaffTestData.SignedInAsync(app, guide);

        var first = await browser.GetAsync("/desk?sort=arrival&channel=WebForm");
        var next = first.Document.QuerySelector("a[rel='next']")!.GetAttribute("href")!;
        var second = await browser.GetAsync(next);

        Codes(first).Count.ShouldBe(50);
        first.Text("#queue-count").ShouldBe("Yhteydenottoja: 52");
        next.ShouldBe("/desk?sort=arrival&channel=WebForm&pageNumber=2");
        Codes(second).Count.ShouldBe(2);
        second.Text("#queue nav li:nth-child(2)").ShouldBe("Sivu 2/2");
        second.Document.QuerySelector("a[rel='prev']")!.GetAttribute("href").ShouldBe("/desk?sort=arrival&channel=WebForm");
        Codes(first).Intersect(Codes(second)).ShouldBeEmpty();
        Codes(await browser.GetAsync("/desk?pageNumber=99")).Count.ShouldBe(3);
    }

    public sealed class OnSqlite(SqliteApp app) : QueueOrderTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : QueueOrderTests(app), IClassFixture<PostgresApp>;
}
