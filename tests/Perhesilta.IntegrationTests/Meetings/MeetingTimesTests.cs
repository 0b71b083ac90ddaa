using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Meetings.Availability;
using Perhesilta.Features.Meetings.Slots;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>
/// <see cref="ProposeMeetingTimes"/> over the database: the participants' working hours, busy times entered and
/// imported, their other meetings, the working-day calendar and the family's wishes. Monday 18.11.2030 is in winter
/// time (UTC+2).
/// </summary>
public abstract class MeetingTimesTests(PerhesiltaApp app)
{
    private static readonly DateTime MondayMorning = Utc(2030, 11, 18, 0, 0);

    [Fact]
    public async Task The_earliest_times_avoid_busy_times_and_other_meetings_within_working_hours()
    {
        var (meeting, guide, professional) = await GuideAndProfessionalAsync();
        await MeetingTestData.WorkingHoursAsync(app, guide, DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(15, 0));
        await MeetingTestData.BusyAsync(app, guide, Utc(2030, 11, 18, 7, 0), Utc(2030, 11, 18, 8, 0));
        await MeetingTestData.BusyAsync(app, guide, Utc(2030, 11, 18, 8, 0), Utc(2030, 11, 18, 9, 0), BusySource.Imported);
        await MeetingTestData.OtherMeetingAsync(app, professional, Utc(2030, 11, 18, 9, 0), ParticipantResponse.Accepted);
        await MeetingTestData.OtherMeetingAsync(app, professional, Utc(2030, 11, 18, 10, 0), ParticipantResponse.Declined);

        var proposals = (await ProposeAsync(meeting.Id, MondayMorning))!;

        // Free from 12:00 Finnish time; the guide's day ends at 15:00, and having given hours only for Mondays, the guide
        // is next free on Monday 25.11. from 09:00.
        proposals.Earliest.Select(s => s.StartsAt).ShouldBe(
            [Utc(2030, 11, 18, 10, 0), Utc(2030, 11, 18, 11, 0), Utc(2030, 11, 18, 12, 0), Utc(2030, 11, 25, 7, 0), Utc(2030, 11, 25, 8, 0)]);
        proposals.Earliest[0].EndsAt.ShouldBe(Utc(2030, 11, 18, 11, 0));
        proposals.Earliest[0].FreeParticipantIds.ShouldBe(meeting.Participants.Select(p => p.Id), ignoreOrder: true);
        proposals.EarliestWithEveryone.ShouldBe(proposals.Earliest[0]);
        proposals.EarliestAfternoon.ShouldBe(proposals.Earliest[0]);
    }

    [Fact]
    public async Task An_optional_participant_who_is_busy_is_shown_and_the_earliest_time_with_everyone_is_offered()
    {
        var (meeting, _, professional) = await GuideAndProfessionalAsync(professionalRequired: false);
        await MeetingTestData.BusyAsync(app, professional, Utc(2030, 11, 18, 6, 0), Utc(2030, 11, 18, 9, 30));

        var proposals = (await ProposeAsync(meeting.Id, MondayMorning))!;

        var optional = meeting.Participants.Single(p => !p.Required).Id;
        proposals.Earliest[0].StartsAt.ShouldBe(Utc(2030, 11, 18, 6, 0));
        proposals.Earliest[0].BusyOptionalParticipantIds.ShouldBe([optional]);
        proposals.Earliest[0].FreeParticipantIds.ShouldNotContain(optional);
        proposals.EarliestWithEveryone!.StartsAt.ShouldBe(Utc(2030, 11, 18, 9, 30));
        proposals.EarliestWithEveryone.BusyOptionalParticipantIds.ShouldBeEmpty();
        proposals.EarliestAfternoon!.StartsAt.ShouldBe(Utc(2030, 11, 18, 10, 0));
    }

    [Fact]
    public async Task Independence_day_and_the_weekend_are_skipped()
    {
        var (meeting, _, _) = await GuideAndProfessionalAsync();

        // Thursday 5.12.2030 after office hours; Friday 6.12. is Independence Day.
        var proposals = (await ProposeAsync(meeting.Id, Utc(2030, 12, 5, 15, 0)))!;

        proposals.Earliest[0].StartsAt.ShouldBe(Utc(2030, 12, 9, 6, 0));
    }

    [Fact]
    public async Task The_family_is_met_only_on_the_days_and_parts_of_day_they_chose()
    {
        var (meeting, _, _) = await GuideAndProfessionalAsync(change: m => (m.FamilyWeekdays, m.FamilyDayParts) = (Weekdays.Tuesday | Weekdays.Thursday, DayParts.Afternoon));
        await MeetingTestData.AddAsync(app, meeting, new MeetingParticipant { Kind = ParticipantKind.FamilyMember, Name = "Äiti", Required = true });

        var proposals = (await ProposeAsync(meeting.Id, MondayMorning))!;

        // Tuesday 19.11. from 12:00 until the end of working hours at 16:00, then Thursday.
        proposals.Earliest.Select(s => s.StartsAt).ShouldBe(
            [Utc(2030, 11, 19, 10, 0), Utc(2030, 11, 19, 11, 0), Utc(2030, 11, 19, 12, 0), Utc(2030, 11, 19, 13, 0), Utc(2030, 11, 21, 10, 0)]);
    }

    [Fact]
    public async Task A_meeting_with_only_outside_participants_is_still_proposed_in_office_hours()
    {
        var organizer = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var meeting = await MeetingTestData.PlanAsync(app, organizer, change: m => m.Participants[0].Required = false);
        await MeetingTestData.AddAsync(app, meeting, new MeetingParticipant { Kind = ParticipantKind.Professional, Name = "Ulkopuolinen", Email = "ulko@test.perhesilta.example", Required = true });

        var proposals = (await ProposeAsync(meeting.Id, MondayMorning))!;

        proposals.Earliest[0].StartsAt.ShouldBe(Utc(2030, 11, 18, 6, 0));
    }

    [Fact]
    public async Task A_time_chosen_by_hand_names_each_conflict_and_a_free_time_has_none()
    {
        var (meeting, guide, professional) = await GuideAndProfessionalAsync(change: m => m.FamilyDayParts = DayParts.Morning);
        var family = await MeetingTestData.AddAsync(app, meeting, new MeetingParticipant { Kind = ParticipantKind.FamilyMember, Name = "Isä", Required = true });
        await MeetingTestData.BusyAsync(app, guide, Utc(2030, 11, 18, 7, 0), Utc(2030, 11, 18, 8, 0));
        await MeetingTestData.OtherMeetingAsync(app, professional, Utc(2030, 11, 18, 8, 0), ParticipantResponse.Pending);
        var guideId = meeting.Participants.Single(p => p.UserId == guide.Id).Id;
        var professionalId = meeting.Participants.Single(p => p.UserId == professional.Id).Id;

        (await ConflictsAsync(meeting.Id, Utc(2030, 11, 18, 6, 0))).ShouldBeEmpty();
        (await ConflictsAsync(meeting.Id, Utc(2030, 11, 18, 7, 30))).ShouldBe(
            [new TimeConflict(ConflictKind.Busy, guideId), new TimeConflict(ConflictKind.AnotherMeeting, professionalId)], ignoreOrder: true);
        (await ConflictsAsync(meeting.Id, Utc(2030, 11, 18, 13, 30))).ShouldBe(
            [
                new TimeConflict(ConflictKind.OutsideWorkingHours, guideId),
                new TimeConflict(ConflictKind.OutsideWorkingHours, professionalId),
                new TimeConflict(ConflictKind.OutsideFamilyWishes, family.Id),
            ],
            ignoreOrder: true);
        (await ConflictsAsync(meeting.Id, Utc(2030, 11, 16, 6, 0))).ShouldContain(new TimeConflict(ConflictKind.NonWorkingDay, null));
        (await ConflictsAsync(meeting.Id, Utc(2020, 11, 16, 6, 0))).ShouldContain(new TimeConflict(ConflictKind.InPast, null));
    }

    [Fact]
    public async Task A_meeting_that_does_not_exist_has_no_proposals()
    {
        (await ProposeAsync(Guid.NewGuid(), null)).ShouldBeNull();
        (await ConflictsAsync(Guid.NewGuid(), MondayMorning)).ShouldBeEmpty();
    }

    private async Task<(Meeting Meeting, TestStaff Guide, TestStaff Professional)> GuideAndProfessionalAsync(bool professionalRequired = true, Action<Meeting>? change = null)
    {
        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var professional = await MeetingTestData.ProfessionalAsync(app);
        var meeting = await MeetingTestData.PlanAsync(app, guide, change: change);
        await MeetingTestData.AddAsync(app, meeting, new MeetingParticipant
        {
            Kind = ParticipantKind.Professional,
            Name = "Koulukuraattori",
            UserId = professional.Id,
            Email = professional.Email,
            Required = professionalRequired,
        });
        return (meeting, guide, professional);
    }

    private async Task<MeetingProposals?> ProposeAsync(Guid meetingId, DateTime? from)
    {
        MeetingProposals? proposals = null;
        await app.WithServicesAsync(async services =>
            proposals = await services.GetRequiredService<ProposeMeetingTimes>().HandleAsync(meetingId, from, TestContext.Current.CancellationToken));
        return proposals;
    }

    private async Task<IReadOnlyList<TimeConflict>> ConflictsAsync(Guid meetingId, DateTime startsAt)
    {
        IReadOnlyList<TimeConflict> conflicts = [];
        await app.WithServicesAsync(async services =>
            conflicts = await services.GetRequiredService<ProposeMeetingTimes>().ConflictsAsync(meetingId, startsAt, TestContext.Current.CancellationToken));
        return conflicts;
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public sealed class OnSqlite(SqliteApp app) : MeetingTimesTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : MeetingTimesTests(app), IClassFixture<PostgresApp>;
}
