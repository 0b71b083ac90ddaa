using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Meetings.Tasks;

/// <summary>A clock on someone's task list; for an agreed action, the action and its meeting.</summary>
public sealed record TaskRow(DeadlineClock Clock, MeetingAction? Action, Guid? MeetingId, DateTime? MeetingStartsAt, string Rule, string StateText, bool Overdue)
{
    public bool Running => Clock.State == ClockState.Running;
}

/// <summary>A meeting someone is invited to, with their own answer.</summary>
public sealed record MyMeetingRow(Guid MeetingId, DateTime StartsAt, DateTime? EndsAt, MeetingMode Mode, ParticipantResponse Response, bool Required);

/// <summary>
/// A professional's or guide's own tasks: the clocks they are responsible for that run, or ended in the last
/// <see cref="RecentDays"/> days (agreed actions of meetings first among equals by due date), and the upcoming meetings
/// they are invited to. Nobody else's.
/// </summary>
public sealed class FindTasks(PerhesiltaDbContext db, ClockPresenter present, TimeProvider time)
{
    public const int RecentDays = 14;

    public async Task<IReadOnlyList<TaskRow>> TasksAsync(string userId, CancellationToken cancellationToken = default)
    {
        var since = present.Today.AddDays(-RecentDays);
        var clocks = await db.Set<DeadlineClock>().AsNoTracking()
            .Where(c => c.ResponsibleUserId == userId && (c.State == ClockState.Running || c.EndedOn >= since))
            .OrderBy(c => c.DueOn).ThenBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        var actionIds = clocks.Select(c => c.MeetingActionId).OfType<Guid>().ToList();
        var actions = await db.Set<MeetingAction>().AsNoTracking().Where(a => actionIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var meetingIds = actions.Values.Select(a => a.MeetingId).Distinct().ToList();
        var starts = await db.Set<Meeting>().AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.StartsAt, cancellationToken);
        return [.. clocks
            .OrderBy(c => c.State == ClockState.Running ? 0 : 1)
            .Select(c =>
            {
                var action = c.MeetingActionId is { } id ? actions.GetValueOrDefault(id) : null;
                return new TaskRow(c, action, action?.MeetingId, action is null ? null : starts.GetValueOrDefault(action.MeetingId), present.Rule(c.Rule), present.State(c), present.IsOverdue(c));
            })];
    }

    /// <summary>The meetings ahead (or going on) that the user is invited to, earliest first.</summary>
    public async Task<IReadOnlyList<MyMeetingRow>> MeetingsAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var meetings = await MeetingAccess.InvitedTo(db, userId).AsNoTracking().Include(m => m.Participants)
            .Where(m => m.Status == MeetingStatus.Invited && m.StartsAt != null && m.EndsAt >= now)
            .OrderBy(m => m.StartsAt)
            .ToListAsync(cancellationToken);
        return [.. meetings.Select(m =>
        {
            var me = m.Participants.First(p => p.UserId == userId && p.Kind != ParticipantKind.FamilyMember);
            return new MyMeetingRow(m.Id, m.StartsAt!.Value, m.EndsAt, m.Mode, me.Response, me.Required);
        })];
    }

    public static string When(DateTime startsAt) => HelsinkiTime.Format(startsAt);
}
