using Microsoft.Extensions.Options;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Deadlines.Alerts;

/// <summary>
/// Runs <see cref="SendClockAlerts"/> every <see cref="DeadlineOptions.RoundIntervalSeconds"/>. Any number of instances
/// may run it against one database: the alert rows make each alert once only.
/// </summary>
internal sealed class ClockAlertRound(IServiceScopeFactory scopes, DatabaseState database, IOptions<DeadlineOptions> options, TimeProvider time, ILogger<ClockAlertRound> logger)
    : DatabaseRound<SendClockAlerts>(scopes, database, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.RoundIntervalSeconds));

    protected override string Done => "Deadline alerts sent";

    protected override Task<int> RunAsync(SendClockAlerts work, CancellationToken cancellationToken) => work.RunOnceAsync(cancellationToken);
}
