using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Referrals;

/// <summary>Who may see a referral: the guides of its contact's area, and the professionals of its service or named in it.</summary>
internal static class ReferralAccess
{
    /// <summary>The referrals in a professional's inbox: those of the services they work in, and those addressed to them.</summary>
    public static IQueryable<Referral> ForProfessional(PerhesiltaDbContext db, string userId) =>
        db.Set<Referral>().Where(r => r.ToProfessionalUserId == userId
            || db.Set<ServiceProfessional>().Any(p => p.UserId == userId && p.ServiceId == r.ServiceId));

    /// <summary>Whether an active guide serves the contact of the referral (its area or municipality).</summary>
    public static async Task<bool> GuideServesAsync(PerhesiltaDbContext db, Guid contactId, string userId, CancellationToken cancellationToken) =>
        await db.Set<Contact>().Where(c => c.Id == contactId).ServedBy(db, userId).AnyAsync(cancellationToken)
        && await GuideRoles.IsActiveGuideAsync(db, userId, cancellationToken);

    /// <summary>
    /// Whether the receiving service may still see what was shared: while a consent is in force, or when the
    /// information was shared on a legal basis. Once every consent is withdrawn it sees only that.
    /// </summary>
    public static bool SharingInForce(Referral referral) =>
        referral.LegalBasis is not null || referral.Consents.Any(c => c.WithdrawnAt is null);
}

public enum ReferralChangeOutcome
{
    Saved,
    NotFound,
    Forbidden,

    /// <summary>Someone changed the referral after the page was loaded; nothing was saved.</summary>
    Stale,

    /// <summary>The change does not fit the referral or the input was wrong: <see cref="ReferralChangeResult.MessageKey"/> on <see cref="ReferralChangeResult.Field"/>.</summary>
    Refused,
}

/// <summary>The outcome of a change to a referral; when refused, a <see cref="ReferralText"/> key and the field it is about.</summary>
public sealed record ReferralChangeResult(ReferralChangeOutcome Outcome, string? MessageKey = null, string? Field = null)
{
    public static readonly ReferralChangeResult Saved = new(ReferralChangeOutcome.Saved);

    public static ReferralChangeResult Refuse(string key, string? field = null) => new(ReferralChangeOutcome.Refused, key, field);
}

/// <summary>Who changes a referral: the guide of its contact, or a professional of its receiving service.</summary>
public enum ReferralSide
{
    Guide,
    Professional,
}

/// <summary>
/// What every change to a referral shares: only the guides of its contact or the professionals of its service may make
/// it, only on the version they saw (optimistic concurrency on <see cref="Referral.Version"/>), and each is logged.
/// </summary>
public sealed class ReferralChanges(PerhesiltaDbContext db, Platform.AccessLog.IAccessLog log, TimeProvider clock)
{
    /// <param name="change">Changes the tracked referral (its consents loaded), or returns a refusal and leaves it unchanged.</param>
    public async Task<ReferralChangeResult> ApplyAsync(Guid id, Guid seenVersion, string userId, ReferralSide side, Func<Referral, DateTime, Task<ReferralChangeResult?>> change, CancellationToken cancellationToken)
    {
        var referral = await db.Set<Referral>().Include(r => r.Consents).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return new ReferralChangeResult(ReferralChangeOutcome.NotFound);
        }

        var allowed = side == ReferralSide.Guide
            ? await ReferralAccess.GuideServesAsync(db, referral.ContactId, userId, cancellationToken)
            : await ReferralAccess.ForProfessional(db, userId).AnyAsync(r => r.Id == id, cancellationToken);
        if (!allowed)
        {
            return new ReferralChangeResult(ReferralChangeOutcome.Forbidden);
        }

        if (referral.Version != seenVersion)
        {
            return new ReferralChangeResult(ReferralChangeOutcome.Stale);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await change(referral, now) is { } refusal)
        {
            db.ChangeTracker.Clear();
            return refusal;
        }

        db.Entry(referral).Property(r => r.Version).OriginalValue = seenVersion;
        referral.Version = Guid.NewGuid();
        referral.UpdatedAt = now;
        log.Add(db, Platform.AccessLog.AccessAction.Change, "Referral", id.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ReferralChangeResult(ReferralChangeOutcome.Stale);
        }

        return ReferralChangeResult.Saved;
    }

    /// <summary>Adds the step to the referral's history and moves it there.</summary>
    internal void Move(Referral referral, ReferralStatus status, string? reason, string? userId, DateTime now)
    {
        referral.Status = status;
        referral.StatusReason = reason ?? referral.StatusReason;
        db.Add(new ReferralEvent { ReferralId = referral.Id, Status = status, Reason = reason, ByUserId = userId, At = now });
    }
}
