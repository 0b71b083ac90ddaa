using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Meetings;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Referrals;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;
using static Perhesilta.IntegrationTests.Meetings.MeetingRecordTestData;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>A follow-up agreed in the record, correcting a record, and who may open the record form.</summary>
public abstract class MeetingFollowUpTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_agreed_follow_up_is_a_new_meeting_in_planning_with_the_same_participants_and_an_invalid_one_saves_nothing()
    {
        using var m = await MeetingAsync(app);
        var page = await m.Guide.GetAsync(m.RecordUrl);
        var refused = await ReferralTestData.PostFormAsync(m.Guide, page, "#record-form", [
            .. Record([m.MotherId], "Yhteenveto"),
            new("Input.FollowUp", "true"), new("Input.FollowUpPurpose", ""), new("Input.FollowUpBy", Day(Today))]);
        refused.Text("#followup-purpose-error").ShouldBe("Kirjoita jatkopalaverin tarkoitus.");
        refused.Text("#followup-by-error").ShouldBe("Jatkopalaverin päivän pitää olla tulevaisuudessa.");
        (await app.WithDbAsync(db => db.Set<Meeting>().CountAsync(x => x.FollowUpOfMeetingId == m.MeetingId))).ShouldBe(0);
        (await FindAsync(app, m.MeetingId)).Status.ShouldBe(MeetingStatus.Invited);

        var saved = await ReferralTestData.PostFormAsync(m.Guide, refused, "#record-form", [
            .. Record([m.MotherId, m.ProfessionalId], "Yhteenveto"),
            new("Input.FollowUp", "true"), new("Input.FollowUpPurpose", "Tilanteen arviointi kuukauden päästä"), new("Input.FollowUpBy", Day(Today.AddDays(30)))]);
        saved.Location.ShouldBe(m.RecordUrl);
        var original = await FindAsync(app, m.MeetingId);
        var followUp = await app.WithDbAsync(db => db.Set<Meeting>().AsNoTracking().Include(x => x.Participants).Include(x => x.Consents).SingleAsync(x => x.FollowUpOfMeetingId == m.MeetingId));
        (followUp.Status, followUp.Purpose, followUp.TargetOn, followUp.ContactId, followUp.StartsAt).ShouldBe((MeetingStatus.Planning, "Tilanteen arviointi kuukauden päästä", Today.AddDays(30), m.Work.Contact.Id, (DateTime?)null));
        (followUp.Mode, followUp.RemoteLink, followUp.DurationMinutes, followUp.ClockId, followUp.OrganizerUserId).ShouldBe((original.Mode, original.RemoteLink, original.DurationMinutes, (Guid?)null, original.OrganizerUserId));
        followUp.Participants.Select(p => (p.Kind, p.Name, p.UserId, p.Required, p.Response)).ShouldBe(
            original.Participants.Select(p => (p.Kind, p.Name, p.UserId, p.Required, ParticipantResponse.NotInvited)), ignoreOrder: true);
        followUp.Participants.Select(p => p.Id).Intersect(original.Participants.Select(p => p.Id)).ShouldBeEmpty();
        followUp.Consents.Single().GivenBy.ShouldBe("äiti");
        (await LogOfAsync(app, followUp.Id)).Single().Action.ShouldBe(AccessAction.Create);

        var shown = await m.Guide.GetAsync(m.RecordUrl);
        shown.Document.QuerySelector("#followup-link")!.GetAttribute("href").ShouldBe($"/desk/meetings/{followUp.Id}");
        shown.Document.QuerySelector("#followup").ShouldBeNull();
    }

    [Fact]
    public async Task A_correction_needs_a_reason_and_stops_the_clock_of_a_cancelled_action_and_restarts_that_of_a_moved_one()
    {
        using var m = await MeetingAsync(app);
        var page = await m.Guide.GetAsync(m.RecordUrl);
        var saved = await ReferralTestData.PostFormAsync(m.Guide, page, "#record-form", Record(
            [m.MotherId], "Ensimmäinen versio",
            ("Varaa ensikäynti", Participant(m.ProfessionalId), Day(Today.AddDays(5))),
            ("Soita kouluun", Participant(m.ProfessionalId), Day(Today.AddDays(6)))));
        saved.Location.ShouldBe(m.RecordUrl);
        var before = (await FindAsync(app, m.MeetingId)).Actions.OrderBy(a => a.DueOn).ToList();

        var form = await m.Guide.GetAsync(m.RecordUrl);
        form.Document.QuerySelector("#save-record")!.TextContent.ShouldBe("Tallenna korjaus");
        var correction = new List<KeyValuePair<string, string>>
        {
            new("Input.Attended", m.MotherId.ToString()),
            new("Input.Summary", "Korjattu versio"),
            new("Input.Actions[0].Description", "Varaa ensikäynti"),
            new("Input.Actions[0].Responsible", Participant(m.ProfessionalId)),
            new("Input.Actions[0].DueOn", Day(Today.AddDays(5))),
            new("Input.Actions[0].Cancel", "true"),
            new("Input.Actions[1].Description", "Soita kouluun ja rehtorille"),
            new("Input.Actions[1].Responsible", Participant(m.ProfessionalId)),
            new("Input.Actions[1].DueOn", Day(Today.AddDays(9))),
        };
        var refused = await ReferralTestData.PostFormAsync(m.Guide, form, "#record-form", correction);
        refused.Text("#correction-reason-error").ShouldBe("Kerro, miksi muistiota korjataan.");
        (await FindAsync(app, m.MeetingId)).Summary.ShouldBe("Ensimmäinen versio");

        var corrected = await ReferralTestData.PostFormAsync(m.Guide, form, "#record-form", [.. correction, new("Input.CorrectionReason", "Ensikäynti sovittiin jo palaverissa.")]);
        corrected.Location.ShouldBe(m.RecordUrl, corrected.Text("#error-summary") + corrected.Text("#form-message"));
        var after = (await FindAsync(app, m.MeetingId)).Actions.ToDictionary(a => a.Id);
        after.Count.ShouldBe(2);
        var cancelled = await ClockAsync(app, before[0].ClockId!.Value);
        (cancelled.State, cancelled.StopReason).ShouldBe((ClockState.Stopped, "Ensikäynti sovittiin jo palaverissa."));
        var moved = after[before[1].Id];
        (moved.Description, moved.DueOn).ShouldBe(("Soita kouluun ja rehtorille", Today.AddDays(9)));
        moved.ClockId.ShouldNotBe(before[1].ClockId);
        (await ClockAsync(app, before[1].ClockId!.Value)).State.ShouldBe(ClockState.Stopped);
        var restarted = await ClockAsync(app, moved.ClockId!.Value);
        (restarted.State, restarted.DueOn, restarted.MeetingActionId).ShouldBe((ClockState.Running, Today.AddDays(9), moved.Id));

        var contact = await m.Guide.GetAsync(m.Work.ContactUrl);
        contact.Document.QuerySelectorAll($"#meetings li[data-meeting='{m.MeetingId}'] .agreed-actions li").Select(li => li.GetAttribute("data-state")).ShouldBe(["Cancelled", "Due"], ignoreOrder: true);
    }

    [Fact]
    public async Task Only_the_guides_of_the_contact_open_the_record_and_each_view_is_logged()
    {
        using var m = await MeetingAsync(app);
        var otherArea = await StaffTestData.CreateAreaAsync(app);
        var outsiderGuide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [otherArea.Code]);
        var invitedGuide = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [otherArea.Code]);
        await app.WithDbAsync(db =>
        {
            db.Add(new MeetingParticipant { MeetingId = m.MeetingId, Kind = ParticipantKind.Guide, Name = "Vieras ohjaaja", UserId = invitedGuide.Id });
            return db.SaveChangesAsync();
        });

        using (var professional = await StaffTestData.SignedInAsync(app, m.Professional))
        {
            (await professional.GetAsync(m.RecordUrl)).ShouldBeForbidden(m.RecordUrl);
        }

        using (var outsider = await StaffTestData.SignedInAsync(app, outsiderGuide))
        {
            (await outsider.GetAsync(m.RecordUrl)).Status.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.GetAsync($"/desk/meetings/{Guid.NewGuid()}/record")).Status.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var invited = await StaffTestData.SignedInAsync(app, invitedGuide))
        {
            (await invited.GetAsync(m.RecordUrl)).ShouldBeForbidden(m.RecordUrl);
        }

        (await m.Guide.GetAsync(m.RecordUrl)).Status.ShouldBe(HttpStatusCode.OK);
        var log = await LogOfAsync(app, m.MeetingId);
        log.Select(e => (e.Action, e.ActorUserId)).ShouldBe([(AccessAction.View, m.Work.Guide.Id)]);
    }

    public sealed class OnSqlite(SqliteApp app) : MeetingFollowUpTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : MeetingFollowUpTests(app), IClassFixture<PostgresApp>;
}
