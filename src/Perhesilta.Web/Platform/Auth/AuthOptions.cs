namespace Perhesilta.Platform.Auth;

/// <summary>The settings of staff sign-in and sessions (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Idle time after which a session ends; each request renews it (sliding), within <see cref="SessionMaxHours"/>.</summary>
    public int SessionMinutes { get; set; } = AuthServices.DefaultSessionMinutes;

    /// <summary>The absolute lifetime of a session, however busy: sliding renewal never extends it.</summary>
    public int SessionMaxHours { get; set; } = 10;

    /// <summary>How long a temporary password, or a second-factor reset, can be used to set up an account.</summary>
    public int SetupValidHours { get; set; } = 24;

    /// <summary>The window in which failed password attempts are counted for throttling.</summary>
    public int SignInThrottleMinutes { get; set; } = 15;

    /// <summary>Failed attempts from one client address, to any accounts, after which that address is refused (spraying).</summary>
    public int SignInFailuresPerAddress { get; set; } = 30;

    /// <summary>Failed attempts on one account from one address after which that address is refused for that account.</summary>
    public int SignInFailuresPerAccountAndAddress { get; set; } = 5;

    /// <summary>
    /// Failed attempts on one account from all addresses together after which the account is refused from every
    /// address where the person has not signed in successfully lately (ASVS 2.2.1: at most 100 failures an hour).
    /// </summary>
    public int SignInFailuresPerAccount { get; set; } = 20;

    internal void Validate()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(SessionMinutes), SessionMinutes), (nameof(SessionMaxHours), SessionMaxHours), (nameof(SetupValidHours), SetupValidHours),
            (nameof(SignInThrottleMinutes), SignInThrottleMinutes), (nameof(SignInFailuresPerAddress), SignInFailuresPerAddress),
            (nameof(SignInFailuresPerAccountAndAddress), SignInFailuresPerAccountAndAddress), (nameof(SignInFailuresPerAccount), SignInFailuresPerAccount),
        })
        {
            if (value <= 0)
            {
                throw new InvalidOperationException($"{Section}:{name} must be a positive number, not {value}.");
            }
        }
    }
}
