using Shouldly;
using static Perhesilta.UnitTests.Text.SharedAnalyzer;

namespace Perhesilta.UnitTests.Text;

/// <summary>Swedish and English are stemmed with Snowball; every language drops its stop words.</summary>
public sealed class OtherLanguagesTests
{
    [Theory]
    [InlineData("skolorna", "skolor")]
    [InlineData("föräldrarna", "föräldrar")]
    [InlineData("mobbningen", "mobbning")]
    [InlineData("familjerådgivningens", "familjerådgivning")]
    public void Swedish_inflected_forms_meet_their_base_form(string written, string baseForm)
    {
        Terms(written, "sv").ShouldBe(Terms(baseForm, "sv"));
    }

    [Theory]
    [InlineData("cries", "crying")]
    [InlineData("parents", "parenting")]
    [InlineData("services", "service")]
    [InlineData("bullied", "bullying")]
    public void English_inflected_forms_meet_their_stem(string written, string other)
    {
        Terms(written, "en").ShouldBe(Terms(other, "en"));
    }

    [Fact]
    public void Swedish_and_English_stop_words_give_no_terms()
    {
        Terms("och att det är en", "sv").ShouldBeEmpty();
        Terms("the and of is a", "en").ShouldBeEmpty();
    }

    [Fact]
    public void The_language_may_be_given_as_a_culture_name()
    {
        Terms("mobbningen", "sv-FI").ShouldBe(Terms("mobbning", "sv"));
    }

    [Fact]
    public void An_unsupported_language_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Terms("hello", "de"));
    }
}
