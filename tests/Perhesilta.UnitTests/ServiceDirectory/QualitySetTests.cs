using System.Text.Json;
using System.Text.RegularExpressions;
using Perhesilta.UnitTests.Infrastructure;
using Shouldly;

namespace Perhesilta.UnitTests.ServiceDirectory;

/// <summary>
/// The labelled need descriptions that the directory's search quality is measured against
/// (bench/directory-quality/needs.json). A benchmark is only as good as its labels, so the set is checked against the
/// taxonomy and the municipalities the application ships, and for the coverage it promises.
/// </summary>
public sealed partial class QualitySetTests
{
    private static readonly string[] Languages = ["fi", "sv", "en"];
    private static readonly JsonElement Taxonomy = ReadJson("src", "Perhesilta.Web", "Reference", "taxonomy.json");
    private static readonly JsonElement Municipalities = ReadJson("src", "Perhesilta.Web", "Reference", "municipalities.json");
    private static readonly IReadOnlyList<Need> Needs =
        [.. ReadJson("bench", "directory-quality", "needs.json").EnumerateArray().Select(Need.From)];

    private static readonly IReadOnlyDictionary<string, (int From, int To)> ServiceTypeAges = Taxonomy
        .GetProperty("serviceTypes").EnumerateArray()
        .ToDictionary(
            t => t.GetProperty("code").GetString()!,
            t => (t.GetProperty("ages")[0].GetInt32(), t.GetProperty("ages")[1].GetInt32()));

    private static readonly IReadOnlyList<string> TopicCodes =
        [.. Taxonomy.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("code").GetString()!)];

    [Fact]
    public void The_set_has_at_least_150_needs_with_unique_ids_and_a_text_each()
    {
        Needs.Count.ShouldBeGreaterThanOrEqualTo(150);
        Needs.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count().ShouldBe(Needs.Count);
        Needs.Where(n => string.IsNullOrWhiteSpace(n.Id) || string.IsNullOrWhiteSpace(n.Text)).ShouldBeEmpty();
        Needs.Select(n => n.Text.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count()
            .ShouldBe(Needs.Count, "the same need twice would weigh double in hit@k");
    }

    [Fact]
    public void Every_need_is_in_Finnish_Swedish_or_English_with_at_least_30_in_Swedish_and_in_English()
    {
        Needs.Where(n => !Languages.Contains(n.Language)).Select(n => n.Id).ShouldBeEmpty();
        Needs.Count(n => n.Language == "sv").ShouldBeGreaterThanOrEqualTo(30);
        Needs.Count(n => n.Language == "en").ShouldBeGreaterThanOrEqualTo(30);
        Needs.Count(n => n.Language == "fi").ShouldBeGreaterThan(Needs.Count / 2, "the county is Finnish-speaking");
    }

    [Fact]
    public void Every_need_is_in_a_municipality_of_the_county_and_the_set_reaches_all_30()
    {
        var codes = Municipalities.GetProperty("municipalities").EnumerateArray()
            .Select(m => m.GetProperty("code").GetString()!).ToHashSet(StringComparer.Ordinal);

        Needs.Where(n => !codes.Contains(n.Municipality)).Select(n => $"{n.Id}: {n.Municipality}").ShouldBeEmpty();
        Needs.Select(n => n.Municipality).Distinct(StringComparer.Ordinal).Count().ShouldBe(codes.Count);
    }

    [Fact]
    public void Every_child_age_is_between_0_and_25_or_not_given()
    {
        Needs.Where(n => n.ChildAge is < 0 or > 25).Select(n => n.Id).ShouldBeEmpty();
    }

    [Fact]
    public void Every_need_expects_one_to_four_distinct_service_types_of_the_taxonomy()
    {
        foreach (var need in Needs)
        {
            need.ExpectedServiceTypes.Count.ShouldBeInRange(1, 4, need.Id);
            need.ExpectedServiceTypes.Distinct(StringComparer.Ordinal).Count().ShouldBe(need.ExpectedServiceTypes.Count, need.Id);
            need.ExpectedServiceTypes.Where(t => !ServiceTypeAges.ContainsKey(t)).ShouldBeEmpty($"unknown service types in {need.Id}");
        }
    }

    [Fact]
    public void Every_need_has_topics_of_the_taxonomy()
    {
        foreach (var need in Needs)
        {
            need.Topics.ShouldNotBeEmpty(need.Id);
            need.Topics.Distinct(StringComparer.Ordinal).Count().ShouldBe(need.Topics.Count, need.Id);
            need.Topics.Where(t => !TopicCodes.Contains(t)).ShouldBeEmpty($"unknown topics in {need.Id}");
        }
    }

    [Fact]
    public void Every_expected_service_type_serves_the_child_age_so_that_an_age_filtered_search_can_find_it()
    {
        // The search never shows a service outside its age range, so an expected answer outside it would count as
        // a miss that no search could avoid.
        var outside = Needs
            .Where(n => n.ChildAge is not null)
            .SelectMany(n => n.ExpectedServiceTypes
                .Where(t => ServiceTypeAges.TryGetValue(t, out var ages) && (n.ChildAge < ages.From || n.ChildAge > ages.To))
                .Select(t => $"{n.Id}: {t} does not serve age {n.ChildAge}"));

        outside.ShouldBeEmpty();
    }

    [Fact]
    public void Every_topic_occurs_at_least_three_times_and_every_service_type_is_expected_at_least_twice()
    {
        var topics = Needs.SelectMany(n => n.Topics).CountBy(t => t).ToDictionary(StringComparer.Ordinal);
        var serviceTypes = Needs.SelectMany(n => n.ExpectedServiceTypes).CountBy(t => t).ToDictionary(StringComparer.Ordinal);

        TopicCodes.Where(t => topics.GetValueOrDefault(t) < 3).ShouldBeEmpty("topics covered fewer than three times");
        ServiceTypeAges.Keys.Where(t => serviceTypes.GetValueOrDefault(t) < 2).ShouldBeEmpty("service types expected fewer than twice");
    }

    [Fact]
    public void The_needs_hold_no_phone_numbers_identity_codes_or_e_mail_addresses()
    {
        Needs.Where(n => PersonalData().IsMatch(n.Text)).Select(n => n.Id).ShouldBeEmpty();
    }

    private static JsonElement ReadJson(params string[] path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine([RepositoryFiles.Root, .. path])));
        return document.RootElement.Clone();
    }

    // A Finnish personal identity code (ddmmyy, century sign, individual number, check character), a run of seven
    // or more digits (a phone number, possibly spaced or hyphenated) or an e-mail address.
    [GeneratedRegex(@"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]|\+?\d(?:[\s-]?\d){6,}|\S+@\S+\.\S+")]
    private static partial Regex PersonalData();

    private sealed record Need(
        string Id,
        string Language,
        string Text,
        string Municipality,
        int? ChildAge,
        IReadOnlyList<string> ExpectedServiceTypes,
        IReadOnlyList<string> Topics)
    {
        public static Need From(JsonElement e) => new(
            e.GetProperty("id").GetString()!,
            e.GetProperty("language").GetString()!,
            e.GetProperty("text").GetString()!,
            e.GetProperty("municipality").GetString()!,
            e.GetProperty("childAge").ValueKind == JsonValueKind.Null ? null : e.GetProperty("childAge").GetInt32(),
            [.. e.GetProperty("expectedServiceTypes").EnumerateArray().Select(t => t.GetString()!)],
            [.. e.GetProperty("topics").EnumerateArray().Select(t => t.GetString()!)]);
    }
}
