using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Perhesilta.Features.Meetings.Invitations;

/// <summary>The organiser and where the meeting is held, as an invitation states them.</summary>
public sealed record CalendarDetails(string Summary, string OrganizerName, string OrganizerEmail, string? Location, string? Link, string Description);

/// <summary>
/// Writes a meeting as an iTIP message (RFC 5545/5546): one VEVENT whose UID stays the same in every invitation, update
/// and cancellation of the meeting, with a SEQUENCE that grows. Times are written in UTC, which every calendar program
/// reads without a VTIMEZONE and shows in its own zone.
/// </summary>
public static class MeetingCalendar
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    /// <param name="withFamily">
    /// Whether the family's participants are among the attendees: in the family's and the guidance team's copies, and
    /// in a professional's only when the family's name is shared with them (<see cref="MeetingAccess.FamilyNamesShownToInvited"/>).
    /// </param>
    public static string Write(Meeting meeting, string method, CalendarDetails details, DateTime stampUtc, bool withFamily = true)
    {
        var calendar = new Ical.Net.Calendar
        {
            ProductId = "-//Perhesilta//Network meetings//FI",
            Version = "2.0",
            Method = method,
        };
        var cancelled = method == Cancel;
        var meetingEvent = new CalendarEvent
        {
            Uid = meeting.CalendarUid,
            Sequence = meeting.Sequence,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc)),
            DtStart = new CalDateTime(DateTime.SpecifyKind(meeting.StartsAt!.Value, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(meeting.EndsAt!.Value, DateTimeKind.Utc)),
            Summary = details.Summary,
            Description = details.Description,
            Location = details.Location ?? details.Link,
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer("mailto:" + details.OrganizerEmail) { CommonName = details.OrganizerName },
        };
        if (details.Link is { } link)
        {
            meetingEvent.Url = new Uri(link);
        }

        foreach (var participant in meeting.Participants.Where(p => p.Email is not null && (withFamily || p.Kind != ParticipantKind.FamilyMember)).OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            var organizer = participant.UserId == meeting.OrganizerUserId;
            meetingEvent.Attendees.Add(new Attendee("mailto:" + participant.Email)
            {
                CommonName = participant.Name,
                Role = organizer ? "CHAIR" : participant.Required ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT",
                ParticipationStatus = organizer ? "ACCEPTED" : PartStat(participant.Response),
                Rsvp = !organizer && !cancelled,
            });
        }

        calendar.Events.Add(meetingEvent);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static string PartStat(ParticipantResponse response) => response switch
    {
        ParticipantResponse.Accepted => "ACCEPTED",
        ParticipantResponse.Declined => "DECLINED",
        _ => "NEEDS-ACTION",
    };
}
