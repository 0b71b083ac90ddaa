using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Tasks;

public enum TaskOutcome
{
    Done,

    /// <summary>Not an agreed action of this user: answered as not found, so others' tasks are not revealed.</summary>
    NotFound,

    Refused,
}

/// <summary>The outcome of marking a task done: a RecordText key and its arguments when refused.</summary>
public sealed record CompleteTaskResult(TaskOutcome Outcome, string? ErrorKey = null, object[]? ErrorArgs = null);

/// <summary>
/// The responsible professional marks an agreed action done, now: its clock is completed, with a reason when it is
/// done after the agreed date. Only one's own agreed actions, only on the version one saw.
/// </summary>
public sealed class CompleteTask(PerhesiltaDbContext db, DeadlineClocks deadlines, IAccessLog log, TimeProvider time)
{
    public async Task<CompleteTaskResult> HandleAsync(Guid clockId, Guid seenVersion, string? reason, string userId, CancellationToken cancellationToken = default)
    {
        var clock = await db.Set<DeadlineClock>().Include(c => c.Events)
            .SingleOrDefaultAsync(c => c.Id == clockId && c.ResponsibleUserId == userId && c.Rule == ClockRule.AgreedAction, cancellationToken);
        if (clock is null)
        {
            return new CompleteTaskResult(TaskOutcome.NotFound);
        }

        if (clock.Version != seenVersion)
        {
            return new CompleteTaskResult(TaskOutcome.Refused, "Tasks.Error.ChangedMeanwhile");
        }

        var errors = new WorkFormErrors();
        var text = WorkFields.Text(errors, "reason", reason, DeadlineLimits.Reason, null, "Record.Error.ReasonTooLong");
        if (errors.For("reason") is { } tooLong)
        {
            return new CompleteTaskResult(TaskOutcome.Refused, tooLong.Key, tooLong.Args);
        }

        var now = time.GetUtcNow().UtcDateTime;
        switch (deadlines.Check(clock, ClockEventKind.Completed, now, text))
        {
            case ClockEventError.ReasonRequired:
                return new CompleteTaskResult(TaskOutcome.Refused, "Tasks.Error.LateReasonRequired", [clock.DueOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
            case ClockEventError.NotRunning:
                return new CompleteTaskResult(TaskOutcome.Refused, "Tasks.Error.NotRunning");
            case { } other:
                throw new InvalidOperationException($"Completing agreed action clock {clock.Id} now was refused: {other}.");
        }

        deadlines.Record(clock, ClockEventKind.Completed, now, text, userId);
        log.Add(db, AccessAction.Change, "DeadlineClock", clock.Id.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new CompleteTaskResult(TaskOutcome.Refused, "Tasks.Error.ChangedMeanwhile");
        }

        return new CompleteTaskResult(TaskOutcome.Done);
    }
}
