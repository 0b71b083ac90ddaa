using Shouldly;
using static Perhesilta.UnitTests.Text.SharedAnalyzer;

namespace Perhesilta.UnitTests.Text;

/// <summary>Finnish inflects and compounds: what a family writes must reach the same terms as the directory's words.</summary>
public sealed class FinnishTermsTests
{
    [Theory]
    [InlineData("mielenterveyspalveluihin", "mielenterveyspalvelut")]
    [InlineData("koulukiusaamista", "kiusaaminen")]
    [InlineData("ahdistunu", "ahdistus")]
    [InlineData("kouluun", "koulu")]
    [InlineData("neuvolassa", "neuvola")]
    [InlineData("perheneuvolaan", "perheneuvola")]
    [InlineData("päihteitä", "päihde")]
    [InlineData("lastensuojelusta", "lastensuojelu")]
    [InlineData("puheterapeutille", "puheterapia")]
    public void An_inflected_or_compound_word_shares_a_term_with_its_base_form(string written, string directoryWord)
    {
        Terms(written).Intersect(Terms(directoryWord)).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_compound_word_gives_its_base_form_and_its_parts()
    {
        var terms = Terms("mielenterveyspalveluihin");

        terms.ShouldContain("mielenterveyspalvelu");
        terms.ShouldContain("mielenterveys");
        terms.ShouldContain("palvelu");
        terms.ShouldContain("mieli");
        terms.ShouldContain("terveys");
    }

    [Fact]
    public void Inflected_forms_are_reduced_to_the_base_form_in_lower_case()
    {
        Terms("Perheneuvolaan").ShouldContain("perheneuvola");
        Terms("LASTENSUOJELUN").ShouldContain("lastensuojelu");
        Terms("Kempeleessä").ShouldContain("kempele");
    }

    [Theory]
    [InlineData("masennsu", "masennus")]
    [InlineData("ahdistuss", "ahdistus")]
    [InlineData("kiusaamnen", "kiusaaminen")]
    [InlineData("lastensuojleu", "lastensuojelu")]
    public void A_typo_reaches_the_word_meant_through_spelling_suggestions(string typo, string meant)
    {
        Terms(typo).Intersect(Terms(meant)).ShouldNotBeEmpty();
    }

    [Fact]
    public void An_unknown_word_without_suggestions_is_kept_as_written()
    {
        Terms("xqzzyw").ShouldBe(["xqzzyw"]);
    }

    [Fact]
    public void Finnish_stop_words_give_no_terms()
    {
        Terms("ja että mutta kun se on").ShouldBeEmpty();
        Terms("poika ei halua mennä kouluun").ShouldContain("koulu");
        Terms("poika ei halua mennä kouluun").ShouldNotContain("ei");
    }
}
