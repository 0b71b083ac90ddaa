using System.Text.Json;
using Shouldly;

namespace Perhesilta.UnitTests.Reference;

/// <summary>
/// The county's reference data as shipped inside the application: the 30 municipalities and their areas, and the
/// fixed topic and service-type vocabulary. Read here independently of the seeder, straight from the embedded files.
/// </summary>
public sealed class ReferenceFilesTests
{
    private static readonly JsonElement Municipalities = Embedded("municipalities.json");
    private static readonly JsonElement Taxonomy = Embedded("taxonomy.json");

    [Fact]
    public void The_county_has_30_municipalities_each_in_a_known_area()
    {
        var areas = Codes(Municipalities.GetProperty("areas"));
        var municipalities = Municipalities.GetProperty("municipalities").EnumerateArray().ToList();

        municipalities.Count.ShouldBe(30);
        Codes(Municipalities.GetProperty("municipalities")).Distinct().Count().ShouldBe(30);
        foreach (var municipality in municipalities)
        {
            var code = municipality.GetProperty("code").GetString()!;
            code.Length.ShouldBe(3, "Statistics Finland municipality codes have three digits");
            code.All(char.IsAsciiDigit).ShouldBeTrue(code);
            municipality.GetProperty("fi").GetString().ShouldNotBeNullOrWhiteSpace();
            areas.ShouldContain(municipality.GetProperty("area").GetString()!, $"the area of municipality {code}");
        }
    }

    [Fact]
    public void Every_area_has_a_unique_code_a_name_in_three_languages_and_at_least_one_municipality()
    {
        var areas = Municipalities.GetProperty("areas").EnumerateArray().ToList();
        var used = Municipalities.GetProperty("municipalities").EnumerateArray().Select(m => m.GetProperty("area").GetString()).ToHashSet();

        Codes(Municipalities.GetProperty("areas")).Distinct().Count().ShouldBe(areas.Count);
        foreach (var area in areas)
        {
            ShouldHaveNames(area);
            used.ShouldContain(area.GetProperty("code").GetString());
        }
    }

    [Fact]
    public void Municipality_groups_name_only_municipalities_of_the_county()
    {
        var municipalities = Codes(Municipalities.GetProperty("municipalities")).ToHashSet();
        foreach (var group in Municipalities.GetProperty("groups").EnumerateArray())
        {
            foreach (var code in group.GetProperty("municipalities").EnumerateArray())
            {
                municipalities.ShouldContain(code.GetString()!);
            }
        }
    }

    [Fact]
    public void The_vocabulary_has_20_topics_and_33_service_types_with_unique_codes_and_names_in_three_languages()
    {
        var topics = Taxonomy.GetProperty("topics").EnumerateArray().ToList();
        var serviceTypes = Taxonomy.GetProperty("serviceTypes").EnumerateArray().ToList();

        topics.Count.ShouldBe(20);
        serviceTypes.Count.ShouldBe(33);
        Codes(Taxonomy.GetProperty("topics")).Distinct().Count().ShouldBe(20);
        Codes(Taxonomy.GetProperty("serviceTypes")).Distinct().Count().ShouldBe(33);
        foreach (var entry in topics.Concat(serviceTypes))
        {
            ShouldHaveNames(entry);
        }
    }

    [Fact]
    public void Every_service_type_names_its_provider_access_and_a_sensible_age_range()
    {
        foreach (var type in Taxonomy.GetProperty("serviceTypes").EnumerateArray())
        {
            var code = type.GetProperty("code").GetString();
            type.GetProperty("provider").GetString().ShouldNotBeNullOrWhiteSpace(code);
            type.GetProperty("access").GetString().ShouldNotBeNullOrWhiteSpace(code);
            if (type.TryGetProperty("ages", out var ages))
            {
                var range = ages.EnumerateArray().Select(a => a.GetInt32()).ToList();
                range.Count.ShouldBe(2, code);
                range[0].ShouldBeInRange(0, range[1], code);
            }
        }
    }

    [Fact]
    public void Every_code_in_the_topic_to_service_type_map_exists()
    {
        var topics = Codes(Taxonomy.GetProperty("topics")).ToHashSet();
        var serviceTypes = Codes(Taxonomy.GetProperty("serviceTypes")).ToHashSet();
        var map = Taxonomy.GetProperty("topicServiceTypes").EnumerateObject().ToList();

        map.Select(p => p.Name).ShouldBe(topics, ignoreOrder: true, "every topic should list the service types a guide would consider first");
        foreach (var topic in map)
        {
            var types = topic.Value.EnumerateArray().Select(t => t.GetString()!).ToList();
            types.ShouldNotBeEmpty(topic.Name);
            types.Distinct().Count().ShouldBe(types.Count, topic.Name);
            types.Where(t => !serviceTypes.Contains(t)).ShouldBeEmpty($"unknown service types for topic {topic.Name}");
        }
    }

    private static IEnumerable<string> Codes(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetProperty("code").GetString()!);

    private static void ShouldHaveNames(JsonElement entry)
    {
        var code = entry.GetProperty("code").GetString();
        code.ShouldNotBeNullOrWhiteSpace();
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            entry.GetProperty(language).GetString().ShouldNotBeNullOrWhiteSpace($"{code} in {language}");
        }
    }

    private static JsonElement Embedded(string file)
    {
        using var stream = typeof(Program).Assembly.GetManifestResourceStream("Perhesilta.Reference." + file)
            ?? throw new InvalidOperationException($"{file} is not embedded in Perhesilta.Web.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }
}
