using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Records;

/// <summary>A follow-up that passed its checks.</summary>
internal sealed record CheckedFollowUp(string Purpose, DateOnly By);

/// <summary>
/// A follow-up meeting agreed in a meeting: a new meeting in planning with the same participants, place, length and
/// family's wishes and organiser, whose time is then chosen and its invitations sent like any other's. The family's consents in
/// force are carried over, as they were given for the participants of these meetings, who stay the same. It starts no
/// network-meeting clock: the county's promise is about the first meeting after a request, while a follow-up is held
/// by the date the meeting agreed.
/// </summary>
internal static class FollowUpMeeting
{
    public static async Task<CheckedFollowUp?> CheckAsync(PerhesiltaDbContext db, WorkFormErrors errors, MeetingRecordInput input, Meeting meeting, DateOnly today, CancellationToken cancellationToken)
    {
        if (!input.FollowUp)
        {
            return null;
        }

        if (await db.Set<Meeting>().AnyAsync(m => m.FollowUpOfMeetingId == meeting.Id, cancellationToken))
        {
            errors.Add("followup", "Record.Error.FollowUpExists");
            return null;
        }

        var purpose = WorkFields.Text(errors, "followup-purpose", input.FollowUpPurpose, MeetingLimits.Purpose, "Record.Error.FollowUpPurposeRequired", "Record.Error.FollowUpPurposeTooLong");
        var by = AgreedActionRows.Date(errors, "followup-by", input.FollowUpBy);
        if (by is { } day && day <= today)
        {
            errors.Add("followup-by", "Record.Error.FollowUpByNotAhead");
        }

        return purpose is not null && by is { } date && date > today ? new CheckedFollowUp(purpose, date) : null;
    }

    public static Meeting Create(PerhesiltaDbContext db, Meeting meeting, CheckedFollowUp followUp, DateTime now, int workingDays)
    {
        var next = new Meeting
        {
            ContactId = meeting.ContactId,
            FamilyId = meeting.FamilyId,
            AreaId = meeting.AreaId,
            OrganizerUserId = meeting.OrganizerUserId,
            Purpose = followUp.Purpose,
            RequestedAt = now,
            TargetWorkingDays = Math.Max(1, workingDays),
            TargetOn = followUp.By,
            Mode = meeting.Mode,
            LocationId = meeting.LocationId,
            Place = meeting.Place,
            RemoteLink = meeting.RemoteLink,
            DurationMinutes = meeting.DurationMinutes,
            FamilyWeekdays = meeting.FamilyWeekdays,
            FamilyDayParts = meeting.FamilyDayParts,
            FamilyWishNote = meeting.FamilyWishNote,
            Shared = meeting.Shared,
            FollowUpOfMeetingId = meeting.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        next.Participants.AddRange(meeting.Participants.Select(p => new MeetingParticipant
        {
            MeetingId = next.Id,
            Kind = p.Kind,
            Name = p.Name,
            Email = p.Email,
            UserId = p.UserId,
            ServiceId = p.ServiceId,
            Role = p.Role,
            Required = p.Required,
            Language = p.Language,
        }));
        next.Consents.AddRange(meeting.Consents.Where(c => c.WithdrawnAt is null).Select(c => new MeetingConsent
        {
            MeetingId = next.Id,
            GivenBy = c.GivenBy,
            Purpose = c.Purpose,
            GivenTo = c.GivenTo,
            Method = c.Method,
            GivenAt = c.GivenAt,
            RecordedByUserId = c.RecordedByUserId,
            RecordedAt = c.RecordedAt,
        }));
        db.Add(next);
        return next;
    }
}
