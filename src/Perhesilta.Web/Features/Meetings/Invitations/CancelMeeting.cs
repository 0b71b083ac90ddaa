using Perhesilta.Features.Desk;

namespace Perhesilta.Features.Meetings.Invitations;

/// <summary>
/// The guide cancels a meeting with a reason. Those invited receive a METHOD:CANCEL with the next SEQUENCE, so their
/// calendars remove it; their answer links stop working.
/// </summary>
public sealed class CancelMeeting(MeetingChanges changes, InvitationMail mail)
{
    public Task<MeetingChangeResult> HandleAsync(Guid meetingId, string? reason, Guid seenVersion, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        var text = WorkFields.Text(errors, "cancel-reason", reason, MeetingLimits.Reason, "Cancel.Error.ReasonRequired", "Meeting.Error.TooLong");
        return changes.ApplyAsync(meetingId, seenVersion, userId, async (meeting, now) =>
        {
            if (errors.All is [var error, ..])
            {
                return MeetingChangeResult.Refuse(error.Key == "Work.Error.ControlCharacters" ? "Meeting.Error.ControlCharacters" : error.Key, "cancel-reason");
            }

            if (meeting.Status is not (MeetingStatus.Planning or MeetingStatus.Invited))
            {
                return MeetingChangeResult.Refuse("Cancel.Error.NotOpen");
            }

            var invited = meeting.Status == MeetingStatus.Invited;
            meeting.Status = MeetingStatus.Cancelled;
            meeting.CancelledAt = now;
            meeting.CancelReason = text;
            foreach (var participant in meeting.Participants)
            {
                participant.AnswerTokenId = null;
            }

            if (invited)
            {
                meeting.Sequence++;
                await mail.CancelAsync(changes.Db, meeting, now, CancellationToken.None);
            }

            return null;
        }, cancellationToken);
    }
}
