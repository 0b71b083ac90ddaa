using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Security;

public sealed class SecurityEventOptions
{
    public const string Section = "SecurityEvents";

    /// <summary>How long security events are kept (default two years), then deleted by <see cref="SecurityEventRound"/>.</summary>
    public int RetentionDays { get; set; } = 730;

    /// <summary>How often each instance deletes the events past their retention.</summary>
    public int RoundIntervalSeconds { get; set; } = 3600;
}

/// <summary>Deletes the security events older than <see cref="SecurityEventOptions.RetentionDays"/>.</summary>
public sealed class PurgeSecurityEvents(PerhesiltaDbContext db, IOptions<SecurityEventOptions> options, TimeProvider clock)
{
    /// <summary>Answers how many events were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        return await db.Set<SecurityEvent>().Where(e => e.OccurredAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>Runs <see cref="PurgeSecurityEvents"/> every <c>SecurityEvents:RoundIntervalSeconds</c>.</summary>
internal sealed class SecurityEventRound(IServiceScopeFactory scopes, DatabaseState database, IOptions<SecurityEventOptions> options, TimeProvider time, ILogger<SecurityEventRound> logger)
    : DatabaseRound<PurgeSecurityEvents>(scopes, database, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.RoundIntervalSeconds));

    protected override string Done => "Security events past their retention deleted";

    protected override Task<int> RunAsync(PurgeSecurityEvents work, CancellationToken cancellationToken) => work.RunAsync(cancellationToken);
}
