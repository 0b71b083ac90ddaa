using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Security;

namespace Perhesilta.Platform.Auth;

/// <summary>
/// Decides whether a password attempt is checked at all, from the failures recorded as security events (so the
/// count is shared by every instance and survives restarts). Failures are counted per client address (password
/// spraying), per account and address (guessing one person's password), and per account from all addresses together
/// (a distributed attack); the last does not apply where the person has signed in lately, so that attackers on other
/// addresses cannot lock a guide out of their own desk. Nothing locks the account itself: a guide's colleague cannot
/// lock them out by typing wrong passwords on purpose.
/// </summary>
public sealed class SignInThrottle(PerhesiltaDbContext db, IOptions<AuthOptions> options, TimeProvider clock)
{
    /// <summary>How long an address where the person signed in counts as theirs.</summary>
    private static readonly TimeSpan KnownAddress = TimeSpan.FromDays(30);

    /// <summary>Why the attempt is refused unchecked (a reason of <see cref="SecurityEventCodes.Reasons"/>), or null.</summary>
    public async Task<string?> RefusalAsync(string? address, string accountId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddMinutes(-settings.SignInThrottleMinutes);
        var events = db.Set<SecurityEvent>().AsNoTracking().Where(e => e.Code == SecurityEventCodes.SignInPassword);
        var failures = events.Where(e => e.Outcome == SecurityOutcome.Failure && e.OccurredAt >= since);
        if (await failures.CountAsync(e => e.ClientAddress == address, cancellationToken) >= settings.SignInFailuresPerAddress)
        {
            return SecurityEventCodes.Reasons.ThrottledAddress;
        }

        // The account's queries run for unknown accounts too (with an id no account has), so that the time taken
        // does not tell which accounts exist.
        var lastSuccessHere = await events
            .Where(e => e.Outcome == SecurityOutcome.Success && e.AccountId == accountId && e.ClientAddress == address)
            .MaxAsync(e => (DateTime?)e.OccurredAt, cancellationToken);
        var sinceSuccess = lastSuccessHere is { } success && success > since ? success : since;
        var failuresHere = await failures.CountAsync(e => e.AccountId == accountId && e.ClientAddress == address && e.OccurredAt > sinceSuccess, cancellationToken);
        if (failuresHere >= settings.SignInFailuresPerAccountAndAddress)
        {
            return SecurityEventCodes.Reasons.ThrottledAccountAndAddress;
        }

        var accountFailures = await failures.CountAsync(e => e.AccountId == accountId, cancellationToken);
        var known = lastSuccessHere >= now - KnownAddress;
        return accountFailures >= settings.SignInFailuresPerAccount && !known ? SecurityEventCodes.Reasons.ThrottledAccount : null;
    }
}
