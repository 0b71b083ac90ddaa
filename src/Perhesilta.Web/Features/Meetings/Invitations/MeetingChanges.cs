using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Invitations;

public enum MeetingChangeOutcome
{
    Saved,

    /// <summary>No such meeting, or not the user's to see (the page answers 404 for both).</summary>
    NotFound,

    /// <summary>An invited professional: they see the meeting but do not organise it.</summary>
    Forbidden,

    /// <summary>Someone changed the meeting after the guide loaded the page; nothing was saved.</summary>
    Stale,

    /// <summary>The change does not fit the meeting or its input; see the message key and field.</summary>
    Refused,
}

/// <summary>The outcome of a change to a meeting; a <see cref="Planning.PlanningText"/> key and the field it is about when refused.</summary>
public sealed record MeetingChangeResult(MeetingChangeOutcome Outcome, string? MessageKey = null, string? Field = null)
{
    public static readonly MeetingChangeResult Saved = new(MeetingChangeOutcome.Saved);

    public static MeetingChangeResult Refuse(string key, string? field = null) => new(MeetingChangeOutcome.Refused, key, field);
}

/// <summary>
/// What every organiser's change to a meeting shares: only the organiser or a guide of the guidance team may make it,
/// only on the version they saw (optimistic concurrency on <see cref="Meeting.Version"/>), each access-logged.
/// </summary>
public sealed class MeetingChanges(PerhesiltaDbContext db, IAccessLog log, TimeProvider clock)
{
    /// <summary>The unit of work the change is saved in, for what is added with it (e.g. the invitations' mail).</summary>
    public PerhesiltaDbContext Db => db;

    /// <param name="change">Changes the tracked meeting (with its participants), or returns a refusal and leaves it unchanged.</param>
    public async Task<MeetingChangeResult> ApplyAsync(Guid id, Guid seenVersion, string userId, Func<Meeting, DateTime, Task<MeetingChangeResult?>> change, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Meeting>().Include(m => m.Participants).Include(m => m.Consents).AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return new MeetingChangeResult(MeetingChangeOutcome.NotFound);
        }

        switch (await MeetingAccess.ViewAsync(db, meeting, userId, cancellationToken))
        {
            case MeetingView.None:
                return new MeetingChangeResult(MeetingChangeOutcome.NotFound);
            case MeetingView.Invited:
                return new MeetingChangeResult(MeetingChangeOutcome.Forbidden);
        }

        if (meeting.Version != seenVersion)
        {
            return new MeetingChangeResult(MeetingChangeOutcome.Stale);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await change(meeting, now) is { } refusal)
        {
            db.ChangeTracker.Clear();
            return refusal;
        }

        db.Entry(meeting).Property(m => m.Version).OriginalValue = seenVersion;
        meeting.Version = Guid.NewGuid();
        meeting.UpdatedAt = now;
        log.Add(db, userId, AccessAction.Change, "Meeting", id.ToString(), AccessPurposes.ClientWork);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new MeetingChangeResult(MeetingChangeOutcome.Stale);
        }

        return MeetingChangeResult.Saved;
    }
}
