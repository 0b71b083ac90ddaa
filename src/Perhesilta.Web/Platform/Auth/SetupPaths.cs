using Microsoft.Extensions.Options;

namespace Perhesilta.Platform.Auth;

/// <summary>
/// The ways an account gets its first (or a new) authenticator: a temporary password not yet changed, or a
/// second-factor reset by an administrator. Each expires after <see cref="AuthOptions.SetupValidHours"/> and closes
/// once used; without one, a password alone can bind no authenticator.
/// </summary>
public sealed class SetupPaths(IOptions<AuthOptions> options, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public DateTime NewExpiry() => Now.AddHours(options.Value.SetupValidHours);

    /// <summary>Marks the password just set as temporary: the person must change it, within the validity.</summary>
    public void IssueTemporaryPassword(StaffUser user)
    {
        user.MustChangePassword = true;
        user.TemporaryPasswordExpiresAt = NewExpiry();
    }

    /// <summary>After a second-factor reset: the person may set up a new authenticator, within the validity.</summary>
    public void OpenSecondFactorSetup(StaffUser user) => user.SecondFactorSetupExpiresAt = NewExpiry();

    /// <summary>The temporary password was changed: it is spent.</summary>
    public static void CloseTemporaryPassword(StaffUser user)
    {
        user.MustChangePassword = false;
        user.TemporaryPasswordExpiresAt = null;
    }

    /// <summary>An authenticator was bound: the reset is spent.</summary>
    public static void CloseSecondFactorSetup(StaffUser user) => user.SecondFactorSetupExpiresAt = null;

    /// <summary>A temporary password past its validity (one given before expiries existed counts as expired).</summary>
    public bool TemporaryPasswordExpired(StaffUser user) => user.MustChangePassword && !(user.TemporaryPasswordExpiresAt > Now);

    public bool CanSetUpSecondFactor(StaffUser user) =>
        !user.TwoFactorEnabled
        && ((user.MustChangePassword && user.TemporaryPasswordExpiresAt > Now) || user.SecondFactorSetupExpiresAt > Now);
}
