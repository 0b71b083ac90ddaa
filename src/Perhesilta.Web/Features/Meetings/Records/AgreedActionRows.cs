using System.Globalization;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Records;

/// <summary>An action row that passed its checks: what to create or change once the whole record is valid.</summary>
internal sealed record CheckedAction(MeetingAction? Existing, string Description, ResponsibleChoice Responsible, DateOnly DueOn, bool Cancel);

/// <summary>
/// The agreed actions of a record: each row's checks, and their clocks. The rule of a correction: an action is never
/// deleted (what was agreed stays in the record); cancelling it stops its clock with the correction's reason, and a new
/// responsible or date stops its clock the same way and starts a new one with the new date. A new text alone changes
/// no clock. An action already done or stopped is no longer changed.
/// </summary>
internal static class AgreedActionRows
{
    public static List<CheckedAction> Check(
        WorkFormErrors errors,
        IReadOnlyList<AgreedActionInput> rows,
        Meeting meeting,
        IReadOnlyDictionary<Guid, DeadlineClock> clocks,
        IReadOnlyList<ResponsibleChoice> choices,
        DateOnly today)
    {
        var checkedRows = new List<CheckedAction>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsEmpty)
            {
                continue;
            }

            var prefix = $"action-{i}";
            var existing = row.Id is { } id ? meeting.Actions.Find(a => a.Id == id) : null;
            if (row.Id is not null && existing is null)
            {
                continue;
            }

            if (existing is not null && existing.ClockId is { } clockId && clocks.TryGetValue(clockId, out var clock) && clock.State != ClockState.Running)
            {
                errors.Add(prefix + "-description", "Record.Error.ActionEnded");
                continue;
            }

            var description = WorkFields.Text(errors, prefix + "-description", row.Description, MeetingLimits.Reason, "Record.Error.ActionTextRequired", "Record.Error.ActionTextTooLong");
            var responsible = choices.FirstOrDefault(c => c.Value == row.Responsible);
            if (responsible is null)
            {
                errors.Add(prefix + "-responsible", "Record.Error.ResponsibleRequired");
            }

            var due = Date(errors, prefix + "-due", row.DueOn);

            // An unchanged date of an earlier record may have passed; a new or changed one may not.
            if (due is { } d && d < today && (existing is null || existing.DueOn != d))
            {
                errors.Add(prefix + "-due", "Record.Error.DueInPast");
            }

            if (description is not null && responsible is not null && due is not null)
            {
                checkedRows.Add(new CheckedAction(existing, description, responsible, due.Value, existing is not null && row.Cancel));
            }
        }

        return checkedRows;
    }

    /// <summary>
    /// Creates the new actions and applies the changes to existing ones, each with its clock, in the caller's unit of
    /// work. An action and its clock name each other, so the caller links them (<see cref="MeetingAction.ClockId"/>)
    /// in a second save of the same transaction, once both rows exist.
    /// </summary>
    public static List<(MeetingAction Action, DeadlineClock Clock)> Apply(
        PerhesiltaDbContext db,
        DeadlineClocks deadlines,
        IReadOnlyList<CheckedAction> rows,
        Meeting meeting,
        Guid? familyId,
        IReadOnlyDictionary<Guid, DeadlineClock> clocks,
        string? correctionReason,
        string userId,
        DateTime now)
    {
        var started = new List<(MeetingAction, DeadlineClock)>();
        foreach (var row in rows)
        {
            if (row.Existing is not { } action)
            {
                action = new MeetingAction
                {
                    MeetingId = meeting.Id,
                    Description = row.Description,
                    ResponsibleName = row.Responsible.Name,
                    CreatedAt = now,
                };
                meeting.Actions.Add(action);
                Assign(action, row);
                started.Add((action, StartClock(db, deadlines, meeting, familyId, action, userId)));
                continue;
            }

            action.Description = row.Description;
            var moved = row.Cancel || action.DueOn != row.DueOn || action.ResponsibleParticipantId != row.Responsible.ParticipantId || action.ResponsibleUserId != row.Responsible.UserId;
            if (!moved)
            {
                continue;
            }

            if (action.ClockId is { } clockId && clocks.TryGetValue(clockId, out var clock) && deadlines.Check(clock, ClockEventKind.Stopped, now, correctionReason) is null)
            {
                deadlines.Record(clock, ClockEventKind.Stopped, now, correctionReason, userId);
            }

            if (!row.Cancel)
            {
                Assign(action, row);
                started.Add((action, StartClock(db, deadlines, meeting, familyId, action, userId)));
            }
        }

        return started;
    }

    /// <summary>A date typed as yyyy-MM-dd (the browser's date input) or in the reader's culture; null with an error otherwise.</summary>
    public static DateOnly? Date(WorkFormErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Record.Error.DateRequired");
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || DateOnly.TryParse(value.Trim(), CultureInfo.CurrentCulture, DateTimeStyles.None, out parsed))
        {
            return parsed;
        }

        errors.Add(field, "Record.Error.DateInvalid");
        return null;
    }

    private static void Assign(MeetingAction action, CheckedAction row)
    {
        action.ResponsibleName = row.Responsible.Name;
        action.ResponsibleParticipantId = row.Responsible.ParticipantId;
        action.ResponsibleUserId = row.Responsible.UserId;
        action.DueOn = row.DueOn;
    }

    /// <summary>The action's clock runs from the meeting (when it was agreed) to the agreed date; someone outside Perhesilta is named as the unit.</summary>
    private static DeadlineClock StartClock(PerhesiltaDbContext db, DeadlineClocks deadlines, Meeting meeting, Guid? familyId, MeetingAction action, string userId) =>
        deadlines.Start(db, new ClockStart(
            ClockRule.AgreedAction,
            meeting.ContactId,
            familyId,
            meeting.AreaId,
            meeting.StartsAt!.Value,
            action.ResponsibleUserId,
            userId,
            ResponsibleUnit: action.ResponsibleUserId is null ? action.ResponsibleName : null,
            MeetingActionId: action.Id,
            FixedDueOn: action.DueOn));
}
