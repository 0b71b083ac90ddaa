using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perhesilta.Platform.Security;

public enum SecurityOutcome
{
    Success,
    Failure,
}

/// <summary>
/// One security event (ASVS 7.1–7.2): who (a staff account id), what (a stable code of
/// <see cref="SecurityEventCodes"/>), when, from which client address, the outcome and, for an administrative change,
/// the account changed. It never holds client data, passwords, codes, or the name typed for an unknown account.
/// </summary>
public sealed class SecurityEvent
{
    public const int CodeLength = 64;
    public const int DetailLength = 200;
    public const int AccountIdLength = 64;

    /// <summary>The longest text form of an IPv6 address (with an IPv4 tail).</summary>
    public const int AddressLength = 45;

    public long Id { get; set; }

    public DateTime OccurredAt { get; set; }

    public required string Code { get; set; }

    public SecurityOutcome Outcome { get; set; }

    /// <summary>The account that acted or tried to sign in; null for an unknown account or outside any account.</summary>
    public string? AccountId { get; set; }

    /// <summary>The account an administrator changed.</summary>
    public string? TargetAccountId { get; set; }

    public string? ClientAddress { get; set; }

    /// <summary>A reason or what changed, as codes (e.g. <c>wrong-password</c>, <c>+Manager</c>); never free text of a person.</summary>
    public string? Detail { get; set; }
}

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Code).HasMaxLength(SecurityEvent.CodeLength);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.AccountId).HasMaxLength(SecurityEvent.AccountIdLength);
        builder.Property(e => e.TargetAccountId).HasMaxLength(SecurityEvent.AccountIdLength);
        builder.Property(e => e.ClientAddress).HasMaxLength(SecurityEvent.AddressLength);
        builder.Property(e => e.Detail).HasMaxLength(SecurityEvent.DetailLength);

        // The administrators' page pages by time; sign-in throttling counts recent failures per address and per account.
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.ClientAddress, e.OccurredAt });
        builder.HasIndex(e => new { e.AccountId, e.OccurredAt });
        builder.HasIndex(e => new { e.TargetAccountId, e.OccurredAt });
    }
}
