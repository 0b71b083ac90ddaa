using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.AccessLog;

/// <summary>
/// The one way to write the access log. A use case that creates or changes client data stages its entry with
/// <c>Add</c> in its own DbContext, so the entry is saved by the same <c>SaveChanges</c>, in the same transaction, as
/// the change: both or neither. Views, exports and disclosures that change nothing are recorded at once with
/// <c>RecordAsync</c>, in a context of their own; pages marked <see cref="ClientDataAttribute"/> log their views by themselves.
/// </summary>
public interface IAccessLog
{
    /// <summary>Stages an action of the signed-in member of staff in <paramref name="db"/>; the purpose defaults to the one of their role.</summary>
    AccessLogEntry Add(DbContext db, AccessAction action, string recordType, string recordId, string? purpose = null);

    /// <summary>Stages an action of a named account (outside a request: an administrative command, a job).</summary>
    AccessLogEntry Add(DbContext db, string actorUserId, AccessAction action, string recordType, string recordId, string purpose);

    /// <summary>Logs an action of the signed-in member of staff now; the purpose defaults to the one of their role.</summary>
    Task<AccessLogEntry> RecordAsync(AccessAction action, string recordType, string recordId, string? purpose = null, CancellationToken cancellationToken = default);

    /// <summary>Logs one action of the signed-in member of staff on many records now, in one save (e.g. the rows of an export).</summary>
    Task RecordAsync(AccessAction action, string recordType, IReadOnlyCollection<string> recordIds, string? purpose = null, CancellationToken cancellationToken = default);

    /// <summary>Logs an action of a named account now, outside a request.</summary>
    Task<AccessLogEntry> RecordAsync(string actorUserId, AccessAction action, string recordType, string recordId, string purpose, CancellationToken cancellationToken = default);
}

/// <summary>
/// Stages entries, or saves them at once in a scope of its own (a DbContext of its own, so that logging a view never
/// saves a caller's unsaved changes). Where an entry goes in the chain is decided when it is saved, by
/// <see cref="AccessLogChainInterceptor"/>.
/// </summary>
internal sealed class AccessLogWriter(
    IServiceScopeFactory scopes,
    IHttpContextAccessor http,
    TimeProvider clock) : IAccessLog
{
    public AccessLogEntry Add(DbContext db, AccessAction action, string recordType, string recordId, string? purpose = null)
    {
        var (actor, resolvedPurpose) = SignedIn(purpose);
        return Add(db, actor, action, recordType, recordId, resolvedPurpose);
    }

    public AccessLogEntry Add(DbContext db, string actorUserId, AccessAction action, string recordType, string recordId, string purpose)
    {
        var entry = AccessLogEntry.Stage(clock.GetUtcNow().UtcDateTime, actorUserId, action, recordType, recordId, purpose);
        db.Add(entry);
        return entry;
    }

    public async Task<AccessLogEntry> RecordAsync(AccessAction action, string recordType, string recordId, string? purpose = null, CancellationToken cancellationToken = default)
    {
        var (actor, resolvedPurpose) = SignedIn(purpose);
        return await RecordAsync(actor, action, recordType, recordId, resolvedPurpose, cancellationToken);
    }

    public async Task RecordAsync(AccessAction action, string recordType, IReadOnlyCollection<string> recordIds, string? purpose = null, CancellationToken cancellationToken = default)
    {
        var (actor, resolvedPurpose) = SignedIn(purpose);
        await SaveAsync(db => recordIds.Select(id => Add(db, actor, action, recordType, id, resolvedPurpose)).ToList(), cancellationToken);
    }

    public async Task<AccessLogEntry> RecordAsync(string actorUserId, AccessAction action, string recordType, string recordId, string purpose, CancellationToken cancellationToken = default) =>
        (await SaveAsync(db => [Add(db, actorUserId, action, recordType, recordId, purpose)], cancellationToken))[0];

    private async Task<List<AccessLogEntry>> SaveAsync(Func<DbContext, List<AccessLogEntry>> stage, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var entries = stage(db);
        if (entries.Count > 0)
        {
            await scope.ServiceProvider.GetRequiredService<SqliteWriter>().SaveChangesAsync(db, cancellationToken);
        }

        return entries;
    }

    private (string Actor, string Purpose) SignedIn(string? purpose)
    {
        var user = http.HttpContext?.User;
        var actorUserId = user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (user is null || actorUserId is null)
        {
            throw new InvalidOperationException("An access-log entry needs a signed-in actor; outside a request, name the actor explicitly.");
        }

        var resolvedPurpose = purpose ?? AccessPurposes.DefaultFor(user.IsInRole)
            ?? throw new InvalidOperationException("The actor has no staff role from which to derive a purpose; name the purpose explicitly.");
        return (actorUserId, resolvedPurpose);
    }
}
