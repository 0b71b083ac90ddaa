using System.Globalization;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>The names the HSDS records carry next to the codes: service types and municipalities, in Finnish.</summary>
public sealed record HsdsNames(IReadOnlyDictionary<string, string> ServiceTypes, IReadOnlyDictionary<string, string> Municipalities);

/// <summary>
/// Writes directory records as HSDS 3.0 objects. The main text fields (name, description …) are in
/// <paramref name="language"/> (Finnish unless the API is asked for another; a missing translation falls back to
/// Finnish); the texts in the other languages go along as attributes of the <see cref="HsdsVocabulary.Translations"/> taxonomy.
/// </summary>
public sealed class HsdsWriter(HsdsNames names, string language = HsdsVocabulary.MainLanguage)
{
    private static readonly string[] Weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] Languages = ["fi", "sv", "en"];

    public HsdsOrganization Organization(DirectoryOrganization o)
    {
        var attributes = new List<HsdsAttributeLink>
        {
            HsdsVocabulary.Attribute(o.Id, "organization", HsdsVocabulary.OrganizationKinds, KindCode(o.Kind), o.Kind.ToString()),
        };
        if (o.MunicipalityCode is { } municipality)
        {
            attributes.Add(HsdsVocabulary.Attribute(o.Id, "organization", HsdsVocabulary.Municipalities, municipality, names.Municipalities.GetValueOrDefault(municipality, municipality)));
        }

        Translate(attributes, o.Id, "organization", "name", o.Name);
        Translate(attributes, o.Id, "organization", "description", o.Description);
        return new HsdsOrganization
        {
            Id = HsdsVocabulary.Id(o.Id),
            Name = o.Name.In(language),
            Description = o.Description.In(language),
            Email = o.Email,
            Website = o.Website,
            Phones = o.Phone is null ? null : [new HsdsPhone { Id = Id(o.Id, "phone"), OrganizationId = HsdsVocabulary.Id(o.Id), Number = o.Phone }],
            Attributes = attributes,
        };
    }

    public HsdsLocation Location(DirectoryLocation l)
    {
        var attributes = new List<HsdsAttributeLink>();
        Translate(attributes, l.Id, "location", "name", l.Name);
        Translate(attributes, l.Id, "location", "description", l.Description);
        HsdsAccessibility? accessibility = null;
        if (!l.Accessibility.IsEmpty)
        {
            var accessibilityId = HsdsVocabulary.Derive(l.Id, "accessibility");
            var translations = new List<HsdsAttributeLink>();
            Translate(translations, accessibilityId, "accessibility", "description", l.Accessibility);
            accessibility = new HsdsAccessibility
            {
                Id = HsdsVocabulary.Id(accessibilityId),
                LocationId = HsdsVocabulary.Id(l.Id),
                Description = l.Accessibility.In(language),
                Attributes = NullIfEmpty(translations),
            };
        }

        return new HsdsLocation
        {
            Id = HsdsVocabulary.Id(l.Id),
            LocationType = "physical",
            OrganizationId = HsdsVocabulary.Id(l.OrganizationId),
            Name = l.Name.In(language),
            Description = Optional(l.Description),
            Latitude = l.Latitude,
            Longitude = l.Longitude,
            Addresses =
            [
                new HsdsAddress
                {
                    Id = Id(l.Id, "address"),
                    LocationId = HsdsVocabulary.Id(l.Id),
                    Address1 = l.StreetAddress,
                    City = l.City,
                    StateProvince = names.Municipalities.GetValueOrDefault(l.MunicipalityCode, l.MunicipalityCode),
                    PostalCode = l.PostalCode,
                    Country = "FI",
                    AddressType = "physical",
                },
            ],
            Accessibility = accessibility is null ? null : [accessibility],
            Attributes = NullIfEmpty(attributes),
        };
    }

    /// <summary>A service with its organisation and its locations nested, as the HSDS API's <c>/services/{id}</c> gives it.</summary>
    public HsdsService Service(DirectoryService s, DirectoryOrganization? organization, IReadOnlyDictionary<Guid, DirectoryLocation>? locations)
    {
        var id = HsdsVocabulary.Id(s.Id);
        var attributes = new List<HsdsAttributeLink>();
        foreach (var type in s.ServiceTypes.Select(t => t.ServiceTypeCode).Order(StringComparer.Ordinal))
        {
            attributes.Add(HsdsVocabulary.Attribute(s.Id, "service", HsdsVocabulary.ServiceTypes, type, names.ServiceTypes.GetValueOrDefault(type, type), language: HsdsVocabulary.MainLanguage));
        }

        attributes.Add(HsdsVocabulary.Attribute(s.Id, "service", HsdsVocabulary.Access, s.Access == ServiceAccess.Referral ? "referral" : "self", s.Access.ToString()));
        Translate(attributes, s.Id, "service", "name", s.Name);
        Translate(attributes, s.Id, "service", "description", s.Description);
        Translate(attributes, s.Id, "service", "eligibility_description", s.Eligibility);
        Translate(attributes, s.Id, "service", "application_process", s.ApplicationProcess);
        Translate(attributes, s.Id, "service", "fees_description", s.Fees);

        var hours = s.OpeningHours.OrderBy(h => h.LocationId).ThenBy(h => h.ValidFrom).ThenBy(h => h.Weekday).ThenBy(h => h.OpensAt).ToList();
        return new HsdsService
        {
            Id = id,
            OrganizationId = HsdsVocabulary.Id(s.OrganizationId),
            Name = s.Name.In(language),
            Description = s.Description.In(language),
            Url = s.Website,
            Email = s.Email,
            Status = StatusCode(s.Status),
            ApplicationProcess = Optional(s.ApplicationProcess),
            FeesDescription = Optional(s.Fees),
            EligibilityDescription = Optional(s.Eligibility),
            MinimumAge = s.MinAge,
            MaximumAge = s.MaxAge,
            AssuredDate = s.CheckedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            LastModified = DateTime.SpecifyKind(s.UpdatedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Phones = s.Phone is null ? null : [new HsdsPhone { Id = Id(s.Id, "phone"), ServiceId = id, Number = s.Phone }],
            Schedules = NullIfEmpty([.. hours.Where(h => h.LocationId is null).Select(h => Schedule(h, s.Id, null))]),
            ServiceAreas = [.. s.Municipalities.Select(m => m.MunicipalityCode).Order(StringComparer.Ordinal).Select(code => new HsdsServiceArea
            {
                Id = Id(s.Id, "service_area:" + code),
                ServiceId = id,
                Name = names.Municipalities.GetValueOrDefault(code, code),
                Extent = code,
                ExtentType = "text",
            })],
            ServiceAtLocations = NullIfEmpty([.. s.Locations.OrderBy(l => l.LocationId).Select(at => new HsdsServiceAtLocation
            {
                Id = HsdsVocabulary.Id(at.Id),
                ServiceId = id,
                LocationId = HsdsVocabulary.Id(at.LocationId),
                Schedules = NullIfEmpty([.. hours.Where(h => h.LocationId == at.LocationId).Select(h => Schedule(h, s.Id, at))]),
                Location = locations?.GetValueOrDefault(at.LocationId) is { } location ? Location(location) : null,
            })]),
            Languages = NullIfEmpty([.. s.Languages.Order(StringComparer.Ordinal).Select(code => new HsdsLanguage
            {
                Id = Id(s.Id, "language:" + code),
                ServiceId = id,
                Code = code,
                Name = LanguageName(code),
            })]),
            Organization = organization is null ? null : Organization(organization),
            CostOptions = s.IsFree ? [new HsdsCostOption { Id = Id(s.Id, "cost_option:free"), ServiceId = id, Option = "free", Amount = 0, Currency = "EUR" }] : null,
            Attributes = attributes,
        };
    }

    public static string StatusCode(ServiceStatus status) => status switch
    {
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        ServiceStatus.TemporarilyClosed => "temporarily closed",
        _ => "active",
    };

    public static string KindCode(OrganizationKind kind) => kind.ToString().ToLowerInvariant();

    public static string WeekdayCode(int weekday) => Weekdays[weekday - 1];

    public static int? WeekdayOf(string code) => Array.IndexOf(Weekdays, code.Trim().ToUpperInvariant()) is var i and >= 0 ? i + 1 : null;

    private HsdsSchedule Schedule(OpeningHours h, Guid serviceId, ServiceAtLocation? at)
    {
        var translations = new List<HsdsAttributeLink>();
        Translate(translations, h.Id, "schedule", "notes", h.Note);
        return new HsdsSchedule
        {
            Id = HsdsVocabulary.Id(h.Id),
            ServiceId = at is null ? HsdsVocabulary.Id(serviceId) : null,
            ServiceAtLocationId = at is null ? null : HsdsVocabulary.Id(at.Id),
            LocationId = h.LocationId is { } location ? HsdsVocabulary.Id(location) : null,
            Freq = h.Weekday is null ? null : "WEEKLY",
            Byday = h.Weekday is { } day ? WeekdayCode(day) : null,
            ValidFrom = h.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ValidTo = h.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            OpensAt = h.IsClosed ? null : h.OpensAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            ClosesAt = h.IsClosed ? null : h.ClosesAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Notes = Optional(h.Note),
            Attributes = NullIfEmpty(translations),
        };
    }

    private void Translate(List<HsdsAttributeLink> attributes, Guid recordId, string entity, string field, LocalizedText text)
    {
        foreach (var other in Languages.Where(l => l != language))
        {
            if (text.Exactly(other) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value))
            {
                attributes.Add(HsdsVocabulary.Attribute(recordId, entity, HsdsVocabulary.Translations, HsdsVocabulary.TranslationCode(field, other), $"{field} ({other})", value, other));
            }
        }
    }

    private string? Optional(LocalizedText text) => text.IsEmpty ? null : text.In(language);

    private static string Id(Guid record, string name) => HsdsVocabulary.Id(HsdsVocabulary.Derive(record, name));

    private static List<T>? NullIfEmpty<T>(List<T> items) => items.Count == 0 ? null : items;

    private static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.ThreeLetterISOLanguageName == "ivl" ? code : culture.NativeName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
