using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.Features.Referrals;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>
/// A meeting as its reader may see it: the organiser and the guidance team everything; an invited professional its
/// time, place and participants, and of the family only what was consented to share (<see cref="SharedView"/>).
/// </summary>
public sealed record MeetingDetails(
    Meeting Meeting,
    MeetingView Access,
    string ContactReference,
    string Organizer,
    string? Place,
    IReadOnlyDictionary<Guid, string> Services,
    SharedView? Shared,
    IReadOnlyDictionary<string, string> AnswerRecorders)
{
    /// <summary>A required participant declined the current invitation: the guide looks for a new time.</summary>
    public bool NeedsNewTime => Meeting.Status == MeetingStatus.Invited
        && Meeting.Participants.Any(p => p.Required && p.Response == ParticipantResponse.Declined);

    public bool IsOpen => Meeting.Status is MeetingStatus.Planning or MeetingStatus.Invited;
}

public sealed class ShowMeeting(PerhesiltaDbContext db, ShowSharedReferral shared)
{
    /// <summary>The meeting, or null when it does not exist or is not the user's to see (both 404).</summary>
    public async Task<MeetingDetails?> HandleAsync(Guid id, string userId, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Meeting>().AsNoTracking().Include(m => m.Participants).Include(m => m.Consents).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var access = await MeetingAccess.ViewAsync(db, meeting, userId, cancellationToken);
        if (access == MeetingView.None)
        {
            return null;
        }

        meeting.Participants.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.Id.CompareTo(b.Id));
        var reference = await db.Set<Contact>().Where(c => c.Id == meeting.ContactId).Select(c => c.ReferenceCode).SingleAsync(cancellationToken);
        var organizer = await db.Users.Where(u => u.Id == meeting.OrganizerUserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var serviceIds = meeting.Participants.Where(p => p.ServiceId is not null).Select(p => p.ServiceId!.Value).Distinct().ToList();
        var services = (await db.Set<DirectoryService>().AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => s.Name.Local());
        var sharing = access == MeetingView.Organizer ? meeting.Shared : MeetingAccess.SharedWithInvited(meeting);
        var view = sharing == SharedInformation.None ? null : await shared.SharedAsync(meeting.ContactId, sharing, cancellationToken);
        var recorderIds = meeting.Participants.Where(p => p.AnswerRecordedByUserId is not null).Select(p => p.AnswerRecordedByUserId!).Distinct().ToList();
        var recorders = access == MeetingView.Organizer && recorderIds.Count > 0
            ? await db.Users.Where(u => recorderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken)
            : new Dictionary<string, string>();
        return new MeetingDetails(meeting, access, reference, organizer, await InvitationMail.PlaceAsync(db, meeting, cancellationToken), services, view, recorders);
    }
}
