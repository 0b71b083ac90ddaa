using Perhesilta.Features.Desk;
using Perhesilta.Features.Meetings.Invitations;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>
/// While a meeting is being planned, the guide adds a participant (a family member, or a professional chosen or typed
/// as on the request form) or removes one. A professional from outside the guidance team is added only when the
/// family's consent covers them, as on the request.
/// </summary>
public sealed class EditParticipants(MeetingChanges changes)
{
    public async Task<MeetingChangeResult> AddAsync(Guid meetingId, FamilyMemberInput? family, ProfessionalInput? professional, Guid seenVersion, string userId, string byNameGroup, CancellationToken cancellationToken = default)
    {
        var options = await ProfessionalOptions.ListAsync(changes.Db, userId, byNameGroup, cancellationToken);
        var errors = new WorkFormErrors();
        var input = new MeetingInput { Family = family is null ? [] : [family], Professionals = professional is null ? [] : [professional] };
        var added = ParticipantRows.Read(errors, input, options);
        return await changes.ApplyAsync(meetingId, seenVersion, userId, async (meeting, _) =>
        {
            if (meeting.Status != MeetingStatus.Planning)
            {
                return MeetingChangeResult.Refuse("Participants.Error.NotPlanning");
            }

            if (errors.All is [var error, ..])
            {
                return MeetingChangeResult.Refuse(error.Key, "add-" + error.Field);
            }

            if (added is not [var participant])
            {
                return MeetingChangeResult.Refuse("Meeting.Error.NameRequired", family is null ? "add-professional-0" : "add-family-0-name");
            }

            if (participant.UserId is { } user && meeting.Participants.Any(p => p.UserId == user))
            {
                return MeetingChangeResult.Refuse("Meeting.Error.ProfessionalTwice", "add-professional-0");
            }

            if (!meeting.Consents.Any(c => c.WithdrawnAt == null) && await MeetingConsents.NeededAsync(changes.Db, meeting.ContactId, [participant], cancellationToken))
            {
                return MeetingChangeResult.Refuse("Participants.Error.ConsentRequired", "add-professional-0");
            }

            participant.MeetingId = meeting.Id;
            meeting.Participants.Add(participant);
            changes.Db.Add(participant);
            return null;
        }, cancellationToken);
    }

    public Task<MeetingChangeResult> RemoveAsync(Guid meetingId, Guid participantId, Guid seenVersion, string userId, CancellationToken cancellationToken = default) =>
        changes.ApplyAsync(meetingId, seenVersion, userId, (meeting, _) =>
        {
            var participant = meeting.Participants.SingleOrDefault(p => p.Id == participantId);
            MeetingChangeResult? refusal = meeting.Status != MeetingStatus.Planning ? MeetingChangeResult.Refuse("Participants.Error.NotPlanning")
                : participant is null || participant.UserId == meeting.OrganizerUserId ? MeetingChangeResult.Refuse("Participants.Error.CannotRemove")
                : !meeting.Participants.Any(p => p != participant && p.UserId != meeting.OrganizerUserId && p.Required) ? MeetingChangeResult.Refuse("Meeting.Error.NoRequiredParticipant")
                : null;
            if (refusal is null)
            {
                changes.Db.Remove(participant!);
            }

            return Task.FromResult(refusal);
        }, cancellationToken);
}
