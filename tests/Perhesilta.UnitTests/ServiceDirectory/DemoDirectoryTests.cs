using Perhesilta.Features.Demo;
using Perhesilta.Features.ServiceDirectory;
using Shouldly;

namespace Perhesilta.UnitTests.ServiceDirectory;

/// <summary>
/// The demo directory keeps the promise of issue 5: every service type of the taxonomy is available to every one of
/// the 30 municipalities, at every age the type serves, in Finnish, Swedish and English, with fictional contacts.
/// </summary>
public sealed class DemoDirectoryTests
{
    private static DemoDirectoryBuilder.Built Demo => DemoSearch.DemoDirectory;

    [Fact]
    public void Every_service_type_is_available_to_every_municipality_at_every_age_it_serves()
    {
        var missing = new List<string>();
        foreach (var type in DemoSearch.ServiceTypes.Values)
        {
            foreach (var municipality in DemoSearch.Municipalities)
            {
                for (var age = type.MinAge; age <= type.MaxAge; age++)
                {
                    var serving = Demo.Services.Any(s => s.Status == ServiceStatus.Active
                        && s.ServiceTypes.Any(t => t.ServiceTypeCode == type.Code)
                        && s.Municipalities.Any(m => m.MunicipalityCode == municipality.Code)
                        && s.MinAge <= age && age <= s.MaxAge);
                    if (!serving)
                    {
                        missing.Add($"{type.Code} in {municipality.NameFi} at {age}");
                    }
                }
            }
        }

        missing.ShouldBeEmpty();
        DemoSearch.ServiceTypes.Count.ShouldBe(33);
        DemoSearch.Municipalities.Count.ShouldBe(30);
    }

    [Fact]
    public void Every_service_organisation_and_location_has_its_texts_in_Finnish_Swedish_and_English()
    {
        foreach (var service in Demo.Services)
        {
            foreach (var text in new[] { service.Name, service.Description, service.Eligibility, service.ApplicationProcess })
            {
                new[] { text.Fi, text.Sv, text.En }.ShouldAllBe(t => !string.IsNullOrWhiteSpace(t) && !t.Contains('{'), service.Name.Fi);
            }
        }

        Demo.Organizations.ShouldAllBe(o => !string.IsNullOrWhiteSpace(o.Name.Sv) && !string.IsNullOrWhiteSpace(o.Name.En) && !o.Name.Fi!.Contains('{'));
        Demo.Locations.ShouldAllBe(l => !string.IsNullOrWhiteSpace(l.Name.Sv) && !string.IsNullOrWhiteSpace(l.Name.En));
    }

    [Fact]
    public void The_county_municipalities_NGOs_parishes_and_the_state_all_provide_services()
    {
        Demo.Services.Select(s => s.Organization!.Kind).Distinct().Order()
            .ShouldBe([OrganizationKind.County, OrganizationKind.Municipality, OrganizationKind.Ngo, OrganizationKind.Parish, OrganizationKind.State]);
        Demo.Organizations.Count(o => o.Kind == OrganizationKind.Municipality).ShouldBe(30);
        Demo.Organizations.Single(o => o.MunicipalityCode == "564").Name.Fi.ShouldBe("Oulun kaupunki");
        Demo.Organizations.Single(o => o.MunicipalityCode == "244").Name.Sv.ShouldBe("Kempele kommun");
    }

    [Fact]
    public void A_service_is_given_in_a_municipality_it_serves_at_a_fictional_address()
    {
        foreach (var service in Demo.Services)
        {
            var location = Demo.Locations.Single(l => l.Id == service.Locations.Single().LocationId);
            service.Municipalities.Select(m => m.MunicipalityCode).ShouldContain(location.MunicipalityCode, service.Name.Fi);
            location.StreetAddress.ShouldMatch(@"^\p{L}+ \d+$");
            location.PostalCode.ShouldMatch(@"^\d{5}$");
        }
    }

    [Fact]
    public void Contacts_are_fictional_web_and_e_mail_addresses_and_no_phone_numbers()
    {
        Demo.Services.ShouldAllBe(s => s.Phone == null && s.Email!.EndsWith(".example", StringComparison.Ordinal) && s.Website!.StartsWith("https://", StringComparison.Ordinal));
        Demo.Services.ShouldAllBe(s => new Uri(s.Website!).Host.EndsWith(".example", StringComparison.Ordinal));
        Demo.Organizations.ShouldAllBe(o => o.Phone == null && o.Email!.EndsWith(".example", StringComparison.Ordinal));
    }

    [Fact]
    public void Access_and_ages_follow_the_taxonomy()
    {
        foreach (var service in Demo.Services)
        {
            var type = DemoSearch.ServiceTypes[service.ServiceTypes[0].ServiceTypeCode];
            service.Access.ShouldBe(type.Access == "referral" ? ServiceAccess.Referral : ServiceAccess.Self, service.Name.Fi);
            service.MinAge.ShouldBeGreaterThanOrEqualTo(type.MinAge);
            service.MaxAge.ShouldBeLessThanOrEqualTo(DirectoryLimits.MaxAge);
        }
    }

    [Fact]
    public void Opening_hours_are_weekly_rows_and_a_few_holiday_exceptions_that_are_valid()
    {
        foreach (var service in Demo.Services)
        {
            service.OpeningHours.Where(h => !h.IsException).ShouldNotBeEmpty(service.Name.Fi);
            service.OpeningHours.ShouldAllBe(h => (h.Weekday == null) != (h.ValidFrom == null));
            service.OpeningHours.ShouldAllBe(h => h.IsClosed || (h.OpensAt != null && h.ClosesAt != null && h.OpensAt < h.ClosesAt));
            service.OpeningHours.Where(h => h.IsException).ShouldAllBe(h => h.ValidTo >= h.ValidFrom && h.ValidFrom >= DemoSearch.Today);
        }

        Demo.Services.Count(s => s.OpeningHours.Any(h => h.IsException)).ShouldBeGreaterThan(Demo.Services.Count / 2);
    }

    [Fact]
    public void Some_information_is_over_a_year_old_so_that_the_stale_list_shows_something_and_none_is_from_the_future()
    {
        var yearAgo = DemoSearch.Today.AddMonths(-DirectoryLimits.StaleAfterMonths);
        Demo.Services.Count(s => s.CheckedOn < yearAgo).ShouldBeInRange(Demo.Services.Count / 20, Demo.Services.Count / 5);
        Demo.Services.ShouldAllBe(s => s.CheckedOn <= DemoSearch.Today);
    }
}
