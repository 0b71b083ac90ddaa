using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Perhesilta.Features.Meetings.Planning;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Http;
using Perhesilta.Platform.Localization;
using Perhesilta.Platform.Mail;

namespace Perhesilta.Features.Meetings.Invitations;

/// <summary>
/// One e-mail per participant with an address, each with the meeting's iCalendar part. A family member's message is
/// plain language in their own language and says nothing of the professionals beyond their names; staff messages are
/// in Finnish, the county's language for staff mail. Nothing of the family's situation is in any message.
/// </summary>
public sealed class InvitationMail(MailOutbox outbox, AnswerLinks links, IStringLocalizer<PlanningText> text, IOptions<PublicAddressOptions> address)
{
    public const string InvitationPurpose = "meeting-invitation";
    public const string CancellationPurpose = "meeting-cancellation";

    /// <summary>
    /// Enqueues the invitation (or its update) to everyone with an address, in the caller's unit of work. Answers
    /// whether a professional outside the guidance team was sent the names of the family's participants: a disclosure.
    /// </summary>
    public async Task<bool> InviteAsync(PerhesiltaDbContext db, Meeting meeting, bool update, DateTime now, CancellationToken cancellationToken)
    {
        var place = await PlaceAsync(db, meeting, cancellationToken);
        var organizer = meeting.Participants.Single(p => p.UserId == meeting.OrganizerUserId);
        var disclosed = false;
        foreach (var participant in meeting.Participants.Where(p => p.Email is not null))
        {
            disclosed |= participant.Kind == ParticipantKind.Professional && participant.UserId != meeting.OrganizerUserId && SeesFamily(meeting, participant);
            var language = Language(participant);
            var (subject, body, details) = InCulture.Run(language, () =>
            {
                var summary = text["Mail.Summary"].Value;
                var lines = new List<string> { text["Mail.Greeting", participant.Name].Value, "" };
                lines.Add(text[(participant.Kind == ParticipantKind.FamilyMember ? "Mail.Family." : "Mail.Staff.") + (update ? "Updated" : "Invited")].Value);
                lines.AddRange(["", .. Facts(meeting, place, organizer)]);
                if (participant.UserId != meeting.OrganizerUserId)
                {
                    var token = links.Token(participant, language);
                    lines.AddRange(["", text["Mail.AnswerPrompt"].Value, text["Mail.Accept"].Value + " " + AnswerUrl(token, "yes"), text["Mail.Decline"].Value + " " + AnswerUrl(token, "no")]);
                }

                if (participant.Kind != ParticipantKind.FamilyMember)
                {
                    lines.AddRange(["", text["Mail.Staff.Page"].Value + " " + Origin + $"/desk/meetings/{meeting.Id}"]);
                }

                lines.AddRange(["", text["Mail.Signature"].Value]);
                var description = string.Join('\n', Facts(meeting, place, organizer));
                return (text[update ? "Mail.Subject.Updated" : "Mail.Subject.Invited", When(meeting)].Value, string.Join('\n', lines), new CalendarDetails(summary, organizer.Name, organizer.Email ?? "", place, meeting.RemoteLink, description));
            });
            var calendar = MeetingCalendar.Write(meeting, MeetingCalendar.Request, details, now, SeesFamily(meeting, participant));
            outbox.Enqueue(db, participant.Email!, subject, body, InvitationPurpose, new CalendarPart(MeetingCalendar.Request, calendar));
        }

        return disclosed;
    }

    /// <summary>Enqueues the cancellation to everyone who was invited, in the caller's unit of work.</summary>
    public async Task CancelAsync(PerhesiltaDbContext db, Meeting meeting, DateTime now, CancellationToken cancellationToken)
    {
        var place = await PlaceAsync(db, meeting, cancellationToken);
        var organizer = meeting.Participants.Single(p => p.UserId == meeting.OrganizerUserId);
        foreach (var participant in meeting.Participants.Where(p => p.Email is not null && p.InvitedSequence is not null))
        {
            var language = Language(participant);
            var (subject, body, details) = InCulture.Run(language, () =>
            {
                var lines = new List<string> { text["Mail.Greeting", participant.Name].Value, "", text["Mail.Cancelled", When(meeting)].Value, "", text["Mail.Signature"].Value };
                return (text["Mail.Subject.Cancelled", When(meeting)].Value, string.Join('\n', lines), new CalendarDetails(text["Mail.Summary"].Value, organizer.Name, organizer.Email ?? "", place, meeting.RemoteLink, text["Mail.Cancelled", When(meeting)].Value));
            });
            var calendar = MeetingCalendar.Write(meeting, MeetingCalendar.Cancel, details, now, SeesFamily(meeting, participant));
            outbox.Enqueue(db, participant.Email!, subject, body, CancellationPurpose, new CalendarPart(MeetingCalendar.Cancel, calendar));
        }
    }

    /// <summary>Whether a participant's copy of the invitation names the family's participants among its attendees.</summary>
    private static bool SeesFamily(Meeting meeting, MeetingParticipant participant) =>
        participant.Kind is ParticipantKind.FamilyMember or ParticipantKind.Guide || participant.UserId == meeting.OrganizerUserId
        || MeetingAccess.FamilyNamesShownToInvited(meeting);

    /// <summary>Tells the organiser, once, that a required participant cannot come and a new time is needed.</summary>
    public void NewTimeNeeded(PerhesiltaDbContext db, Meeting meeting, MeetingParticipant declined)
    {
        var organizer = meeting.Participants.Single(p => p.UserId == meeting.OrganizerUserId);
        if (organizer.Email is null)
        {
            return;
        }

        var (subject, body) = InCulture.Run("fi", () => (
            text["Mail.Subject.NewTimeNeeded", When(meeting)].Value,
            string.Join('\n', text["Mail.NewTimeNeeded", declined.Name, When(meeting)].Value, "", Origin + $"/desk/meetings/{meeting.Id}/time")));
        outbox.Enqueue(db, organizer.Email, subject, body, "meeting-new-time-needed");
    }

    /// <summary>The meeting's time in the reader's culture, in Finnish time.</summary>
    public static string When(Meeting meeting)
    {
        var start = HelsinkiTime.ToLocal(meeting.StartsAt!.Value);
        var end = HelsinkiTime.ToLocal(meeting.EndsAt!.Value);
        var culture = CultureInfo.CurrentCulture;
        return $"{start.ToString("dddd", culture)} {start.ToString("d", culture)} {start.ToString("t", culture)}–{end.ToString("t", culture)}";
    }

    private string Origin => address.Value.PublicBaseUrl?.TrimEnd('/') ?? "";

    private string AnswerUrl(string token, string answer) => $"{Origin}/vastaus/{token}?answer={answer}";

    private static string Language(MeetingParticipant participant) =>
        participant.Kind == ParticipantKind.FamilyMember && MeetingFields.Languages.Contains(participant.Language) ? participant.Language : "fi";

    private IEnumerable<string> Facts(Meeting meeting, string? place, MeetingParticipant organizer)
    {
        yield return text["Mail.When", When(meeting)].Value;
        if (place is not null)
        {
            yield return text["Mail.Where", place].Value;
        }

        if (meeting.RemoteLink is not null)
        {
            yield return text["Mail.Link", meeting.RemoteLink].Value;
        }

        yield return text["Mail.Organizer", organizer.Name].Value;
    }

    /// <summary>Where the meeting is, in words: the directory's location with its address, or the address at home.</summary>
    public static async Task<string?> PlaceAsync(PerhesiltaDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.Mode == MeetingMode.AtLocation && meeting.LocationId is { } id)
        {
            var location = await db.Set<DirectoryLocation>().AsNoTracking().SingleAsync(l => l.Id == id, cancellationToken);
            var name = $"{location.Name.Local()}, {location.StreetAddress}, {location.PostalCode} {location.City}";
            return meeting.Place is null ? name : $"{name} ({meeting.Place})";
        }

        return meeting.Mode == MeetingMode.AtHome ? meeting.Place : null;
    }
}
