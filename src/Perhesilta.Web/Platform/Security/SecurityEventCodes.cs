namespace Perhesilta.Platform.Security;

/// <summary>
/// The stable codes of security events. They are stored and collected by the county's log system: never rename one.
/// </summary>
public static class SecurityEventCodes
{
    /// <summary>The password step of signing in; a failure's detail says why (<see cref="Reasons"/>).</summary>
    public const string SignInPassword = "sign-in.password";

    /// <summary>The second step: detail <c>authenticator</c> or <c>recovery-code</c>.</summary>
    public const string SignInSecondFactor = "sign-in.second-factor";

    /// <summary>Signing in through the county's staff directory (OpenID Connect).</summary>
    public const string SignInDirectory = "sign-in.directory";

    /// <summary>A password attempt refused unchecked: too many failures from the address, for the account, or both.</summary>
    public const string SignInThrottled = "sign-in.throttled";

    /// <summary>Too many wrong second-factor codes: the account is locked for a while.</summary>
    public const string AccountLockedOut = "account.locked-out";

    public const string SecondFactorSetUp = "second-factor.set-up";
    public const string SecondFactorReset = "second-factor.reset";
    public const string RecoveryCodesRenewed = "recovery-codes.renewed";
    public const string PasswordChanged = "password.changed";

    /// <summary>An administrator (or <c>create-admin</c>) gave a temporary password.</summary>
    public const string TemporaryPasswordIssued = "password.temporary-issued";

    public const string AccountCreated = "account.created";
    public const string AccountDeactivated = "account.deactivated";
    public const string AccountReactivated = "account.reactivated";

    /// <summary>Detail: the roles added and removed, e.g. <c>+Manager -ServiceGuide</c>.</summary>
    public const string RolesChanged = "account.roles-changed";

    /// <summary>Detail: the area and municipality codes added and removed.</summary>
    public const string AreasChanged = "account.areas-changed";

    /// <summary>An account was linked to a directory identity (issuer and subject) on its first directory sign-in.</summary>
    public const string DirectoryLinked = "directory.linked";

    public const string SignedOut = "session.signed-out";

    /// <summary>A session ended by itself: detail <c>absolute-lifetime</c>.</summary>
    public const string SessionEnded = "session.ended";

    /// <summary>A file of data was exported; detail names the file.</summary>
    public const string Export = "data.exported";

    public static readonly IReadOnlyList<string> All =
    [
        SignInPassword, SignInSecondFactor, SignInDirectory, SignInThrottled, AccountLockedOut,
        SecondFactorSetUp, SecondFactorReset, RecoveryCodesRenewed, PasswordChanged, TemporaryPasswordIssued,
        AccountCreated, AccountDeactivated, AccountReactivated, RolesChanged, AreasChanged, DirectoryLinked,
        SignedOut, SessionEnded, Export,
    ];

    /// <summary>Why an attempt failed (the detail of a failure).</summary>
    public static class Reasons
    {
        public const string WrongPassword = "wrong-password";
        public const string UnknownAccount = "unknown-account";
        public const string Inactive = "inactive";
        public const string LockedOut = "locked-out";
        public const string TemporaryPasswordExpired = "temporary-password-expired";
        public const string SetupExpired = "setup-expired";
        public const string WrongCode = "wrong-code";
        public const string ThrottledAddress = "address";
        public const string ThrottledAccountAndAddress = "account-and-address";
        public const string ThrottledAccount = "account";
        public const string NoAccount = "no-account";
        public const string WrongIssuer = "wrong-issuer";
        public const string EmailNotVerified = "email-not-verified";
        public const string LinkedToAnother = "linked-to-another";
        public const string AbsoluteLifetime = "absolute-lifetime";
    }
}
