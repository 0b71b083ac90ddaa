using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Meetings.Availability;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>Meetings, participants and staff calendars written straight into the database, for the tests of what reads them.</summary>
internal static class MeetingTestData
{
    /// <summary>A meeting in planning on a new contact in Oulu, organised by <paramref name="organizer"/>, who takes part as a required guide.</summary>
    public static async Task<Meeting> PlanAsync(PerhesiltaApp app, TestStaff organizer, int durationMinutes = 60, Action<Meeting>? change = null)
    {
        var areaId = await StaffTestData.AreaIdOfMunicipalityAsync(app, "564");
        var contact = await DeskTestData.CreateContactAsync(app, areaId);
        var meeting = new Meeting
        {
            ContactId = contact.Id,
            AreaId = areaId,
            OrganizerUserId = organizer.Id,
            Purpose = "Koulunkäynnin tuki",
            RequestedAt = DateTime.UtcNow,
            TargetWorkingDays = 10,
            TargetOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)),
            Mode = MeetingMode.Remote,
            RemoteLink = "https://meet.test.perhesilta.example/verkosto",
            DurationMinutes = durationMinutes,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        meeting.Participants.Add(new MeetingParticipant { Kind = ParticipantKind.Guide, Name = "Ohjaaja", UserId = organizer.Id, Email = organizer.Email, Required = true });
        change?.Invoke(meeting);
        await SaveAsync(app, meeting);
        return meeting;
    }

    public static async Task<MeetingParticipant> AddAsync(PerhesiltaApp app, Meeting meeting, MeetingParticipant participant)
    {
        participant.MeetingId = meeting.Id;
        meeting.Participants.Add(participant);
        await SaveAsync(app, participant);
        return participant;
    }

    /// <summary>Another guide's meeting with a time, to which <paramref name="user"/> is invited with the given answer.</summary>
    public static async Task OtherMeetingAsync(PerhesiltaApp app, TestStaff user, DateTime startsAt, ParticipantResponse response)
    {
        var organizer = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var other = await PlanAsync(app, organizer, change: m => (m.Status, m.StartsAt, m.EndsAt) = (MeetingStatus.Invited, startsAt, startsAt.AddHours(1)));
        await AddAsync(app, other, new MeetingParticipant { Kind = ParticipantKind.Professional, Name = "Muu", UserId = user.Id, Required = true, Response = response });
    }

    public static Task BusyAsync(PerhesiltaApp app, TestStaff user, DateTime startsAt, DateTime endsAt, BusySource source = BusySource.Manual) =>
        SaveAsync(app, new StaffBusyTime { UserId = user.Id, StartsAt = startsAt, EndsAt = endsAt, Source = source });

    public static Task WorkingHoursAsync(PerhesiltaApp app, TestStaff user, DayOfWeek day, TimeOnly start, TimeOnly end) =>
        SaveAsync(app, new StaffWorkingHours { UserId = user.Id, Day = day, Start = start, End = end });

    public static async Task<TestStaff> ProfessionalAsync(PerhesiltaApp app) => await app.CreateStaffAsync(StaffRoles.Professional);

    private static Task SaveAsync(PerhesiltaApp app, object entity) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            db.Add(entity);
            await db.SaveChangesAsync();
        });
}
