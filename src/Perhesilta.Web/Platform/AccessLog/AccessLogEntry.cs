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

    /// <summary>
    /// The database was restored from a backup and the chain ends earlier than the newest checkpoint: record type
    /// <see cref="AccessLogRestore.RecordType"/>, record id the number of the checkpoint the restored chain matches.
    /// </summary>
    Restore,
}

/// <summary>
/// One append-only access-log entry: who did what to which record, when and why. It holds ids and codes only, never
/// free text, so the log itself contains no personal data beyond the actor's account id. Each entry carries the hash
/// of the one before it, so a changed, removed or reordered entry breaks the chain; since version 2 the hash is an
/// HMAC with a key kept outside the database, so that someone who can rewrite the table cannot rewrite the chain.
/// </summary>
/// <remarks>
/// An entry is first staged (<see cref="Stage"/>) in the DbContext of the change it records, and given its place in
/// the chain only when that context saves, inside the save's transaction (see <see cref="AccessLogChainInterceptor"/>).
/// </remarks>
public sealed class AccessLogEntry
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Version 1: unkeyed SHA-256, the entries written before the chain was keyed. They still verify.</summary>
    public const int UnkeyedVersion = 1;

    /// <summary>Version 2: HMAC-SHA256 with the log key.</summary>
    public const int KeyedVersion = 2;

    private static long _staged;

    private AccessLogEntry()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3…: gapless, unique; the order of the chain. 0 while the entry is staged and not yet saved.</summary>
    public long Sequence { get; private set; }

    /// <summary>The canonical form and hash the entry was written with: <see cref="UnkeyedVersion"/> or <see cref="KeyedVersion"/>.</summary>
    public int Version { get; private set; }

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

    /// <summary>Whether the entry has its place in the chain (a saved entry always has).</summary>
    public bool IsChained => Sequence > 0;

    /// <summary>The order entries were staged in this process: entries saved together are chained in this order. Not stored.</summary>
    internal long StagedOrder { get; private set; }

    /// <summary>A keyed entry that waits for its place in the chain; every code is validated now.</summary>
    public static AccessLogEntry Stage(
        DateTime occurredAtUtc,
        string actorUserId,
        AccessAction action,
        string recordType,
        string recordId,
        string purpose)
    {
        AccessLogCodes.EnsureValid(actorUserId, recordType, recordId, purpose);
        if (!Enum.IsDefined(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action));
        }

        if (occurredAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("The time of an access-log entry must be UTC.", nameof(occurredAtUtc));
        }

        return new AccessLogEntry
        {
            Id = Guid.CreateVersion7(),
            Version = KeyedVersion,
            OccurredAt = TruncateToMicroseconds(occurredAtUtc),
            ActorUserId = actorUserId,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Purpose = purpose,
            StagedOrder = Interlocked.Increment(ref _staged),
        };
    }

    /// <summary>Creates the keyed entry that follows <paramref name="previousHash"/> at <paramref name="sequence"/>.</summary>
    public static AccessLogEntry Create(
        long sequence,
        string previousHash,
        DateTime occurredAtUtc,
        string actorUserId,
        AccessAction action,
        string recordType,
        string recordId,
        string purpose,
        AccessLogKey key)
    {
        var entry = Stage(occurredAtUtc, actorUserId, action, recordType, recordId, purpose);
        entry.Chain(sequence, previousHash, key);
        return entry;
    }

    /// <summary>An unkeyed version-1 entry as they were written before the chain was keyed (for tests of the upgrade).</summary>
    internal static AccessLogEntry CreateUnkeyed(long sequence, string previousHash, DateTime occurredAtUtc, string actorUserId, AccessAction action, string recordType, string recordId, string purpose)
    {
        var entry = Stage(occurredAtUtc, actorUserId, action, recordType, recordId, purpose);
        entry.Version = UnkeyedVersion;
        entry.Sequence = sequence;
        entry.PreviousHash = previousHash;
        entry.Hash = entry.ComputeHash(key: null);
        return entry;
    }

    /// <summary>Gives a staged entry its place: after <paramref name="previousHash"/>, at <paramref name="sequence"/>.</summary>
    internal void Chain(long sequence, string previousHash, AccessLogKey key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        if (Version != KeyedVersion)
        {
            throw new InvalidOperationException("Only keyed entries are written.");
        }

        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash(key);
    }

    /// <summary>Takes back the place given by a save that failed, so that the next save chains the entry again.</summary>
    internal void Unchain()
    {
        Sequence = 0;
        PreviousHash = "";
        Hash = "";
    }

    public static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), value.Kind);

    /// <summary>
    /// The hash of <see cref="CanonicalForm"/>, lower-case hex: SHA-256 for version 1, HMAC-SHA256 with
    /// <paramref name="key"/> for version 2.
    /// </summary>
    public string ComputeHash(AccessLogKey? key) => Version switch
    {
        UnkeyedVersion => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalForm()))),
        KeyedVersion => (key ?? throw new ArgumentNullException(nameof(key), "A keyed entry needs the log key.")).SignHex(CanonicalForm()),
        _ => throw new InvalidOperationException($"Unknown access-log entry version {Version}."),
    };

    /// <summary>
    /// The fields, one per line, in a fixed order and culture-invariant formats. No field can contain a line break
    /// (see <see cref="AccessLogCodes"/>), so the form is unambiguous. The leading version names the format; the
    /// fields are the same in both versions.
    /// </summary>
    public string CanonicalForm() => string.Join(
        '\n',
        $"perhesilta-access-log-v{Version.ToString(CultureInfo.InvariantCulture)}",
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
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.Ignore(e => e.StagedOrder);
        builder.Ignore(e => e.IsChained);

        // The migration that added the column set it to 1 on the entries written before the key existed.
        builder.Property(e => e.Version).IsRequired();

        // A last guard below the application: a row without its place in the chain cannot be stored at all.
        builder.ToTable(Table, table =>
        {
            table.HasCheckConstraint("CK_AccessLogEntries_Chained", "\"Sequence\" >= 1");
            table.HasCheckConstraint("CK_AccessLogEntries_Hash", "length(\"Hash\") = 64 AND length(\"PreviousHash\") = 64");
        });
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
