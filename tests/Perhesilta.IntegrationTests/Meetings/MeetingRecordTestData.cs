using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Referrals;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>
/// A guide's contact with a network meeting that began two hours ago: the mother, a professional using Perhesilta,
/// a school social worker outside it and the guide; its network-meeting clock started when it was requested.
/// </summary>
internal sealed record HeldMeeting(WorkSetup Work, TestStaff Professional, Guid MeetingId, Guid ClockId, Guid MotherId, Guid ProfessionalId, Guid OutsiderId) : IDisposable
{
    public PageClient Guide => Work.Browser;

    public string RecordUrl => $"/desk/meetings/{MeetingId}/record";

    public void Dispose() => Work.Dispose();
}

internal static class MeetingRecordTestData
{
    public const string Outsider = "Kaisa Kuraattori";

    /// <summary>
    /// A meeting requested <paramref name="requestedDaysAgo"/> days ago that starts <paramref name="startsInHours"/>
    /// hours from now (negative: it began that long ago), invited, with the mother's consent in force.
    /// </summary>
    public static async Task<HeldMeeting> MeetingAsync(PerhesiltaApp app, double requestedDaysAgo = 4, double startsInHours = -2)
    {
        var work = await WorkTestData.GuideWithContactAsync(app, c => c.InitiatedAt = DateTime.UtcNow.AddDays(-requestedDaysAgo - 1));
        var professional = await app.CreateStaffAsync(StaffRoles.Professional);
        Meeting meeting = null!;
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            var now = DateTime.UtcNow;
            var requestedAt = now.AddDays(-requestedDaysAgo);
            var clock = services.GetRequiredService<DeadlineClocks>().Start(db, new ClockStart(ClockRule.NetworkMeeting, work.Contact.Id, null, work.Contact.AreaId, requestedAt, work.Guide.Id, work.Guide.Id));
            meeting = new Meeting
            {
                ContactId = work.Contact.Id,
                AreaId = work.Contact.AreaId,
                OrganizerUserId = work.Guide.Id,
                Purpose = "Koulunkäynnin tuki ja perheen arki",
                RequestedAt = requestedAt,
                TargetWorkingDays = 10,
                TargetOn = clock.DueOn,
                ClockId = clock.Id,
                Mode = MeetingMode.Remote,
                RemoteLink = "https://video.perhesilta.example/palaveri",
                DurationMinutes = 60,
                Status = MeetingStatus.Invited,
                StartsAt = now.AddHours(startsInHours),
                EndsAt = now.AddHours(startsInHours + 1),
                Shared = SharedInformation.Name,
                CreatedAt = requestedAt,
                UpdatedAt = requestedAt,
            };
            meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Kind = ParticipantKind.FamilyMember, Name = "Maija Meikäläinen", Role = "äiti", Required = true, Response = ParticipantResponse.Accepted });
            meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Kind = ParticipantKind.Professional, Name = "Pekka Perhetyö", UserId = professional.Id, Email = professional.Email, Required = true, Response = ParticipantResponse.Accepted });
            meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Kind = ParticipantKind.Professional, Name = Outsider, Email = "kuraattori@test.perhesilta.example", Required = false, Response = ParticipantResponse.Pending });
            meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Kind = ParticipantKind.Guide, Name = "Testi ohjaaja", UserId = work.Guide.Id, Required = true, Response = ParticipantResponse.Accepted });
            meeting.Consents.Add(new MeetingConsent { MeetingId = meeting.Id, GivenBy = "äiti", Purpose = "Verkostopalaveri", GivenTo = "palaverin osallistujat", Method = ConsentMethod.Verbal, GivenAt = requestedAt, RecordedByUserId = work.Guide.Id, RecordedAt = requestedAt });
            db.Add(meeting);
            await db.SaveChangesAsync();
        });
        var p = meeting.Participants;
        return new HeldMeeting(work, professional, meeting.Id, meeting.ClockId!.Value, p[0].Id, p[1].Id, p[2].Id);
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Today => DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow));

    /// <summary>The record form's fields: who came, the summary and the action rows given (description, responsible, due).</summary>
    public static List<KeyValuePair<string, string>> Record(IEnumerable<Guid> attended, string summary, params (string What, string Who, string Due)[] actions)
    {
        var fields = attended.Select(id => new KeyValuePair<string, string>("Input.Attended", id.ToString())).ToList();
        fields.Add(new("Input.Summary", summary));
        for (var i = 0; i < actions.Length; i++)
        {
            fields.Add(new($"Input.Actions[{i}].Description", actions[i].What));
            fields.Add(new($"Input.Actions[{i}].Responsible", actions[i].Who));
            fields.Add(new($"Input.Actions[{i}].DueOn", actions[i].Due));
        }

        return fields;
    }

    public static string Participant(Guid id) => "participant:" + id.ToString("D");

    public static async Task<Meeting> FindAsync(PerhesiltaApp app, Guid id) =>
        await app.WithDbAsync(db => db.Set<Meeting>().AsNoTracking().Include(m => m.Participants).Include(m => m.Actions).Include(m => m.Consents).AsSplitQuery().SingleAsync(m => m.Id == id));

    public static async Task<DeadlineClock> ClockAsync(PerhesiltaApp app, Guid id) =>
        await app.WithDbAsync(db => db.Set<DeadlineClock>().AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == id));

    public static async Task<List<AccessLogEntry>> LogOfAsync(PerhesiltaApp app, Guid meetingId)
    {
        var id = meetingId.ToString();
        return await app.WithDbAsync(db => db.Set<AccessLogEntry>().AsNoTracking().Where(e => e.RecordType == "Meeting" && e.RecordId == id).OrderBy(e => e.Sequence).ToListAsync());
    }
}
