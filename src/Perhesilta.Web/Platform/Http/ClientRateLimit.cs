using System.Threading.RateLimiting;

namespace Perhesilta.Platform.Http;

/// <summary>The public ways in are limited per client address: a fixed window of permits, no queue.</summary>
internal static class ClientRateLimit
{
    public static RateLimitPartition<string> PerClientAddress(HttpContext http, int permits, int windowSeconds) =>
        RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromSeconds(windowSeconds),
                QueueLimit = 0,
            });
}
