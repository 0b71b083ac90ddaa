using Perhesilta.Features.ServiceDirectory;
using Shouldly;

namespace Perhesilta.UnitTests.ServiceDirectory;

public sealed class DirectoryRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static readonly DirectoryCodes Codes = new(
        new HashSet<string>(["564", "244"], StringComparer.Ordinal),
        new HashSet<string>(["family-counselling-clinic", "youth-station"], StringComparer.Ordinal));

    [Fact]
    public void A_complete_service_breaks_no_rule()
    {
        DirectoryRules.Check(Service(), Codes, Today).ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_codes_are_named_with_the_field_and_the_code()
    {
        var service = Service();
        service.ServiceTypes.Add(new DirectoryServiceType { ServiceTypeCode = "astrology" });
        service.Municipalities.Add(new DirectoryServiceArea { MunicipalityCode = "091" });

        var errors = DirectoryRules.Check(service, Codes, Today);

        errors.ShouldContain(new DirectoryError("ServiceTypes[1]", "UnknownServiceType", "astrology"), new ErrorComparer());
        errors.ShouldContain(new DirectoryError("Municipalities[1]", "UnknownMunicipality", "091"), new ErrorComparer());
    }

    [Theory]
    [InlineData(-1, 17, "MinAge", "AgeOutOfRange")]
    [InlineData(0, 121, "MaxAge", "AgeOutOfRange")]
    [InlineData(12, 7, "MaxAge", "AgesReversed")]
    public void Ages_stay_within_0_to_120_and_in_order(int min, int max, string field, string rule)
    {
        var service = Service();
        service.MinAge = min;
        service.MaxAge = max;

        var error = DirectoryRules.Check(service, Codes, Today).ShouldHaveSingleItem();

        (error.Field, error.Rule).ShouldBe((field, rule));
    }

    [Fact]
    public void Opening_hours_that_end_before_they_start_are_refused()
    {
        var service = Service();
        service.OpeningHours.Add(new OpeningHours { Weekday = 1, OpensAt = new TimeOnly(16, 0), ClosesAt = new TimeOnly(8, 0) });
        service.OpeningHours.Add(new OpeningHours { ValidFrom = new DateOnly(2026, 12, 24), ValidTo = new DateOnly(2026, 12, 23), IsClosed = true });

        var errors = DirectoryRules.Check(service, Codes, Today).Select(e => (e.Field, e.Rule)).ToList();

        errors.ShouldBe([("OpeningHours[0].ClosesAt", "HoursReversed"), ("OpeningHours[1].ValidTo", "DatesReversed")]);
    }

    [Fact]
    public void A_service_that_is_not_free_says_what_it_costs()
    {
        var service = Service();
        service.IsFree = false;

        DirectoryRules.Check(service, Codes, Today).Select(e => (e.Field, e.Rule)).ShouldBe([("Fees.Fi", "FinnishRequired")]);
    }

    [Fact]
    public void A_location_needs_a_finnish_postal_code_and_a_known_municipality()
    {
        var location = new DirectoryLocation
        {
            Name = LocalizedText.Of("Perhekeskus"),
            StreetAddress = "Kuvitteellinen katu 1",
            PostalCode = "9010",
            City = "Oulu",
            MunicipalityCode = "999",
        };

        DirectoryRules.Check(location, Codes, Today).Select(e => (e.Field, e.Rule))
            .ShouldBe([("PostalCode", "InvalidPostalCode"), ("MunicipalityCode", "UnknownMunicipality")]);
    }

    private static DirectoryService Service()
    {
        var service = new DirectoryService
        {
            Name = LocalizedText.Of("Perheneuvola", "Familjerådgivning", "Family counselling clinic"),
            Description = LocalizedText.Of("Apua kasvatukseen ja perheen ristiriitoihin."),
            MinAge = 0,
            MaxAge = 17,
            Email = "perheneuvola@hyvinvointialue.example",
            Website = "https://hyvinvointialue.example/perheneuvola",
            Phone = "+358 8 000 0000",
            Languages = ["fi", "sv"],
            CheckedOn = Today,
        };
        service.ServiceTypes.Add(new DirectoryServiceType { ServiceTypeCode = "family-counselling-clinic" });
        service.Municipalities.Add(new DirectoryServiceArea { MunicipalityCode = "564" });
        return service;
    }

    private sealed class ErrorComparer : IEqualityComparer<DirectoryError>
    {
        public bool Equals(DirectoryError? x, DirectoryError? y) =>
            x is not null && y is not null && x.Field == y.Field && x.Rule == y.Rule && x.Arguments.SequenceEqual(y.Arguments);

        public int GetHashCode(DirectoryError obj) => HashCode.Combine(obj.Field, obj.Rule);
    }
}
