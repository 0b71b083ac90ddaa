using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Referrals;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>
/// verkostopalaverin pyyntö: a guide requests a network meeting for a contact — its purpose, urgency, how it is held,
/// its length, the family's wishes and the participants (the guide among them). It is recorded as the contact's
/// action "network meeting requested", which starts the network-meeting clock, in the same save.
/// </summary>
public sealed class CreateMeeting(ContactChanges changes, PerhesiltaDbContext db, RecordAction actions, FinnishCalendar calendar, IAccessLog log)
{
    public async Task<(WorkFormResult Result, Guid? MeetingId)> HandleAsync(Guid contactId, MeetingInput input, string userId, string byNameGroup, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        var purpose = WorkFields.Text(errors, "purpose", input.Purpose, MeetingLimits.Purpose, "Meeting.Error.PurposeRequired", "Meeting.Error.TooLong");
        var target = MeetingFields.WholeNumber(errors, "target", input.TargetWorkingDays, 1, MeetingFields.MaxTargetWorkingDays, "Meeting.Error.TargetRequired", "Meeting.Error.TargetInvalid", "Meeting.Error.TargetRange", "Meeting.Error.TargetRange");
        var duration = MeetingFields.WholeNumber(errors, "duration", input.Duration, 1, MeetingLimits.MaxDurationMinutes, "Meeting.Error.DurationRequired", "Meeting.Error.DurationInvalid", "Meeting.Error.DurationTooShort", "Meeting.Error.DurationTooLong");
        var (mode, locationId, place, link) = await PlaceAsync(errors, input, cancellationToken);
        var weekdays = MeetingFields.Flags<Weekdays>(input.Weekdays) & Weekdays.All;
        if (weekdays == Weekdays.None)
        {
            errors.Add("weekdays", "Meeting.Error.WeekdaysRequired");
        }

        var dayParts = MeetingFields.Flags<DayParts>(input.DayParts) & DayParts.All;
        if (dayParts == DayParts.None)
        {
            errors.Add("day-parts", "Meeting.Error.DayPartsRequired");
        }

        var wish = WorkFields.Text(errors, "wish-note", input.WishNote, MeetingLimits.Reason, null, "Meeting.Error.TooLong");
        var options = await ProfessionalOptions.ListAsync(db, userId, byNameGroup, cancellationToken);
        var participants = ParticipantRows.Read(errors, input, options);
        if (!participants.Any(p => p.Required))
        {
            errors.Add("participants", "Meeting.Error.NoRequiredParticipant");
        }

        var shared = ConsentRules.Shared(input.Shared);
        var consentRows = input.Consents.Select((consent, row) => (consent, row)).Where(r => !r.consent.IsEmpty).ToList();

        Guid? created = null;
        var change = await changes.ApplyCheckedAsync(contactId, input.Version, userId, async (contact, now) =>
        {
            if (contact.Status == ContactStatus.Closed)
            {
                return ContactChangeResult.Refuse(WorkFormKeys.Closed);
            }

            if (contact.Kind == ContactKind.AnonymousAdvice)
            {
                return ContactChangeResult.Refuse("Meeting.Error.AdviceHasNobody");
            }

            var consents = consentRows.Select(r => ConsentRules.Read(errors, r.consent, r.row, userId, now)).ToList();
            if (consentRows.Count == 0 && await MeetingConsents.NeededAsync(db, contact.Id, participants, cancellationToken))
            {
                errors.Add("consent-0-given-by", "Meeting.Error.ConsentRequired");
            }

            if (errors.Any)
            {
                return ContactChangeResult.Refuse(WorkFormKeys.FieldErrors);
            }

            var organizer = await db.Users.Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).SingleAsync(cancellationToken);
            var meeting = new Meeting
            {
                ContactId = contact.Id,
                FamilyId = contact.FamilyId,
                AreaId = contact.AreaId,
                OrganizerUserId = userId,
                Purpose = purpose!,
                RequestedAt = now,
                TargetWorkingDays = target!.Value,
                TargetOn = calendar.AddWorkingDays(DateOnly.FromDateTime(HelsinkiTime.ToLocal(now)), target.Value),
                Mode = mode!.Value,
                LocationId = locationId,
                Place = place,
                RemoteLink = link,
                DurationMinutes = duration!.Value,
                FamilyWeekdays = weekdays,
                FamilyDayParts = dayParts,
                FamilyWishNote = wish,
                Shared = shared,
                CreatedAt = now,
                UpdatedAt = now,
            };
            meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Kind = ParticipantKind.Guide, Name = organizer.DisplayName, Email = organizer.Email, UserId = userId, Required = true });
            foreach (var participant in participants)
            {
                participant.MeetingId = meeting.Id;
                meeting.Participants.Add(participant);
            }

            foreach (var consent in consents.OfType<ReferralConsent>())
            {
                meeting.Consents.Add(new MeetingConsent
                {
                    MeetingId = meeting.Id,
                    GivenBy = consent.GivenBy,
                    Purpose = consent.Purpose,
                    GivenTo = consent.GivenTo,
                    Method = consent.Method,
                    GivenAt = consent.GivenAt,
                    RecordedByUserId = userId,
                    RecordedAt = now,
                });
            }

            db.Add(meeting);
            log.Add(db, userId, AccessAction.Create, "Meeting", meeting.Id.ToString(), AccessPurposes.ClientWork);
            await actions.ApplyAsync(contact, ActionKind.NetworkMeetingRequested, now, null, null, userId, now, null, cancellationToken);

            // The request's action started the network-meeting clock in this unit of work: the meeting completes it when held.
            meeting.ClockId = db.ChangeTracker.Entries<DeadlineClock>()
                .Where(e => e.State == EntityState.Added && e.Entity.ContactId == contact.Id && e.Entity.Rule == ClockRule.NetworkMeeting)
                .Select(e => e.Entity.Id).FirstOrDefault();
            created = meeting.Id;
            return null;
        }, cancellationToken);

        return (new WorkFormResult(change, errors), change.Outcome == ContactChangeOutcome.Saved ? created : null);
    }

    private async Task<(MeetingMode? Mode, Guid? LocationId, string? Place, string? Link)> PlaceAsync(WorkFormErrors errors, MeetingInput input, CancellationToken cancellationToken)
    {
        var mode = WorkFields.Choice<MeetingMode>(errors, "mode", input.Mode, "Meeting.Error.ModeRequired");
        switch (mode)
        {
            case MeetingMode.AtLocation:
                var note = WorkFields.Text(errors, "place", input.Place, MeetingLimits.ShortText, null, "Meeting.Error.TooLong");
                if (!Guid.TryParse(input.LocationId, out var locationId) || !await db.Set<DirectoryLocation>().AnyAsync(l => l.Id == locationId, cancellationToken))
                {
                    errors.Add("location", "Meeting.Error.LocationRequired");
                    return (mode, null, note, null);
                }

                return (mode, locationId, note, null);
            case MeetingMode.AtHome:
                return (mode, null, WorkFields.Text(errors, "place", input.Place, MeetingLimits.ShortText, "Meeting.Error.AddressRequired", "Meeting.Error.TooLong"), null);
            case MeetingMode.Remote:
                return (mode, null, null, MeetingFields.RemoteLink(errors, input.RemoteLink));
            default:
                return (null, null, null, null);
        }
    }
}
