using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Referrals;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings;

/// <summary>How much of a meeting someone sees.</summary>
public enum MeetingView
{
    /// <summary>Not theirs to see: the page answers 404 (not 403, so the meeting's existence is not revealed).</summary>
    None,

    /// <summary>An invited professional: the meeting's time, place and participants, and of the family only what was consented to share.</summary>
    Invited,

    /// <summary>The organiser or a guide of the guidance team of the contact's area: everything.</summary>
    Organizer,
}

/// <summary>
/// Who may see a meeting: its organiser, the guidance team (active guides serving the contact's area or municipality)
/// and the professionals invited to it — who see only what the family consented to share with the participants.
/// </summary>
public static class MeetingAccess
{
    public static async Task<MeetingView> ViewAsync(PerhesiltaDbContext db, Meeting meeting, string userId, CancellationToken cancellationToken)
    {
        if (meeting.OrganizerUserId == userId
            || (await GuideRoles.IsActiveGuideAsync(db, userId, cancellationToken)
                && await db.Set<Contact>().Where(c => c.Id == meeting.ContactId).ServedBy(db, userId).AnyAsync(cancellationToken)))
        {
            return MeetingView.Organizer;
        }

        return meeting.Participants.Any(p => p.UserId == userId && p.Kind != ParticipantKind.FamilyMember)
            ? MeetingView.Invited
            : MeetingView.None;
    }

    /// <summary>The meetings a user is invited to (as a professional or guide), for their own lists.</summary>
    public static IQueryable<Meeting> InvitedTo(PerhesiltaDbContext db, string userId) =>
        db.Set<Meeting>().Where(m => m.Participants.Any(p => p.UserId == userId && p.Kind != ParticipantKind.FamilyMember));

    /// <summary>
    /// What an invited professional may see of the family: what the guide chose to share, while the family's consent
    /// to share with the meeting's participants is in force; nothing once every consent is withdrawn.
    /// </summary>
    public static SharedInformation SharedWithInvited(Meeting meeting) =>
        meeting.Consents.Any(c => c.WithdrawnAt is null) ? meeting.Shared : SharedInformation.None;

    /// <summary>
    /// Whether an invited professional is told the names of the family's participants (on the meeting page and among
    /// the attendees of their invitation): only when the family's name is among what is shared with them.
    /// </summary>
    public static bool FamilyNamesShownToInvited(Meeting meeting) => SharedWithInvited(meeting).HasFlag(SharedInformation.Name);
}
