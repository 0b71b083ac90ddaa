using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perhesilta.Platform.AccessLog;

/// <summary>What was done with a client's data (asiakastietolaki: käyttö- ja luovutusloki).</summary>
public enum AccessAction
{
    View,
    Create,
    Change,
    Export,
    Disclose,
}

/// <summary>
/// One append-only access-log entry: who did what to which record, when and why. It holds ids and codes only, never
/// free text, so the log itself contains no personal data beyond the actor's account id. Each entry carries the hash
/// of the one before it, so a changed, removed or reordered entry breaks the chain.
/// </summary>
public sealed class AccessLogEntry
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AccessLogEntry()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3…: gapless, unique; the order of the chain.</summary>
    public long Sequence { get; private set; }

    /// <summary>UTC, whole microseconds (both databases keep exactly that).</summary>
    public DateTime OccurredAt { get; private set; }

    public string ActorUserId { get; private set; } = "";

    public AccessAction Action { get; private set; }

    public string RecordType { get; private set; } = "";

    public string RecordId { get; private set; } = "";

    /// <summary>A code from <see cref="AccessPurposes"/>.</summary>
    public string Purpose { get; private set; } = "";

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    /// <summary>Creates the entry that follows <paramref name="previousHash"/> at <paramref name="sequence"/>; every code is validated.</summary>
    public static AccessLogEntry Create(
        long sequence,
        string previousHash,
        DateTime occurredAtUtc,
        string actorUserId,
        AccessAction action,
        string recordType,
        string recordId,
        string purpose)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        AccessLogCodes.EnsureValid(actorUserId, recordType, recordId, purpose);
        if (!Enum.IsDefined(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action));
        }

        if (occurredAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("The time of an access-log entry must be UTC.", nameof(occurredAtUtc));
        }

        var entry = new AccessLogEntry
        {
            Id = Guid.CreateVersion7(),
            Sequence = sequence,
            OccurredAt = TruncateToMicroseconds(occurredAtUtc),
            ActorUserId = actorUserId,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Purpose = purpose,
            PreviousHash = previousHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    public static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), value.Kind);

    /// <summary>SHA-256 (lower-case hex) over <see cref="CanonicalForm"/>.</summary>
    public string ComputeHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalForm())));

    /// <summary>
    /// The fields, one per line, in a fixed order and culture-invariant formats. No field can contain a line break
    /// (see <see cref="AccessLogCodes"/>), so the form is unambiguous. The leading version allows a future format.
    /// </summary>
    public string CanonicalForm() => string.Join(
        '\n',
        "perhesilta-access-log-v1",
        Id.ToString("D", CultureInfo.InvariantCulture),
        Sequence.ToString(CultureInfo.InvariantCulture),
        DateTime.SpecifyKind(OccurredAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ActorUserId,
        Action.ToString(),
        RecordType,
        RecordId,
        Purpose,
        PreviousHash);
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public const string Table = "AccessLogEntries";

    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.Property(e => e.ActorUserId).HasMaxLength(AccessLogCodes.MaxLength).IsRequired();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(e => e.RecordType).HasMaxLength(AccessLogCodes.MaxLength).IsRequired();
        builder.Property(e => e.RecordId).HasMaxLength(AccessLogCodes.MaxLength).IsRequired();
        builder.Property(e => e.Purpose).HasMaxLength(AccessLogCodes.MaxLength).IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => new { e.RecordType, e.RecordId, e.Sequence });
        builder.HasIndex(e => new { e.ActorUserId, e.Sequence });
        builder.HasIndex(e => e.OccurredAt);
    }
}
