using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Meetings;
using Perhesilta.Platform.Data;

namespace Perhesilta.BrowserTests.Infrastructure;

/// <summary>Network meetings a browser test starts from, written straight to the application's database.</summary>
public static class TestMeetings
{
    public const string Guide = "ohjaaja@perhesilta.example";
    public const string Professional = "ammattilainen@perhesilta.example";

    /// <summary>
    /// A remote meeting of a new Oulu contact, organised by the demo guide and invited to <paramref name="startsAt"/>
    /// (an hour long): the mother, who has no e-mail address, and the demo professional, both required, have answered
    /// <paramref name="answer"/>.
    /// </summary>
    public static async Task<(Guid MeetingId, Guid MotherId)> InvitedAsync(BrowserHost host, string description, DateTime startsAt, ParticipantResponse answer)
    {
        var contact = await TestContacts.CreateInOuluAsync(host, description);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var guide = await db.Users.SingleAsync(u => u.Email == Guide);
        var professional = await db.Users.SingleAsync(u => u.Email == Professional);
        var now = DateTime.UtcNow;
        var meeting = new Meeting
        {
            ContactId = contact.Id,
            AreaId = contact.AreaId,
            OrganizerUserId = guide.Id,
            Purpose = "Koulunkäynnin tuki",
            RequestedAt = now.AddHours(-2),
            TargetWorkingDays = 10,
            TargetOn = DateOnly.FromDateTime(now).AddDays(14),
            Mode = MeetingMode.Remote,
            RemoteLink = "https://video.perhesilta.example/palaveri",
            DurationMinutes = 60,
            Status = MeetingStatus.Invited,
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(1),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var mother = new MeetingParticipant { MeetingId = meeting.Id, Kind = ParticipantKind.FamilyMember, Name = "Maija Meikäläinen", Role = "äiti", Required = true, Response = answer, InvitedSequence = 0, InvitedAt = now };
        meeting.Participants.Add(mother);
        meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Kind = ParticipantKind.Professional, Name = professional.DisplayName, UserId = professional.Id, Email = professional.Email, Required = true, Response = answer, InvitedSequence = 0, InvitedAt = now, AnswerTokenId = Guid.NewGuid() });
        meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Kind = ParticipantKind.Guide, Name = guide.DisplayName, UserId = guide.Id, Email = guide.Email, Required = true, Response = ParticipantResponse.Accepted, InvitedSequence = 0, InvitedAt = now });
        db.Add(meeting);
        await db.SaveChangesAsync();
        return (meeting.Id, mother.Id);
    }
}
