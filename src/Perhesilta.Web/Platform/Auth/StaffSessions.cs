using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Auth;

/// <summary>
/// A signed-in session, kept on the server. The staff cookie names it (claim <see cref="StaffSessions.ClaimType"/>),
/// and every request checks that it is still open: signing out, a password or second-factor change and deactivation
/// end it at once, so a copied cookie stops working on the very next request.
/// </summary>
public sealed class StaffSession
{
    public const int IdLength = 32;

    /// <summary>128 random bits in hex.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>When the person signed in; the absolute lifetime counts from here, also across renewals.</summary>
    public DateTime StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>Why it ended: <c>signed-out</c>, <c>password-changed</c>, <c>second-factor-changed</c>, <c>deactivated</c>, ….</summary>
    public string? EndReason { get; set; }
}

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(StaffSession.IdLength);
        builder.Property(s => s.EndReason).HasMaxLength(32);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
    }
}

public enum SessionState
{
    Open,

    /// <summary>Ended, unknown, of another account, or the account is deactivated.</summary>
    Ended,

    /// <summary>Past its absolute lifetime; ended now.</summary>
    TooOld,
}

/// <summary>Starts, checks and ends the server-side sessions of staff.</summary>
public sealed class StaffSessions(PerhesiltaDbContext db, IServiceScopeFactory scopes, IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string ClaimType = "perhesilta:session";

    public static class Reasons
    {
        public const string SignedOut = "signed-out";
        public const string PasswordChanged = "password-changed";
        public const string SecondFactorChanged = "second-factor-changed";
        public const string TemporaryPassword = "temporary-password";
        public const string Deactivated = "deactivated";
        public const string AbsoluteLifetime = "absolute-lifetime";
    }

    private TimeSpan MaxAge => TimeSpan.FromHours(options.Value.SessionMaxHours);

    /// <summary>
    /// Opens a session for <paramref name="userId"/>. One that continues the request's own session (a renewal after a
    /// password change, a second factor just set up) keeps its start, so that it ends when the first would have.
    /// </summary>
    public async Task<string> StartAsync(string userId, string? continuing, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var startedAt = now;
        if (continuing is not null)
        {
            startedAt = await db.Set<StaffSession>().AsNoTracking()
                .Where(s => s.Id == continuing && s.UserId == userId)
                .Select(s => (DateTime?)s.StartedAt)
                .SingleOrDefaultAsync(cancellationToken) ?? now;
        }

        // The person's sessions that can no longer be used are forgotten here, so that the table holds live ones only.
        var tooOld = now - MaxAge;
        await db.Set<StaffSession>().Where(s => s.UserId == userId && (s.EndedAt != null || s.StartedAt < tooOld)).ExecuteDeleteAsync(cancellationToken);

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(StaffSession.IdLength / 2));

        // A context of its own: the caller's unsaved changes are not this insert's to save.
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        own.Add(new StaffSession { Id = id, UserId = userId, StartedAt = startedAt });
        await own.SaveChangesAsync(cancellationToken);
        return id;
    }

    /// <summary>Whether the session may go on; one past its absolute lifetime is ended here.</summary>
    public async Task<SessionState> CheckAsync(string sessionId, string userId, CancellationToken cancellationToken)
    {
        var session = await db.Set<StaffSession>().AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.UserId, s.StartedAt, s.EndedAt, u.IsActive })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null || session.UserId != userId || session.EndedAt is not null || !session.IsActive)
        {
            return SessionState.Ended;
        }

        if (clock.GetUtcNow().UtcDateTime >= session.StartedAt + MaxAge)
        {
            await EndAsync(sessionId, Reasons.AbsoluteLifetime, cancellationToken);
            return SessionState.TooOld;
        }

        return SessionState.Open;
    }

    public async Task EndAsync(string sessionId, string reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<StaffSession>()
            .Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }

    /// <summary>Ends every session of the account, the request's own too (the caller signs it in again if it should go on).</summary>
    public async Task EndAllAsync(string userId, string reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<StaffSession>()
            .Where(s => s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }

    /// <summary>The session a principal belongs to, if any.</summary>
    public static string? IdOf(ClaimsPrincipal? principal) => principal?.FindFirstValue(ClaimType);
}
