using Microsoft.AspNetCore.Identity;

namespace Perhesilta.Platform.Auth;

/// <summary>A member of staff who signs in: service guide, professional, manager or administrator.</summary>
public sealed class StaffUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>A deactivated account cannot sign in; its history stays.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Set for a temporary password given by an administrator: the person chooses their own at first sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Until when the temporary password signs in (with <see cref="MustChangePassword"/>); no expiry means expired.</summary>
    public DateTime? TemporaryPasswordExpiresAt { get; set; }

    /// <summary>
    /// Until when a person whose second factor an administrator reset may set up a new authenticator; cleared once
    /// they have. See <see cref="SetupPaths"/>.
    /// </summary>
    public DateTime? SecondFactorSetupExpiresAt { get; set; }

    /// <summary>The RFC 6238 time step of the last accepted authenticator code, so that a code is never accepted twice.</summary>
    public long? LastTotpTimeStep { get; set; }

    public DateTime CreatedAt { get; set; }
}
