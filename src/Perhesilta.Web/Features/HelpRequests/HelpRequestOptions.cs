namespace Perhesilta.Features.HelpRequests;

/// <summary>Settings of the ways in, from the <c>HelpRequests</c> configuration section.</summary>
public sealed class HelpRequestOptions
{
    public const string Section = "HelpRequests";

    /// <summary>The county's promise: a guide contacts the asker within this many working days.</summary>
    public int ResponseTargetWorkingDays { get; set; } = 3;

    /// <summary>Submissions allowed per client address in <see cref="RateLimitWindowSeconds"/>, on the form and the API together.</summary>
    public int RateLimitPermits { get; set; } = 30;

    public int RateLimitWindowSeconds { get; set; } = 600;

    /// <summary>The largest request body accepted by the form and the API; a full form is a few kilobytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
