using System.Security.Cryptography;
using System.Text;
using Perhesilta.Platform.AccessLog;
using Shouldly;

namespace Perhesilta.UnitTests.AccessLog;

/// <summary>The keyed chain, its upgrade from unkeyed entries, checkpoints and restores, without a database.</summary>
public sealed class ChainCheckerTests
{
    private static readonly DateTime Start = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static readonly AccessLogKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly AccessLogKey OtherKey = new(Enumerable.Range(2, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void A_keyed_hash_is_the_HMAC_of_the_canonical_form_and_depends_on_the_key()
    {
        var entry = AccessLogEntry.Create(1, AccessLogEntry.GenesisHash, Start, "user-1", AccessAction.View, "Family", "1", AccessPurposes.ClientWork, Key);

        entry.Version.ShouldBe(AccessLogEntry.KeyedVersion);
        entry.CanonicalForm().ShouldStartWith("perhesilta-access-log-v2\n");
        entry.Hash.ShouldBe(Convert.ToHexStringLower(HMACSHA256.HashData(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray(), Encoding.UTF8.GetBytes(entry.CanonicalForm()))));
        entry.ComputeHash(OtherKey).ShouldNotBe(entry.Hash);
        entry.Hash.ShouldNotBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.CanonicalForm()))));
    }

    [Fact]
    public void An_unkeyed_entry_keeps_its_plain_SHA256_hash()
    {
        var entry = AccessLogEntry.CreateUnkeyed(1, AccessLogEntry.GenesisHash, Start, "user-1", AccessAction.View, "Family", "1", AccessPurposes.ClientWork);

        entry.CanonicalForm().ShouldStartWith("perhesilta-access-log-v1\n");
        entry.Hash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.CanonicalForm()))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void A_key_shorter_than_32_bytes_is_refused(int length) =>
        Should.Throw<ArgumentException>(() => new AccessLogKey(new byte[length]));

    [Fact]
    public void A_keyed_chain_verifies_with_its_key_and_not_with_another()
    {
        var chain = new ChainBuilder().Keyed(5).Entries;

        Check(chain).ShouldBe(new AccessLogVerification(true, 5, null, null));
        var other = new ChainChecker(OtherKey);
        chain.Select(other.Check).ToList().ShouldBe([false, false, false, false, false]);
        other.Result().ShouldBe(new AccessLogVerification(false, 1, 1, ChainBreak.HashMismatch));
    }

    [Fact]
    public void An_upgraded_chain_verifies_its_unkeyed_entries_and_links_the_first_keyed_entry_to_the_last_unkeyed_one()
    {
        var builder = new ChainBuilder().Unkeyed(3).Keyed(3);

        builder.Entries[3].PreviousHash.ShouldBe(builder.Entries[2].Hash);
        Check(builder.Entries).ShouldBe(new AccessLogVerification(true, 6, null, null));
    }

    [Fact]
    public void An_unkeyed_entry_after_a_keyed_one_is_refused()
    {
        var chain = new ChainBuilder().Keyed(2).Unkeyed(1).Entries;

        Check(chain).ShouldBe(new AccessLogVerification(false, 3, 3, ChainBreak.UnkeyedEntry));
    }

    [Fact]
    public void A_chain_rewritten_whole_as_unkeyed_entries_is_refused_once_a_checkpoint_says_it_was_keyed()
    {
        var genuine = new ChainBuilder().Keyed(1);
        var checkpoint = Sign(1, genuine.Entries[0], keyedFrom: 1, Start.AddMinutes(1));
        var forged = new ChainBuilder().Unkeyed(4).Entries;

        Check(forged, checkpoint).ShouldBe(new AccessLogVerification(false, 1, 1, ChainBreak.UnkeyedEntry));
    }

    [Fact]
    public void Unkeyed_entries_before_the_point_a_checkpoint_names_are_accepted()
    {
        var builder = new ChainBuilder().Unkeyed(3).Keyed(2);
        var checkpoint = Sign(1, builder.Entries[4], keyedFrom: 4, Start.AddHours(1));

        Check(builder.Entries, checkpoint).ShouldBe(new AccessLogVerification(true, 5, null, null, null, 1));
    }

    [Fact]
    public void An_empty_chain_with_its_first_checkpoint_verifies() =>
        Check([], AccessLogCheckpoint.Sign(Key, 1, 0, AccessLogEntry.GenesisHash, 1, Start)).ShouldBe(new AccessLogVerification(true, 0, null, null, null, 1));

    [Fact]
    public void Every_checkpoint_the_chain_passes_must_match_it()
    {
        var chain = new ChainBuilder().Keyed(6).Entries;
        var checkpoints = new[] { Sign(1, chain[1], 1, Start.AddMinutes(1)), Sign(2, chain[4], 1, Start.AddMinutes(2)) };

        Check(chain, checkpoints).ShouldBe(new AccessLogVerification(true, 6, null, null, null, 2));
    }

    [Fact]
    public void A_chain_rewritten_with_the_key_from_a_checkpointed_entry_on_differs_from_the_checkpoint()
    {
        var genuine = new ChainBuilder().Keyed(4).Entries;
        var checkpoint = Sign(1, genuine[2], 1, Start.AddMinutes(1));
        var rewritten = new ChainBuilder().Keyed(4, recordPrefix: "other").Entries;

        Check(rewritten, checkpoint).ShouldBe(new AccessLogVerification(false, 3, 3, ChainBreak.CheckpointMismatch, 1));
    }

    [Fact]
    public void A_chain_shorter_than_a_checkpoint_is_truncated_after_it_and_the_newest_checkpoint_is_named()
    {
        var chain = new ChainBuilder().Keyed(6).Entries;
        var checkpoints = new[] { Sign(1, chain[1], 1, Start.AddMinutes(1)), Sign(2, chain[3], 1, Start.AddMinutes(2)), Sign(3, chain[5], 1, Start.AddMinutes(3)) };

        Check(chain.Take(3), checkpoints).ShouldBe(new AccessLogVerification(false, 3, 4, ChainBreak.Truncated, 3));
    }

    [Fact]
    public void A_checkpoint_whose_signature_fails_or_that_cannot_be_read_is_itself_a_finding()
    {
        var chain = new ChainBuilder().Keyed(2).Entries;
        var good = Sign(1, chain[1], 1, Start.AddMinutes(1));

        Check(chain, good with { Sequence = 1 }).ShouldBe(new AccessLogVerification(false, 0, null, ChainBreak.CheckpointInvalid, 1));
        Check(chain, AccessLogCheckpoint.Sign(OtherKey, 1, 2, chain[1].Hash, 1, Start)).ShouldBe(new AccessLogVerification(false, 0, null, ChainBreak.CheckpointInvalid, 1));
        var unreadable = new ChainChecker(Key, [new CheckpointFile("checkpoint-0000000007.json", null)]);
        unreadable.Result().ShouldBe(new AccessLogVerification(false, 0, null, ChainBreak.CheckpointInvalid, 7));
        var twice = new ChainChecker(Key, [new CheckpointFile("a", good), new CheckpointFile("b", good)]);
        twice.Result().Reason.ShouldBe(ChainBreak.CheckpointInvalid);
    }

    [Fact]
    public void A_restore_to_a_checkpoint_sets_aside_the_checkpoints_written_after_it_and_before_the_restore()
    {
        // Before the restore: entries 1–6, checkpoints 1 (entry 3) and 2 (entry 6).
        var before = new ChainBuilder().Keyed(6);
        var checkpoint1 = Sign(1, before.Entries[2], 1, Start.AddHours(1));
        var checkpoint2 = Sign(2, before.Entries[5], 1, Start.AddHours(2));

        // The backup held entries 1–4; the restore records "restored to checkpoint 1", and the chain goes on.
        var after = new ChainBuilder(before.Entries.Take(4), Start.AddHours(3)).Restore(1).Keyed(3, recordPrefix: "new");
        var checkpoint3 = Sign(3, after.Entries[^1], 1, Start.AddHours(4));

        Check(before.Entries.Take(4), checkpoint1, checkpoint2).Reason.ShouldBe(ChainBreak.Truncated);
        Check(after.Entries, checkpoint1, checkpoint2, checkpoint3).ShouldBe(new AccessLogVerification(true, 8, null, null, null, 3));
    }

    [Fact]
    public void A_checkpoint_written_after_the_restore_must_match_the_new_chain()
    {
        var before = new ChainBuilder().Keyed(6);
        var checkpoint1 = Sign(1, before.Entries[2], 1, Start.AddHours(1));
        var after = new ChainBuilder(before.Entries.Take(4), Start.AddHours(3)).Restore(1).Keyed(3, recordPrefix: "new");
        var later = Sign(3, after.Entries[^1], 1, Start.AddHours(4));

        // The new chain shortened again after the restore: the checkpoint written after it is not set aside.
        Check(after.Entries.Take(6), checkpoint1, later).ShouldBe(new AccessLogVerification(false, 6, 7, ChainBreak.Truncated, 3));
        var stale = Sign(2, before.Entries[5], 1, Start.AddHours(5));
        Check(after.Entries, checkpoint1, stale).ShouldBe(new AccessLogVerification(false, 6, 6, ChainBreak.CheckpointMismatch, 2));
    }

    [Fact]
    public void A_restore_entry_must_name_a_checkpoint_within_the_chain_before_it()
    {
        var before = new ChainBuilder().Keyed(4);
        var checkpoint1 = Sign(1, before.Entries[1], 1, Start.AddHours(1));
        var checkpoint2 = Sign(2, before.Entries[3], 1, Start.AddHours(2));

        Check(new ChainBuilder(before.Entries.Take(3), Start.AddHours(3)).Restore(9).Entries, checkpoint1, checkpoint2)
            .ShouldBe(new AccessLogVerification(false, 4, 4, ChainBreak.RestoreInvalid));
        Check(new ChainBuilder(before.Entries.Take(3), Start.AddHours(3)).Restore(2).Entries, checkpoint1, checkpoint2)
            .ShouldBe(new AccessLogVerification(false, 4, 4, ChainBreak.RestoreInvalid));
    }

    [Fact]
    public void A_restore_entry_forged_without_the_key_breaks_the_chain()
    {
        var before = new ChainBuilder().Keyed(4);
        var checkpoint1 = Sign(1, before.Entries[1], 1, Start.AddHours(1));
        var checkpoint2 = Sign(2, before.Entries[3], 1, Start.AddHours(2));
        var forged = new ChainBuilder(before.Entries.Take(3), Start.AddHours(3), OtherKey).Restore(1).Entries;

        Check(forged, checkpoint1, checkpoint2).ShouldBe(new AccessLogVerification(false, 4, 4, ChainBreak.HashMismatch));
    }

    [Fact]
    public void An_unkeyed_restore_entry_is_refused()
    {
        var chain = new ChainBuilder().Keyed(2).Entries;
        var checkpoint = Sign(1, chain[1], 1, Start.AddHours(1));
        var unkeyed = AccessLogEntry.CreateUnkeyed(3, chain[1].Hash, Start.AddHours(2), "system", AccessAction.Restore, AccessLogRestore.RecordType, "1", AccessPurposes.Administration);

        Check([.. chain, unkeyed], checkpoint).Reason.ShouldBe(ChainBreak.UnkeyedEntry);
    }

    [Fact]
    public void A_checkpoint_keeps_its_signature_through_its_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "perhesilta-unit-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = new AccessLogCheckpointFolder(new AccessLogFiles(Path.Combine(folder, "key"), folder, MayCreateKey: true));
            var first = files.Write(Key, 3, new string('a', 64), 1, Start.AddTicks(1234567));
            var second = files.Write(Key, 5, new string('b', 64), 1, Start.AddMinutes(1));

            (first.Number, second.Number).ShouldBe((1, 2));
            var read = files.ReadAll();
            read.Select(f => f.Name).ShouldBe(["checkpoint-0000000001.json", "checkpoint-0000000002.json"]);
            read.Select(f => f.Checkpoint).ShouldBe([first, second]);
            read.ShouldAllBe(f => f.Checkpoint!.IsSignedWith(Key));
            first.WrittenAt.ShouldBe(Start.AddTicks(1234560));

            File.WriteAllText(Path.Combine(folder, "checkpoint-0000000002.json"), File.ReadAllText(Path.Combine(folder, "checkpoint-0000000002.json")).Replace("\"sequence\": 5", "\"sequence\": 4", StringComparison.Ordinal));
            files.ReadAll()[1].Checkpoint!.IsSignedWith(Key).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_generated_key_file_is_made_once_and_read_back()
    {
        var path = Path.Combine(Path.GetTempPath(), "perhesilta-unit-" + Guid.NewGuid().ToString("N"), "access-log.key");
        try
        {
            var first = AccessLogKey.LoadOrCreate(path);
            var second = AccessLogKey.LoadOrCreate(path);

            new FileInfo(path).Length.ShouldBe(AccessLogKey.MinimumLength);
            second.SignHex("x").ShouldBe(first.SignHex("x"));
            File.WriteAllBytes(path, new byte[16]);
            Should.Throw<InvalidOperationException>(() => AccessLogKey.Load(path)).Message.ShouldContain("AccessLog:KeyFile");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private static AccessLogCheckpoint Sign(long number, AccessLogEntry head, long keyedFrom, DateTime writtenAt) =>
        AccessLogCheckpoint.Sign(Key, number, head.Sequence, head.Hash, keyedFrom, writtenAt);

    private static AccessLogVerification Check(IEnumerable<AccessLogEntry> entries, params AccessLogCheckpoint[] checkpoints)
    {
        var checker = new ChainChecker(Key, checkpoints.Select(c => new CheckpointFile(AccessLogCheckpointFolder.FileName(c.Number), c)).ToList());
        foreach (var entry in entries)
        {
            checker.Check(entry);
        }

        return checker.Result();
    }

    /// <summary>Appends entries a minute apart, keyed with <paramref name="key"/> (the log key unless a forger's).</summary>
    private sealed class ChainBuilder(IEnumerable<AccessLogEntry>? start = null, DateTime? from = null, AccessLogKey? key = null)
    {
        private DateTime _at = from ?? Start;

        public List<AccessLogEntry> Entries { get; } = [.. start ?? []];

        public ChainBuilder Keyed(int count, string recordPrefix = "r") =>
            Append(count, (sequence, previous, at) => AccessLogEntry.Create(sequence, previous, at, "user-1", AccessAction.View, "Family", $"{recordPrefix}{sequence}", AccessPurposes.ClientWork, key ?? Key));

        public ChainBuilder Unkeyed(int count) =>
            Append(count, (sequence, previous, at) => AccessLogEntry.CreateUnkeyed(sequence, previous, at, "user-1", AccessAction.View, "Family", $"u{sequence}", AccessPurposes.ClientWork));

        public ChainBuilder Restore(long checkpoint) =>
            Append(1, (sequence, previous, at) => AccessLogEntry.Create(sequence, previous, at, "system", AccessAction.Restore, AccessLogRestore.RecordType, $"{checkpoint}", AccessPurposes.Administration, key ?? Key));

        private ChainBuilder Append(int count, Func<long, string, DateTime, AccessLogEntry> create)
        {
            for (var i = 0; i < count; i++)
            {
                _at = _at.AddMinutes(1);
                Entries.Add(create(Entries.Count + 1, Entries.Count == 0 ? AccessLogEntry.GenesisHash : Entries[^1].Hash, _at));
            }

            return this;
        }
    }
}
