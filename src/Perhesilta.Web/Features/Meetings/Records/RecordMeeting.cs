using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Meetings.Records;

public enum RecordOutcome
{
    Saved,
    NotFound,
    Forbidden,

    /// <summary>The meeting changed after the guide loaded the form; nothing was saved.</summary>
    Stale,

    /// <summary>The input was wrong, or the meeting cannot be recorded yet: see the errors and the message key.</summary>
    Refused,
}

/// <summary>The outcome of recording a meeting: field errors and a message about the whole form (RecordText keys); the follow-up created.</summary>
public sealed record RecordMeetingResult(RecordOutcome Outcome, WorkFormErrors Errors, string? MessageKey = null, object[]? MessageArgs = null, Guid? FollowUpId = null);

/// <summary>
/// After the meeting the guide records who came, what was discussed and what was agreed: in one transaction the
/// meeting is held, the working days from its request are measured, its network-meeting clock is completed (with a
/// reason when late), each agreed action gets a clock to its agreed date, and an agreed follow-up meeting is created
/// for planning. A record already written is corrected the same way, with a reason (see <see cref="AgreedActionRows"/>).
/// </summary>
public sealed class RecordMeeting(PerhesiltaDbContext db, DeadlineClocks deadlines, FinnishCalendar calendar, IAccessLog log, TimeProvider time)
{
    public async Task<RecordMeetingResult> HandleAsync(Guid meetingId, MeetingRecordInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        var meeting = await db.Set<Meeting>().Include(m => m.Participants).Include(m => m.Actions).Include(m => m.Consents)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return new RecordMeetingResult(RecordOutcome.NotFound, errors);
        }

        switch (await MeetingAccess.ViewAsync(db, meeting, userId, cancellationToken))
        {
            case MeetingView.None:
                return new RecordMeetingResult(RecordOutcome.NotFound, errors);
            case MeetingView.Invited:
                return new RecordMeetingResult(RecordOutcome.Forbidden, errors);
        }

        if (meeting.Version != input.Version)
        {
            return new RecordMeetingResult(RecordOutcome.Stale, errors, "Record.Error.ChangedMeanwhile");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (Unrecordable(meeting, now) is { } refusal)
        {
            return new RecordMeetingResult(RecordOutcome.Refused, errors, refusal, meeting.StartsAt is { } s ? [HelsinkiTime.Format(s)] : null);
        }

        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));
        var correcting = meeting.Status == MeetingStatus.Held;
        var summary = WorkFields.Text(errors, "summary", input.Summary, MeetingLimits.Summary, "Record.Error.SummaryRequired", "Record.Error.SummaryTooLong");
        var clocks = await ClocksOfAsync(meeting, cancellationToken);
        var choices = await MeetingRecordChoices.ResponsibleAsync(db, meeting, cancellationToken);
        var rows = AgreedActionRows.Check(errors, input.Actions, meeting, clocks, choices, today);
        var lateReason = WorkFields.Text(errors, "late-reason", input.LateReason, MeetingLimits.Reason, null, "Record.Error.ReasonTooLong");
        var correctionReason = WorkFields.Text(errors, "correction-reason", input.CorrectionReason, MeetingLimits.Reason, correcting ? "Record.Error.CorrectionReasonRequired" : null, "Record.Error.ReasonTooLong");
        var followUp = await FollowUpMeeting.CheckAsync(db, errors, input, meeting, today, cancellationToken);
        var meetingClock = meeting.ClockId is { } id && clocks.TryGetValue(id, out var found) && found.State == ClockState.Running ? found : null;
        var heldAt = HeldAt(meeting, meetingClock);
        if (meetingClock is not null && deadlines.Check(meetingClock, ClockEventKind.Completed, heldAt, lateReason) == ClockEventError.ReasonRequired)
        {
            errors.Add("late-reason", "Record.Error.LateReasonRequired", meetingClock.DueOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture));
        }

        if (errors.Any)
        {
            return new RecordMeetingResult(RecordOutcome.Refused, errors);
        }

        var attended = input.Attended.ToHashSet();
        foreach (var participant in meeting.Participants)
        {
            participant.Attended = attended.Contains(participant.Id);
        }

        meeting.Status = MeetingStatus.Held;
        meeting.Summary = summary;
        meeting.RecordedAt = now;
        meeting.RecordedByUserId = userId;
        meeting.WorkingDaysToMeeting = calendar.WorkingDaysBetween(LocalDate(meeting.RequestedAt), LocalDate(heldAt));
        meeting.UpdatedAt = now;
        meeting.Version = Guid.NewGuid();
        if (meetingClock is not null && deadlines.Check(meetingClock, ClockEventKind.Completed, heldAt, lateReason) is null)
        {
            deadlines.Record(meetingClock, ClockEventKind.Completed, heldAt, lateReason, userId);
        }

        var familyId = await db.Set<Contact>().Where(c => c.Id == meeting.ContactId).Select(c => c.FamilyId).SingleAsync(cancellationToken);
        var started = AgreedActionRows.Apply(db, deadlines, rows, meeting, familyId, clocks, correctionReason, userId, now);
        var created = followUp is null ? null : FollowUpMeeting.Create(db, meeting, followUp, now, calendar.WorkingDaysBetween(today, followUp.By));

        log.Add(db, AccessAction.Change, "Meeting", meeting.Id.ToString());
        if (created is not null)
        {
            log.Add(db, AccessAction.Create, "Meeting", created.Id.ToString());
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                // The meeting's version is a concurrency token: a record saved meanwhile makes this match no row.
                await db.SaveChangesAsync(cancellationToken);
                foreach (var (action, clock) in started)
                {
                    action.ClockId = clock.Id;
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return new RecordMeetingResult(RecordOutcome.Stale, new WorkFormErrors(), "Record.Error.ChangedMeanwhile");
            }
        }

        return new RecordMeetingResult(RecordOutcome.Saved, errors, FollowUpId: created?.Id);
    }

    /// <summary>Why the meeting cannot be recorded now: no time chosen yet, cancelled, or not yet begun.</summary>
    public static string? Unrecordable(Meeting meeting, DateTime now) => meeting switch
    {
        { Status: MeetingStatus.Cancelled } => "Record.Error.Cancelled",
        { StartsAt: null } or { Status: MeetingStatus.Planning } => "Record.Error.NoTime",
        { StartsAt: { } startsAt } when startsAt > now => "Record.Error.NotStarted",
        _ => null,
    };

    /// <summary>
    /// When the meeting counts as held: its start, but never before it was requested (nor before its clock started).
    /// A time before the request can only have been written down late or by a clock that disagrees; measuring it
    /// as negative working days, or leaving the clock running because it cannot end before it began, would both be
    /// wrong, so such a meeting counts as held at its request: 0 working days, its clock met.
    /// </summary>
    internal static DateTime HeldAt(Meeting meeting, DeadlineClock? clock)
    {
        var startsAt = meeting.StartsAt!.Value;
        var notBefore = clock is null || clock.StartedAt < meeting.RequestedAt ? meeting.RequestedAt : clock.StartedAt;
        return startsAt < notBefore ? notBefore : startsAt;
    }

    /// <summary>The clocks of the meeting and of its agreed actions, with their events, tracked for changing.</summary>
    private async Task<Dictionary<Guid, DeadlineClock>> ClocksOfAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var ids = meeting.Actions.Select(a => a.ClockId).Append(meeting.ClockId).OfType<Guid>().ToList();
        return await db.Set<DeadlineClock>().Include(c => c.Events).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    private static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(HelsinkiTime.ToLocal(utc));
}
