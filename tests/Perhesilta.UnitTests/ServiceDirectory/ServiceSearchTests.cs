using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Features.ServiceDirectory.Search;
using Perhesilta.UnitTests.Text;
using Shouldly;
using static Perhesilta.UnitTests.ServiceDirectory.DemoSearch;

namespace Perhesilta.UnitTests.ServiceDirectory;

/// <summary>The search's ranking over the demo directory: Finnish forms, everyday words, other languages, filters and reasons.</summary>
public sealed class ServiceSearchTests
{
    [Theory]
    [InlineData("mielenterveyspalveluihin", "mielenterveyspalvelut", "child-youth-mental-health")]
    [InlineData("koulukiusaamista", "kiusaaminen", "school-social-worker")]
    [InlineData("ahdistunu", "ahdistus", "child-youth-mental-health")]
    public void An_inflected_compound_or_misspelt_Finnish_word_finds_what_its_base_form_finds(string written, string baseForm, string type)
    {
        var found = Types(Search(written, ages: [14], limit: 3));
        var byBaseForm = Types(Search(baseForm, ages: [14], limit: 3));

        found.ShouldContain(type);
        byBaseForm.ShouldContain(type);
    }

    [Fact]
    public void A_Swedish_need_in_everyday_words_finds_separation_services_named_in_Swedish()
    {
        var hits = Search("vi ska skiljas", "sv", "564", ages: [6], limit: 3);

        Types(hits).ShouldContain(t => t == "child-custody-officer" || t == "family-mediation");
        hits[0].Name.ShouldBe(DemoDirectory.Services.Single(s => s.Id == hits[0].ServiceId).Name.Sv);
    }

    [Fact]
    public void An_English_need_finds_the_child_health_clinic_named_in_English()
    {
        var hits = Search("my baby cries all night", "en", "425", ages: [0], limit: 3);

        Types(hits).ShouldContain("child-health-clinic");
        hits.ShouldContain(h => h.Name.StartsWith("Child health clinic", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("anxeity", "anxiety", "en")]
    [InlineData("speach", "speech", "en")]
    [InlineData("mobbningg", "mobbning", "sv")]
    [InlineData("skilsmäsa", "skilsmässa", "sv")]
    public void A_typo_in_Swedish_or_English_finds_what_the_word_spelt_right_finds(string typo, string right, string language)
    {
        var hits = Search(typo, language, ages: [8], limit: 3);

        hits.ShouldNotBeEmpty();
        hits.Select(h => h.ServiceId).ShouldBe(Search(right, language, ages: [8], limit: 3).Select(h => h.ServiceId));
    }

    [Theory]
    [InlineData("my son has anxeity", "en", "anxiety → Basic-level mental health services for children and young people")]
    [InlineData("vi ska ta skilsmäsa", "sv", "skilsmässa → Barnatillsyningsman")]
    public void A_typo_of_an_everyday_word_still_leads_to_its_services(string text, string language, string reason)
    {
        var hits = Search(text, language, ages: [12], limit: 3);

        hits.SelectMany(h => h.Reasons).ShouldContain(reason);
    }

    [Theory]
    [InlineData("ahdistus", "fi")]
    [InlineData("vi ska skiljas", "sv")]
    [InlineData("my baby cries all night", "en")]
    [InlineData("velat ja ulosotto", "fi")]
    [InlineData("perhe", "fi")]
    public void A_service_that_does_not_serve_the_municipality_or_the_age_never_appears(string text, string language)
    {
        foreach (var municipality in Municipalities.Select(m => m.Code))
        {
            foreach (var age in new[] { 0, 5, 15, 40 })
            {
                var hits = Search(text, language, municipality, ages: [age], limit: 50);
                foreach (var hit in hits)
                {
                    var service = DemoDirectory.Services.Single(s => s.Id == hit.ServiceId);
                    hit.Municipalities.ShouldContain(municipality);
                    service.Municipalities.Select(m => m.MunicipalityCode).ShouldContain(municipality);
                    age.ShouldBeInRange(service.MinAge, service.MaxAge);
                }
            }
        }
    }

    [Fact]
    public void A_service_fits_when_it_serves_any_of_the_childrens_ages()
    {
        var hits = Search("terveydenhoitaja", ages: [0, 15], limit: 50);

        Types(hits).ShouldContain("maternity-clinic");
        Types(hits).ShouldContain("school-health");
        Search("terveydenhoitaja", ages: [15], limit: 50).ShouldNotContain(h => h.ServiceTypes.Contains("maternity-clinic"));
    }

    [Fact]
    public void Reasons_say_which_everyday_word_led_where_whom_the_service_serves_and_its_ages()
    {
        var hit = Search("mua ahistaa koulus", municipality: "244", ages: [14], limit: 3)
            .First(h => h.ServiceTypes.Contains("child-youth-mental-health"));

        hit.Reasons.ShouldContain("ahistaa → Lasten ja nuorten perustason mielenterveyspalvelut");
        hit.Reasons.ShouldContain("Palvelee: Kempele");
        hit.Reasons.ShouldContain("Ikä 0–17 v");
    }

    [Fact]
    public void Reasons_are_in_the_language_of_the_query()
    {
        var swedish = Search("vi ska skiljas", "sv", "564", ages: [6], limit: 1).Single();
        var english = Search("my baby cries all night", "en", "564", ages: [0], limit: 1).Single();

        swedish.Reasons.ShouldContain("Betjänar: Uleåborg");
        swedish.Reasons.ShouldContain(r => r.StartsWith("Ålder ", StringComparison.Ordinal));
        english.Reasons.ShouldContain("Serves: Oulu");
        english.Reasons.ShouldContain(r => r.StartsWith("Ages ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_guide_reads_the_names_and_reasons_in_their_own_language_when_the_family_wrote_in_another()
    {
        var query = new ServiceSearchQuery("vi ska skiljas", "sv", "564", [6], [], 1, AnswerLanguage: "fi");

        var hit = DemoSearch.Search(query).Single();

        hit.Name.ShouldBe(DemoDirectory.Services.Single(s => s.Id == hit.ServiceId).Name.Fi);
        hit.Reasons.ShouldContain("Palvelee: Oulu");
        hit.Reasons.ShouldContain(r => r.StartsWith("Ikä ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chosen_topic_alone_finds_its_first_service_type_with_the_topic_as_the_reason()
    {
        var hits = Search(null, municipality: "305", ages: [10], topics: ["mood-anxiety"], limit: 3);

        hits[0].ServiceTypes.ShouldContain("child-youth-mental-health");
        hits[0].Reasons.ShouldContain("Lapsen tai nuoren mieliala, ahdistus tai pelot → Lasten ja nuorten perustason mielenterveyspalvelut");
    }

    [Fact]
    public void Hits_come_best_first_up_to_the_limit()
    {
        var hits = Search("lapsi ei nuku ja itkee paljon", ages: [1], limit: 5);

        hits.Count.ShouldBe(5);
        hits.Select(h => h.Score).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void Of_two_equal_services_the_one_of_the_municipality_comes_before_the_county_wide_one()
    {
        var local = Service("Perhekahvila", ["564"]);
        var countyWide = Service("Perhekahvila", [.. Municipalities.Select(m => m.Code)]);
        var source = new SearchSource([countyWide, local], new Dictionary<string, LocalizedText>(), new Dictionary<string, LocalizedText>(),
            new Dictionary<string, LocalizedText>(), new Dictionary<string, IReadOnlyList<string>>());
        var ranking = new ServiceRanking(SharedAnalyzer.Analyzer, new Dictionary<string, Platform.Text.EverydayConcept>());

        var hits = ranking.Rank(new SearchIndex(source, SharedAnalyzer.Analyzer), new ServiceSearchQuery("perhekahvila", "fi", "564", [], [], 2), Wording("fi"));

        hits.Select(h => h.ServiceId).ShouldBe([local.Id, countyWide.Id]);
    }

    private static SearchableService Service(string name, IReadOnlyList<string> municipalities) =>
        new(Guid.NewGuid(), LocalizedText.Of(name), LocalizedText.Of(name), new LocalizedText(), ["family-meeting-place"], municipalities, 0, 6);

    private static List<string> Types(IEnumerable<ServiceSearchHit> hits) => [.. hits.SelectMany(h => h.ServiceTypes).Distinct()];
}
