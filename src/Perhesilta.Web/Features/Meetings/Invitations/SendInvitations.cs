using Perhesilta.Platform.AccessLog;

namespace Perhesilta.Features.Meetings.Invitations;

/// <summary>
/// kutsut: the guide chose the meeting's time; everyone is invited to it. The first invitation has SEQUENCE 0; choosing
/// again sends an update with the next SEQUENCE and the same UID, and everyone answers again, with a new link (older
/// links then say they were replaced).
/// </summary>
public sealed class SendInvitations(MeetingChanges changes, InvitationMail mail, IAccessLog log)
{
    public Task<MeetingChangeResult> HandleAsync(Guid meetingId, DateTime startsAt, Guid seenVersion, string userId, CancellationToken cancellationToken = default) =>
        changes.ApplyAsync(meetingId, seenVersion, userId, async (meeting, now) =>
        {
            if (meeting.Status is not (MeetingStatus.Planning or MeetingStatus.Invited))
            {
                return MeetingChangeResult.Refuse("Time.Error.NotOpen");
            }

            if (startsAt <= now)
            {
                return MeetingChangeResult.Refuse("Time.Error.InPast", "time-date");
            }

            var update = meeting.Status == MeetingStatus.Invited;
            meeting.Sequence = update ? meeting.Sequence + 1 : 0;
            meeting.Status = MeetingStatus.Invited;
            meeting.StartsAt = startsAt;
            meeting.EndsAt = startsAt.AddMinutes(meeting.DurationMinutes);
            foreach (var participant in meeting.Participants)
            {
                // The organiser organises: they need not answer their own invitation.
                participant.Response = participant.UserId == meeting.OrganizerUserId ? ParticipantResponse.Accepted : ParticipantResponse.Pending;
                participant.RespondedAt = null;
                participant.ResponseNote = null;
                participant.InvitedSequence = meeting.Sequence;
                participant.InvitedAt = now;
                participant.AnswerTokenId = Guid.NewGuid();
                participant.AnswerTokenUsedAt = null;
                participant.AnswerRecordedByUserId = null;
            }

            if (await mail.InviteAsync(changes.Db, meeting, update, now, CancellationToken.None))
            {
                // The family's names went to professionals of other services: logged as a disclosure with the change.
                log.Add(changes.Db, userId, AccessAction.Disclose, "Meeting", meeting.Id.ToString(), AccessPurposes.ClientWork);
            }

            return null;
        }, cancellationToken);
}
