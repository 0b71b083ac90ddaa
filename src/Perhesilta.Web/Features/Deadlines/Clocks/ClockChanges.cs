using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>An event form of a clock as typed (completion, stop, reopening, correction): everything a string, so what was typed is shown back.</summary>
public sealed class ClockEventInput
{
    /// <summary>The day in Finnish time, yyyy-MM-dd.</summary>
    public string? Date { get; set; }

    /// <summary>The time in Finnish time, HH:mm.</summary>
    public string? Time { get; set; }

    public string? Reason { get; set; }

    /// <summary>For a correction: the event it corrects.</summary>
    public string? EventId { get; set; }

    /// <summary>The clock's version the guide saw.</summary>
    public Guid Version { get; set; }
}

public enum ClockChangeOutcome
{
    Saved,
    NotFound,
    Forbidden,

    /// <summary>Something was recorded on the clock after the guide loaded the page; nothing was saved.</summary>
    Stale,

    /// <summary>The input was wrong or the event does not fit the clock: see the errors and the message key.</summary>
    Refused,
}

/// <summary>The outcome of a change to a clock: the field errors (ClockText or DeskText keys) and a message about the whole form.</summary>
public sealed record ClockChangeResult(ClockChangeOutcome Outcome, WorkFormErrors Errors, string? MessageKey = null);

/// <summary>
/// What every change a guide makes to a clock shares: only a guide of the contact's area or municipality may make it,
/// only on the version of the clock the guide saw, through <see cref="DeadlineClocks"/>, and each is access-logged. A
/// clock outlives its contact's closing (an assessment runs three months), so a closed contact's clocks still change.
/// </summary>
public sealed class ClockChanges(PerhesiltaDbContext db, DeadlineClocks clocks, IAccessLog log)
{
    /// <summary>The unit of work a change adds to, e.g. a clock that the change starts.</summary>
    public PerhesiltaDbContext Db => db;

    /// <param name="change">Records the event on the tracked clock, or adds errors (then nothing is saved).</param>
    public async Task<ClockChangeResult> ApplyAsync(Guid contactId, Guid clockId, Guid seenVersion, string userId, WorkFormErrors errors, Func<DeadlineClock, Contact, string?> change, CancellationToken cancellationToken)
    {
        var clock = await db.Set<DeadlineClock>().Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == clockId && c.ContactId == contactId, cancellationToken);
        if (clock is null)
        {
            return new ClockChangeResult(ClockChangeOutcome.NotFound, errors);
        }

        if (await ClockAccess.ContactOfGuideAsync(db, contactId, userId, cancellationToken) is not { } contact)
        {
            return new ClockChangeResult(ClockChangeOutcome.Forbidden, errors);
        }

        if (clock.Version != seenVersion)
        {
            return new ClockChangeResult(ClockChangeOutcome.Stale, errors, "Error.ChangedMeanwhile");
        }

        if (errors.Any)
        {
            return new ClockChangeResult(ClockChangeOutcome.Refused, errors);
        }

        var message = change(clock, contact);
        if (message is not null || errors.Any)
        {
            return new ClockChangeResult(ClockChangeOutcome.Refused, errors, message);
        }

        log.Add(db, AccessAction.Change, "DeadlineClock", clockId.ToString());
        try
        {
            // The clock's version is a concurrency token: an event saved since it was read makes this match no row.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ClockChangeResult(ClockChangeOutcome.Stale, errors, "Error.ChangedMeanwhile");
        }

        return new ClockChangeResult(ClockChangeOutcome.Saved, errors);
    }

    /// <summary>
    /// Records the event when <see cref="DeadlineClocks.Check"/> allows it; otherwise puts its refusal at the field it
    /// is about (<paramref name="prefix"/>-date, -reason, -event) or returns it as a message about the whole form.
    /// </summary>
    public string? Record(WorkFormErrors errors, string prefix, DeadlineClock clock, ClockEventKind kind, DateTime occurredAt, string? reason, string userId, Guid? corrects = null)
    {
        switch (clocks.Check(clock, kind, occurredAt, reason, corrects))
        {
            case null:
                clocks.Record(clock, kind, occurredAt, reason, userId, corrects);
                return null;
            case ClockEventError.InFuture:
                errors.Add(prefix + "-date", "Error.InFuture");
                return null;
            case ClockEventError.BeforeStart:
                errors.Add(prefix + "-date", "Error.BeforeStart", HelsinkiTime.Format(clock.StartedAt));
                return null;
            case ClockEventError.ReasonRequired when kind == ClockEventKind.Completed && corrects is null:
                errors.Add(prefix + "-reason", "Error.LateReasonRequired", clock.DueOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture));
                return null;
            case ClockEventError.ReasonRequired:
                errors.Add(prefix + "-reason", "Error.ReasonRequired");
                return null;
            case ClockEventError.UnknownEvent:
                errors.Add(prefix + "-event", "Error.UnknownEvent");
                return null;
            case ClockEventError.NotRunning:
                return "Error.NotRunning";
            default:
                return "Error.NotEnded";
        }
    }

    /// <summary>A reason as typed: trimmed, null when empty; too long or with control characters is an error at the field.</summary>
    public static string? Reason(WorkFormErrors errors, string field, string? value, bool required) =>
        WorkFields.Text(errors, field, value, DeadlineLimits.Reason, required ? "Error.ReasonRequired" : null, "Error.ReasonTooLong");
}

/// <summary>Who works with a contact's clocks: the active service guides of its area or municipality.</summary>
internal static class ClockAccess
{
    public static async Task<Contact?> ContactOfGuideAsync(PerhesiltaDbContext db, Guid contactId, string userId, CancellationToken cancellationToken) =>
        await GuideRoles.IsActiveGuideAsync(db, userId, cancellationToken)
            ? await db.Set<Contact>().AsNoTracking().Where(c => c.Id == contactId).ServedBy(db, userId).SingleOrDefaultAsync(cancellationToken)
            : null;
}
