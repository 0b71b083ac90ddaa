using System.Text;
using Perhesilta.Platform.Text;
using Shouldly;
using static Perhesilta.UnitTests.Text.SharedAnalyzer;

namespace Perhesilta.UnitTests.Text;

/// <summary>Whatever is typed or pasted, analysis answers, and many requests at once get the same answers.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Emoji_and_control_characters_separate_words()
    {
        Terms("😢ahdistus\u0000😡\u0007kiusaaminen\t\r\n👨‍👩‍👧").ShouldBe([.. Terms("ahdistus kiusaaminen")]);
    }

    [Fact]
    public void A_lone_surrogate_is_ignored()
    {
        Terms("ahdistus\uD83D koulu\uDE00").ShouldBe([.. Terms("ahdistus koulu")]);
    }

    [Fact]
    public void Empty_and_punctuation_only_text_has_no_terms()
    {
        Terms("").ShouldBeEmpty();
        Terms("   ?!… -- ").ShouldBeEmpty();
    }

    [Fact]
    public void Decomposed_letters_are_composed_before_analysis()
    {
        Terms("pa\u0308ihde").ShouldBe(Terms("päihde"));
    }

    [Fact]
    public void Text_of_ten_thousand_characters_is_analysed()
    {
        var text = new StringBuilder();
        var words = new[] { "lapsi", "ahdistaa", "koulussa", "kiusataan", "😢", "xqzv", "mielenterveyspalveluihin", "ja" };
        for (var i = 0; text.Length < 10_000; i++)
        {
            text.Append(words[i % words.Length]).Append(' ');
        }

        var terms = Terms(text.ToString()[..10_000]);

        terms.ShouldContain("mielenterveyspalvelu");
        terms.ShouldContain("kiusata");
        terms.ShouldBeUnique();
    }

    [Fact]
    public void Only_the_first_unknown_words_of_a_text_are_spelled_and_the_rest_later_in_a_shorter_text()
    {
        using var fresh = new TextAnalyzer(new Voikko(1), EverydayWords.Load());
        var gibberish = string.Join(' ', Enumerable.Range(0, TextAnalyzer.SpellingLookupsPerText).Select(i => $"qzx{i}qzx"));

        fresh.Terms(gibberish + " lastensuojleu", "fi").ShouldNotContain("lastensuojelu");
        fresh.Terms("lastensuojleu", "fi").ShouldContain("lastensuojelu");
    }

    [Fact]
    public void Without_a_dictionary_Voikko_refuses_to_start_and_says_what_to_install()
    {
        var error = Should.Throw<InvalidOperationException>(() => new Voikko(2, "xx"));

        error.Message.ShouldContain("apt-get install -y libvoikko1 voikko-fi");
    }

    [Fact]
    public void A_word_longer_than_any_real_word_is_kept_without_analysis()
    {
        var word = new string('a', 500);

        Terms(word).ShouldBe([word]);
    }

    [Fact]
    public void Many_threads_analysing_at_once_get_the_same_terms()
    {
        var texts = new[]
        {
            ("mielenterveyspalveluihin pääsee", "fi"), ("koulukiusaamista joka päivä", "fi"), ("ahdistunu ja väsyny", "fi"),
            ("vi ska skiljas", "sv"), ("my baby cries all night", "en"), ("isä juo liikaa", "fi"), ("lastensuojleu", "fi"),
        };
        var expected = texts.Select(t => string.Join(' ', Terms(t.Item1, t.Item2))).ToArray();

        // A fresh analyzer with an empty cache and two Voikko handles for sixteen threads: the handles are contended.
        using var fresh = new TextAnalyzer(new Voikko(2), EverydayWords.Load());
        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var (text, language) = texts[i % texts.Length];
            results[i] = string.Join(' ', fresh.Terms(text, language));
        });

        for (var i = 0; i < results.Length; i++)
        {
            results[i].ShouldBe(expected[i % texts.Length]);
        }
    }
}
