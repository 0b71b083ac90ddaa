using System.Net;
using System.Security.Claims;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Security;

/// <summary>
/// The one way to record a security event: in the database (the administrators' page <c>/admin/security-events</c>)
/// and in the structured log (event id <see cref="SecurityEventLog.EventId"/>), which the county's log system collects.
/// </summary>
public interface ISecurityEvents
{
    /// <summary>Something the signed-in person did (changed an account, exported a file); it succeeded.</summary>
    Task RecordActionAsync(string code, string? targetAccountId = null, string? detail = null, CancellationToken cancellationToken = default);

    /// <summary>An event whose account is named here: signing in, where nobody is signed in yet, or a command.</summary>
    Task RecordAsync(string code, SecurityOutcome outcome, string? accountId, string? detail = null, string? targetAccountId = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// Saves each event at once with a DbContext of its own, so that recording never saves a caller's unsaved changes
/// and an event is kept even when the caller's own work fails afterwards.
/// </summary>
internal sealed class SecurityEventWriter(
    IServiceScopeFactory scopes,
    IHttpContextAccessor http,
    SqliteWriter sqliteWriter,
    TimeProvider clock,
    ILogger<SecurityEventWriter> logger) : ISecurityEvents
{
    public Task RecordActionAsync(string code, string? targetAccountId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        var user = http.HttpContext?.User;
        var accountId = user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        return RecordAsync(code, SecurityOutcome.Success, accountId, detail, targetAccountId, cancellationToken);
    }

    public async Task RecordAsync(string code, SecurityOutcome outcome, string? accountId, string? detail = null, string? targetAccountId = null, CancellationToken cancellationToken = default)
    {
        if (!SecurityEventCodes.All.Contains(code))
        {
            throw new ArgumentException($"'{code}' is not a security event code.", nameof(code));
        }

        var entry = new SecurityEvent
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            Code = code,
            Outcome = outcome,
            AccountId = accountId,
            TargetAccountId = targetAccountId,
            ClientAddress = ClientAddress.Of(http.HttpContext),
            Detail = detail is { Length: > SecurityEvent.DetailLength } ? detail[..SecurityEvent.DetailLength] : detail,
        };

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
            db.Add(entry);
            await sqliteWriter.SaveChangesAsync(db, cancellationToken);
        }

        SecurityEventLog.Write(
            logger,
            outcome == SecurityOutcome.Success ? LogLevel.Information : LogLevel.Warning,
            entry.Code,
            entry.Outcome,
            entry.AccountId,
            entry.TargetAccountId,
            entry.ClientAddress,
            entry.Detail);
    }
}

/// <summary>The client's address as ASP.NET Core gives it (behind a proxy, after forwarded-headers handling).</summary>
public static class ClientAddress
{
    public static string? Of(HttpContext? http) =>
        http?.Connection.RemoteIpAddress is { } address ? Normalize(address) : null;

    private static string Normalize(IPAddress address) => (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}

/// <summary>The structured log line of a security event: one event id, named properties, no personal data of clients.</summary>
public static partial class SecurityEventLog
{
    public const int EventId = 7100;

    [LoggerMessage(EventId = EventId, EventName = "SecurityEvent",
        Message = "Security event {SecurityEvent} {Outcome}: account {AccountId}, target {TargetAccountId}, from {ClientAddress}, detail {Detail}")]
    public static partial void Write(
        ILogger logger,
        LogLevel level,
        string securityEvent,
        SecurityOutcome outcome,
        string? accountId,
        string? targetAccountId,
        string? clientAddress,
        string? detail);
}

public static class SecurityEventHttpExtensions
{
    /// <summary>Records that the signed-in person exported a file (its name says what), as a security event.</summary>
    public static Task RecordExportAsync(this HttpContext http, string fileName) =>
        http.RequestServices.GetRequiredService<ISecurityEvents>().RecordActionAsync(SecurityEventCodes.Export, detail: fileName, cancellationToken: http.RequestAborted);
}
