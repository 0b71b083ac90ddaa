using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Meetings;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>
/// Who sees a meeting (issue 7): an invited professional sees its time, place and participants, and of the family only
/// what was consented to share, while the consent is in force; one not invited gets 404. Every view is logged.
/// </summary>
public abstract class MeetingAccessTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_invited_professional_sees_only_what_the_family_consented_to_share_and_only_while_it_is_in_force()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var fields = PlanningTestData.Fields(setup);
        fields["Input.Shared"] = "Name";
        var id = await PlanningTestData.RequestAsync(app, setup, fields);
        using var professional = await StaffTestData.SignedInAsync(app, setup.Referral.Professional);

        var page = await professional.GetAsync($"/desk/meetings/{id}");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#shared-name").ShouldBe(DeskTestData.ContactName);
        page.Document.QuerySelector("#shared-contact-details").ShouldBeNull();
        page.Document.QuerySelector("#meeting-wishes").ShouldBeNull();
        page.Document.QuerySelector("#cancel-form").ShouldBeNull();
        page.Body.ShouldNotContain(setup.MotherEmail);
        page.Text("#participants").ShouldContain("Maija Meikäläinen");
        (await professional.GetAsync($"/desk/meetings/{id}/time")).Status.ShouldBe(HttpStatusCode.Forbidden);

        await app.WithDbAsync(async db =>
        {
            var consent = await db.Set<MeetingConsent>().SingleAsync(c => c.MeetingId == id);
            consent.WithdrawnAt = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });
        var withdrawn = await professional.GetAsync($"/desk/meetings/{id}");
        withdrawn.Status.ShouldBe(HttpStatusCode.OK);
        withdrawn.Document.QuerySelector("#shared-fields").ShouldBeNull();
        withdrawn.Document.QuerySelector("#meeting-purpose").ShouldBeNull();
        withdrawn.Document.QuerySelector("#shared-name").ShouldBeNull();
        withdrawn.Text("#participants").ShouldNotContain("Maija Meikäläinen");
        withdrawn.Text("#participants").ShouldContain("Perheenjäsen (nimeä ei ole jaettu)");

        var log = await app.WithDbAsync(db => db.Set<AccessLogEntry>().AsNoTracking()
            .Where(e => e.RecordType == "Meeting" && e.RecordId == id.ToString() && e.Action == AccessAction.View && e.ActorUserId == setup.Referral.Professional.Id).CountAsync());
        log.ShouldBe(2);
    }

    [Fact]
    public async Task A_professional_or_guide_who_is_not_invited_gets_404()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var id = await PlanningTestData.RequestAsync(app, setup);
        var outsider = await app.CreateStaffAsync(StaffRoles.Professional);
        var otherGuide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [(await StaffTestData.CreateAreaAsync(app)).Code]);

        foreach (var who in new[] { outsider, otherGuide })
        {
            using var browser = await StaffTestData.SignedInAsync(app, who);
            (await browser.GetAsync($"/desk/meetings/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    public sealed class OnSqlite(SqliteApp app) : MeetingAccessTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : MeetingAccessTests(app), IClassFixture<PostgresApp>;
}
