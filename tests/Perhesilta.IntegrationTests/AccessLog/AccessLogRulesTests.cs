using System.Globalization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.AccessLog;

/// <summary>The pure rules of the log: codes, the canonical hash and the chain check, without a database.</summary>
public sealed class AccessLogRulesTests
{
    private static readonly DateTime Noon = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static readonly AccessLogKey Key = new(AccessLogKey.NewKeyBytes());

    [Theory]
    [InlineData("42", true)]
    [InlineData("0b9f3c1e-4a8d-4c5e-9a51-7f3d2c1b0a99", true)]
    [InlineData("HR-2026:0042.v2_a", true)]
    [InlineData("", false)]
    [InlineData("Matti Meikäläinen", false)]
    [InlineData("matti@perhesilta.example", false)]
    [InlineData("42\n", false)]
    [InlineData("-42", false)]
    [InlineData("Äiti", false)]
    public void Record_ids_are_ids_and_never_free_text(string value, bool valid) => AccessLogCodes.IsId(value).ShouldBe(valid);

    [Theory]
    [InlineData("Family", true)]
    [InlineData("HelpRequest2", true)]
    [InlineData("family", false)]
    [InlineData("Help Request", false)]
    [InlineData("Family\n", false)]
    public void Record_types_are_PascalCase_codes(string value, bool valid) => AccessLogCodes.IsRecordType(value).ShouldBe(valid);

    [Fact]
    public void Only_the_listed_purposes_are_accepted()
    {
        AccessPurposes.All.ShouldAllBe(p => AccessLogCodes.IsPurpose(p));
        AccessLogCodes.IsPurpose("curiosity").ShouldBeFalse();
        Should.Throw<ArgumentException>(() => AccessLogEntry.Create(1, AccessLogEntry.GenesisHash, Noon, "user-1", AccessAction.View, "Family", "1", "because", Key));
    }

    [Theory]
    [InlineData(new[] { StaffRoles.ServiceGuide }, AccessPurposes.ClientWork)]
    [InlineData(new[] { StaffRoles.Professional }, AccessPurposes.ClientWork)]
    [InlineData(new[] { StaffRoles.Manager }, AccessPurposes.Supervision)]
    [InlineData(new[] { StaffRoles.Administrator }, AccessPurposes.Administration)]
    [InlineData(new[] { StaffRoles.Administrator, StaffRoles.ServiceGuide }, AccessPurposes.ClientWork)]
    [InlineData(new string[0], null)]
    public void The_default_purpose_follows_the_role(string[] roles, string? purpose) =>
        AccessPurposes.DefaultFor(roles.Contains).ShouldBe(purpose);

    [Fact]
    public void Times_are_kept_to_whole_microseconds()
    {
        var entry = AccessLogEntry.Create(1, AccessLogEntry.GenesisHash, Noon.AddTicks(1234567), "user-1", AccessAction.View, "Family", "1", AccessPurposes.ClientWork, Key);

        entry.OccurredAt.ShouldBe(Noon.AddTicks(1234560));
        entry.OccurredAt.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public void The_hash_does_not_depend_on_the_culture()
    {
        var entry = AccessLogEntry.Create(1234567, AccessLogEntry.GenesisHash, Noon, "user-1", AccessAction.Disclose, "Family", "1", AccessPurposes.StatutoryDisclosure, Key);
        var original = CultureInfo.CurrentCulture;
        try
        {
            var hashes = new[] { "fi-FI", "sv-FI", "ar-SA", "th-TH" }.Select(name =>
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                return entry.ComputeHash(Key);
            });
            hashes.ShouldAllBe(h => h == entry.Hash);
            entry.CanonicalForm().ShouldContain("\n1234567\n2026-11-22T10:00:00.000000Z\nuser-1\nDisclose\nFamily\n1\nstatutory-disclosure\n");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void A_whole_chain_passes_and_counts_its_entries()
    {
        var checker = new ChainChecker(Key);
        Chain(10).ShouldAllBe(e => checker.Check(e));

        checker.Result().ShouldBe(new AccessLogVerification(true, 10, null, null));
    }

    [Fact]
    public void A_skipped_sequence_is_a_gap_at_the_missing_number()
    {
        var chain = Chain(5);
        var checker = new ChainChecker(Key);
        foreach (var entry in chain.Where(e => e.Sequence != 3))
        {
            checker.Check(entry);
        }

        checker.Result().ShouldBe(new AccessLogVerification(false, 2, 3, ChainBreak.Gap));
    }

    [Fact]
    public void An_entry_pointing_elsewhere_breaks_the_link()
    {
        var chain = Chain(3);
        var stray = AccessLogEntry.Create(4, chain[1].Hash, Noon, "user-1", AccessAction.View, "Family", "4", AccessPurposes.ClientWork, Key);
        var checker = new ChainChecker(Key);

        chain.Append(stray).Select(checker.Check).ToList().ShouldBe([true, true, true, false]);

        checker.Result().ShouldBe(new AccessLogVerification(false, 4, 4, ChainBreak.PreviousHashMismatch));
    }

    [Fact]
    public void A_changed_field_is_a_hash_mismatch_and_checking_stops_there()
    {
        var chain = Chain(4);
        typeof(AccessLogEntry).GetProperty(nameof(AccessLogEntry.RecordId))!.SetValue(chain[1], "other");
        var checker = new ChainChecker(Key);

        chain.Select(checker.Check).ToList().ShouldBe([true, false, false, false]);

        checker.Result().ShouldBe(new AccessLogVerification(false, 2, 2, ChainBreak.HashMismatch));
    }

    private static List<AccessLogEntry> Chain(int count)
    {
        var entries = new List<AccessLogEntry>();
        var previous = AccessLogEntry.GenesisHash;
        for (var i = 1; i <= count; i++)
        {
            var entry = AccessLogEntry.Create(i, previous, Noon.AddSeconds(i), "user-1", AccessAction.View, "Family", $"{i}", AccessPurposes.ClientWork, Key);
            entries.Add(entry);
            previous = entry.Hash;
        }

        return entries;
    }
}
