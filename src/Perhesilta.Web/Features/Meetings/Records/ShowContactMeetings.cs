using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Records;

/// <summary>Where an agreed action stands, from its clock: done (on time or late), due, late, or cancelled.</summary>
public enum ActionState
{
    Due,
    Late,
    Done,
    DoneLate,
    Cancelled,
}

/// <summary>An agreed action as the guide follows it up: who, what, by when, and where it stands.</summary>
public sealed record AgreedActionView(MeetingAction Action, DeadlineClock? Clock, ActionState State, string StateText);

/// <summary>A meeting in the contact's list: its time, the answers so far, the measure and its agreed actions.</summary>
public sealed record ContactMeetingRow(Meeting Meeting, int Accepted, int Declined, int Pending, IReadOnlyList<AgreedActionView> Actions, bool Recordable)
{
    public int LateActions => Actions.Count(a => a.State == ActionState.Late);
}

/// <summary>The meetings of a contact and their agreed actions, as its guides see them; the caller has checked their access.</summary>
public sealed class ShowContactMeetings(PerhesiltaDbContext db, ClockPresenter present, TimeProvider time)
{
    public async Task<IReadOnlyList<ContactMeetingRow>> ListAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        var meetings = await db.Set<Meeting>().AsNoTracking().Include(m => m.Participants).Include(m => m.Actions).AsSplitQuery()
            .Where(m => m.ContactId == contactId).OrderByDescending(m => m.RequestedAt).ToListAsync(cancellationToken);
        var actions = await ActionsAsync(meetings.SelectMany(m => m.Actions), cancellationToken);
        return [.. meetings.Select(m => new ContactMeetingRow(
            m,
            m.Participants.Count(p => p.Response == ParticipantResponse.Accepted),
            m.Participants.Count(p => p.Response == ParticipantResponse.Declined),
            m.Participants.Count(p => p.Response == ParticipantResponse.Pending),
            [.. actions.Where(a => a.Action.MeetingId == m.Id)],
            RecordMeeting.Unrecordable(m, time.GetUtcNow().UtcDateTime) is null))];
    }

    /// <summary>The agreed actions of one meeting, e.g. for its own page.</summary>
    public async Task<IReadOnlyList<AgreedActionView>> ActionsOfAsync(Guid meetingId, CancellationToken cancellationToken = default) =>
        await ActionsAsync(await db.Set<MeetingAction>().AsNoTracking().Where(a => a.MeetingId == meetingId).ToListAsync(cancellationToken), cancellationToken);

    private async Task<List<AgreedActionView>> ActionsAsync(IEnumerable<MeetingAction> actions, CancellationToken cancellationToken)
    {
        var list = actions.OrderBy(a => a.DueOn).ThenBy(a => a.CreatedAt).ToList();
        var ids = list.Select(a => a.ClockId).OfType<Guid>().ToList();
        var clocks = await db.Set<DeadlineClock>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. list.Select(a => View(a, a.ClockId is { } id ? clocks.GetValueOrDefault(id) : null))];
    }

    private AgreedActionView View(MeetingAction action, DeadlineClock? clock)
    {
        var state = clock switch
        {
            null => ActionState.Due,
            { State: ClockState.Met } => ActionState.Done,
            { State: ClockState.Missed } => ActionState.DoneLate,
            { State: ClockState.Stopped } => ActionState.Cancelled,
            _ when present.IsOverdue(clock) => ActionState.Late,
            _ => ActionState.Due,
        };
        return new AgreedActionView(action, clock, state, clock is null ? ClockPresenter.Date(action.DueOn) : present.State(clock));
    }
}
