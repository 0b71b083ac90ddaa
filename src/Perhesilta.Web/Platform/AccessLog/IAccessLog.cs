using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.AccessLog;

/// <summary>
/// The one way to write the access log. Pages marked <see cref="ClientDataAttribute"/> log their views by themselves;
/// a use case that creates, changes, exports or discloses client data calls this.
/// </summary>
public interface IAccessLog
{
    /// <summary>Logs an action of the signed-in member of staff; the purpose defaults to the one of their role.</summary>
    Task<AccessLogEntry> RecordAsync(AccessAction action, string recordType, string recordId, string? purpose = null, CancellationToken cancellationToken = default);

    /// <summary>Logs an action of a named account outside a request (an administrative command, a job).</summary>
    Task<AccessLogEntry> RecordAsync(string actorUserId, AccessAction action, string recordType, string recordId, string purpose, CancellationToken cancellationToken = default);
}

/// <summary>
/// Appends entries to the chain. Each append reads the tip (the highest sequence) and inserts the next one; two
/// writers that read the same tip collide on the unique sequence, and the loser reads the new tip and tries again.
/// That holds across application instances on one PostgreSQL; the semaphore only spares this process the collisions.
/// A DbContext of its own means that logging never saves a caller's unsaved changes.
/// </summary>
internal sealed class AccessLogWriter(
    IServiceScopeFactory scopes,
    IHttpContextAccessor http,
    TimeProvider clock) : IAccessLog, IDisposable
{
    private const int MaxAttempts = 50;
    private readonly SemaphoreSlim _appendLock = new(1, 1);

    public Task<AccessLogEntry> RecordAsync(AccessAction action, string recordType, string recordId, string? purpose = null, CancellationToken cancellationToken = default)
    {
        var user = http.HttpContext?.User;
        var actorUserId = user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (user is null || actorUserId is null)
        {
            throw new InvalidOperationException("An access-log entry needs a signed-in actor; outside a request, name the actor explicitly.");
        }

        var resolvedPurpose = purpose ?? AccessPurposes.DefaultFor(user.IsInRole)
            ?? throw new InvalidOperationException("The actor has no staff role from which to derive a purpose; name the purpose explicitly.");
        return RecordAsync(actorUserId, action, recordType, recordId, resolvedPurpose, cancellationToken);
    }

    public async Task<AccessLogEntry> RecordAsync(string actorUserId, AccessAction action, string recordType, string recordId, string purpose, CancellationToken cancellationToken = default)
    {
        AccessLogCodes.EnsureValid(actorUserId, recordType, recordId, purpose);
        await _appendLock.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
                var tip = await db.Set<AccessLogEntry>()
                    .OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash })
                    .FirstOrDefaultAsync(cancellationToken);
                var entry = AccessLogEntry.Create(
                    (tip?.Sequence ?? 0) + 1,
                    tip?.Hash ?? AccessLogEntry.GenesisHash,
                    clock.GetUtcNow().UtcDateTime,
                    actorUserId,
                    action,
                    recordType,
                    recordId,
                    purpose);
                db.Add(entry);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return entry;
                }
                catch (DbUpdateException ex) when (IsConflict(ex) && attempt < MaxAttempts)
                {
                    // Another instance appended first; back off a little so that the instances do not keep colliding.
                    await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
                }
            }
        }
        finally
        {
            _appendLock.Release();
        }
    }

    public void Dispose() => _appendLock.Dispose();

    /// <summary>A unique-key violation, or SQLite busy with another process's write.</summary>
    private static bool IsConflict(DbUpdateException ex) => ex.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode is 19 or 5 or 6,
        _ => false,
    };
}
