using System.Text.Json;
using Perhesilta.Platform.Text;
using Shouldly;
using static Perhesilta.UnitTests.Text.SharedAnalyzer;

namespace Perhesilta.UnitTests.Text;

/// <summary>The everyday-language layer: how families write, mapped to the directory's words and the taxonomy.</summary>
public sealed class EverydayWordsTests
{
    [Theory]
    [InlineData("ahistaa", "fi", "ahdistus", "mood-anxiety")]
    [InlineData("poikaa ahdistaa", "fi", "ahdistus", "mood-anxiety")]
    [InlineData("tyttö on ihan masis", "fi", "masennus", "mood-anxiety")]
    [InlineData("meidän lasta kiusataan", "fi", "kiusaaminen", "school-bullying")]
    [InlineData("han blir mobbad i skolan", "sv", "mobbning", "school-bullying")]
    [InlineData("we are splitting up", "en", "divorce", "relationship-divorce")]
    [InlineData("aiotaan erota", "fi", "ero", "relationship-divorce")]
    [InlineData("mies juo liikaa", "fi", "päihde", "substance-use")]
    [InlineData("isä joi liikaa eilen", "fi", "päihde", "substance-use")]
    [InlineData("vi ska skiljas", "sv", "skilsmässa", "relationship-divorce")]
    [InlineData("my baby cries all night", "en", "sleep", "daily-life-baby")]
    [InlineData("poika ei halua mennä kouluun", "fi", "poissaolo", "school-bullying")]
    public void Everyday_words_reach_the_directory_terms_and_topics(string text, string language, string directoryWord, string topic)
    {
        var analysis = Analyzer.Analyze(text, language);

        analysis.Terms.ShouldContain(Analyzer.Analyze(directoryWord, language, everyday: false).Terms[0]);
        analysis.Topics.ShouldContain(topic);
    }

    [Fact]
    public void A_phrase_in_another_language_adds_the_terms_of_the_language_searched()
    {
        var analysis = Analyzer.Analyze("vi ska skiljas", "fi");

        analysis.Terms.ShouldContain("ero");
        analysis.Topics.ShouldContain("relationship-divorce");
        analysis.Everyday.ShouldContain(m => m.Concept == "separation");
    }

    [Fact]
    public void A_match_names_the_phrase_and_concept_for_explaining_a_result()
    {
        var match = Analyzer.Analyze("ahistaa", "fi").Everyday.ShouldHaveSingleItem();

        match.Phrase.ShouldBe("ahistaa");
        match.Concept.ShouldBe("anxiety");
        match.Terms.ShouldContain("ahdistus");
    }

    [Fact]
    public void A_multi_word_phrase_needs_its_words_together_and_in_order()
    {
        Analyzer.Analyze("liikaa hän ei juo", "fi").Everyday.ShouldNotContain(m => m.Phrase == "juo liikaa");
        Analyzer.Analyze("juo tänään liikaa", "fi").Everyday.ShouldNotContain(m => m.Phrase == "juo liikaa");
    }

    [Fact]
    public void Without_the_everyday_layer_only_the_text_s_own_terms_remain()
    {
        var analysis = Analyzer.Analyze("ahdistus", TextLanguage.Finnish, everyday: false);

        analysis.Everyday.ShouldBeEmpty();
        analysis.Topics.ShouldBeEmpty();
        analysis.Terms.ShouldBe(["ahdistus", "ahdistaa"]);
    }

    [Fact]
    public void The_layer_has_at_least_150_phrases_and_uses_only_codes_of_the_taxonomy()
    {
        var concepts = EverydayWords.Load();
        using var taxonomy = JsonDocument.Parse(File.ReadAllText(TaxonomyPath()));
        var topics = taxonomy.RootElement.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("code").GetString()).ToHashSet();
        var serviceTypes = taxonomy.RootElement.GetProperty("serviceTypes").EnumerateArray().Select(t => t.GetProperty("code").GetString()).ToHashSet();

        concepts.Sum(c => c.Phrases.Values.Sum(p => p.Count)).ShouldBeGreaterThanOrEqualTo(150);
        concepts.SelectMany(c => c.Topics).Where(t => !topics.Contains(t)).ShouldBeEmpty();
        concepts.SelectMany(c => c.ServiceTypes).Where(t => !serviceTypes.Contains(t)).ShouldBeEmpty();
        concepts.Select(c => c.Id).ShouldBeUnique();
        concepts.ShouldAllBe(c => c.Terms.ContainsKey("fi") && c.Terms.ContainsKey("sv") && c.Terms.ContainsKey("en"));
    }

    private static string TaxonomyPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Perhesilta.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "src", "Perhesilta.Web", "Reference", "taxonomy.json");
    }
}
