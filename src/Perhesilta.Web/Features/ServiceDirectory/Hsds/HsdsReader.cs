using System.Globalization;
using Perhesilta.Features.Reference;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>What the reader needs of the reference data: municipalities by code and name, and each service type's usual access.</summary>
public sealed class HsdsReferenceData(IReadOnlyList<Municipality> municipalities, IReadOnlyDictionary<string, string> serviceTypeAccess)
{
    private readonly Dictionary<string, string> _byName = municipalities
        .SelectMany(m => new[] { (m.NameFi, m.Code), (m.NameSv ?? m.NameFi, m.Code) })
        .DistinctBy(n => n.Item1.ToUpperInvariant())
        .ToDictionary(n => n.Item1, n => n.Code, StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _codes = municipalities.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>A municipality named by its code or by its Finnish or Swedish name; otherwise the text as it is, which the rules then refuse.</summary>
    public string? Municipality(string? codeOrName)
    {
        var text = codeOrName?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return _codes.Contains(text) ? text : _byName.GetValueOrDefault(text, text);
    }

    public ServiceAccess AccessOf(string serviceType) =>
        serviceTypeAccess.GetValueOrDefault(serviceType) == "referral" ? ServiceAccess.Referral : ServiceAccess.Self;
}

/// <summary>
/// A record read from HSDS, and where each of its model fields came from, so that a rule broken by the mapped record
/// is reported at the HSDS field ("OpeningHours[2].ClosesAt" → "service_at_locations[0].schedules[1].closes_at").
/// </summary>
public sealed class HsdsRead<T>(T record)
{
    private static readonly Dictionary<string, string> Leaves = new(StringComparer.Ordinal)
    {
        ["Weekday"] = "byday",
        ["ValidFrom"] = "valid_from",
        ["ValidTo"] = "valid_to",
        ["OpensAt"] = "opens_at",
        ["ClosesAt"] = "closes_at",
        ["LocationId"] = "location_id",
        ["Note"] = "notes",
    };

    public T Record { get; } = record;

    public Dictionary<string, string> Paths { get; } = new(StringComparer.Ordinal);

    public string HsdsField(string modelField)
    {
        var parts = modelField.Split('.');
        var path = Paths.GetValueOrDefault(parts[0]) ?? Snake(parts[0]);
        foreach (var part in parts.Skip(1))
        {
            path += part switch
            {
                "Fi" => "",
                "Sv" or "En" => ":" + part.ToLowerInvariant(),
                _ => "." + (Leaves.GetValueOrDefault(part) ?? Snake(part)),
            };
        }

        return path;
    }

    private static string Snake(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}

/// <summary>
/// Reads HSDS 3.0 records (already valid against their schemas) into directory records. What HSDS cannot say
/// directly comes from the <see cref="HsdsVocabulary"/> attributes; what the data leaves out gets the directory's
/// default (ages 0–120, Finnish texts, free when no fee is described), or for an existing record what it has now.
/// </summary>
public sealed class HsdsReader(HsdsReferenceData reference, DateOnly today)
{
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss", "H:mm:ss"];

    private static readonly Dictionary<string, string> ServiceTexts = new(StringComparer.Ordinal)
    {
        ["name"] = "Name",
        ["description"] = "Description",
        ["eligibility_description"] = "Eligibility",
        ["application_process"] = "ApplicationProcess",
        ["fees_description"] = "Fees",
    };

    private static readonly Dictionary<string, string> OrganizationTexts = new(StringComparer.Ordinal) { ["name"] = "Name", ["description"] = "Description" };

    public List<HsdsIssue> Issues { get; } = [];

    public HsdsRead<DirectoryOrganization> Organization(HsdsOrganization o, Guid id, DirectoryOrganization? existing)
    {
        var read = new HsdsRead<DirectoryOrganization>(new DirectoryOrganization { Id = id });
        var organization = read.Record;
        var issues = new RecordIssues(Issues, "organization", id);
        var texts = Translations(o.Attributes, OrganizationTexts, issues);
        organization.Name = Text(o.Name, texts, "Name");
        organization.Description = Text(o.Description, texts, "Description");
        organization.Email = Blank(o.Email);
        organization.Website = Blank(o.Website);
        organization.Phone = Blank(o.Phones?.FirstOrDefault()?.Number);
        read.Paths["Phone"] = "phones[0].number";
        read.Paths["Website"] = "website";
        organization.Kind = existing?.Kind ?? OrganizationKind.Ngo;
        foreach (var (attribute, i) in Indexed(o.Attributes))
        {
            var code = attribute.TaxonomyTerm?.Code;
            switch (HsdsVocabulary.TaxonomyOf(attribute))
            {
                case HsdsVocabulary.OrganizationKinds:
                    if (Enum.GetValues<OrganizationKind>().FirstOrDefault(k => HsdsWriter.KindCode(k) == code) is var kind && HsdsWriter.KindCode(kind) == code)
                    {
                        organization.Kind = kind;
                    }
                    else
                    {
                        issues.Add($"attributes[{i}].taxonomy_term.code", "Import.UnknownOrganizationKind", code ?? "");
                    }

                    break;
                case HsdsVocabulary.Municipalities:
                    organization.MunicipalityCode = reference.Municipality(code);
                    read.Paths["MunicipalityCode"] = $"attributes[{i}].taxonomy_term.code";
                    break;
            }
        }

        read.Paths.TryAdd("MunicipalityCode", "attributes");
        return read;
    }

    public HsdsRead<DirectoryLocation> Location(HsdsLocation l, Guid id, Guid? organizationId)
    {
        var issues = new RecordIssues(Issues, "location", id);
        var address = l.Addresses?.FirstOrDefault(a => a.AddressType == "physical") ?? l.Addresses?.FirstOrDefault();
        var addressIndex = address is null ? 0 : l.Addresses!.IndexOf(address);
        var read = new HsdsRead<DirectoryLocation>(new DirectoryLocation
        {
            Id = id,
            OrganizationId = organizationId ?? Guid.Empty,
            StreetAddress = address?.Address1?.Trim() ?? "",
            PostalCode = address?.PostalCode?.Trim() ?? "",
            City = address?.City?.Trim() ?? "",
            MunicipalityCode = reference.Municipality(address?.StateProvince) ?? reference.Municipality(address?.City) ?? "",
            Latitude = l.Latitude,
            Longitude = l.Longitude,
        });
        var location = read.Record;
        if (l.LocationType != "physical")
        {
            issues.Add("location_type", "Import.PhysicalOnly", l.LocationType ?? "");
        }

        if (organizationId is null)
        {
            issues.Add("organization_id", "Import.Required");
        }

        var texts = Translations(l.Attributes, OrganizationTexts, issues);
        location.Name = Text(l.Name, texts, "Name");
        location.Description = Text(l.Description, texts, "Description");
        var accessibility = l.Accessibility?.FirstOrDefault();
        var accessibilityTexts = Translations(accessibility?.Attributes, new Dictionary<string, string> { ["description"] = "Accessibility" }, issues);
        location.Accessibility = Text(accessibility?.Description, accessibilityTexts, "Accessibility");
        read.Paths["Accessibility"] = "accessibility[0].description";
        read.Paths["StreetAddress"] = $"addresses[{addressIndex}].address_1";
        read.Paths["PostalCode"] = $"addresses[{addressIndex}].postal_code";
        read.Paths["City"] = $"addresses[{addressIndex}].city";
        read.Paths["MunicipalityCode"] = $"addresses[{addressIndex}].state_province";
        return read;
    }

    /// <param name="locations">The service's locations: the HSDS service_at_location id (when it has one) → the location's id.</param>
    public HsdsRead<DirectoryService> Service(HsdsService s, Guid id, Guid organizationId, IReadOnlyList<(string? AtId, Guid LocationId)> locations, DirectoryService? existing)
    {
        var read = new HsdsRead<DirectoryService>(new DirectoryService { Id = id, OrganizationId = organizationId });
        var service = read.Record;
        var issues = new RecordIssues(Issues, "service", id);
        var texts = Translations(s.Attributes, ServiceTexts, issues);
        service.Name = Text(s.Name, texts, "Name");
        service.Description = Text(s.Description, texts, "Description");
        service.Eligibility = Text(s.EligibilityDescription, texts, "Eligibility");
        service.ApplicationProcess = Text(s.ApplicationProcess, texts, "ApplicationProcess");
        service.Fees = Text(s.FeesDescription, texts, "Fees");
        read.Paths["Eligibility"] = "eligibility_description";
        read.Paths["Fees"] = "fees_description";
        read.Paths["Website"] = "url";
        read.Paths["Phone"] = "phones[0].number";
        read.Paths["MinAge"] = "minimum_age";
        read.Paths["MaxAge"] = "maximum_age";
        read.Paths["CheckedOn"] = "assured_date";
        read.Paths["ServiceTypes"] = "attributes";
        read.Paths["Municipalities"] = "service_areas";
        service.Website = Blank(s.Url);
        service.Email = Blank(s.Email);
        service.Phone = Blank(s.Phones?.FirstOrDefault()?.Number);
        service.Status = s.Status switch
        {
            "inactive" => ServiceStatus.Inactive,
            "defunct" => ServiceStatus.Defunct,
            "temporarily closed" => ServiceStatus.TemporarilyClosed,
            _ => ServiceStatus.Active,
        };
        service.MinAge = Age(s.MinimumAge, 0, "minimum_age", issues);
        service.MaxAge = Age(s.MaximumAge, DirectoryLimits.MaxAge, "maximum_age", issues);
        service.IsFree = s.CostOptions?.Any(c => c.Amount == 0) == true
            || ((s.CostOptions is null || s.CostOptions.Count == 0) && service.Fees.IsEmpty);
        service.CheckedOn = existing?.CheckedOn ?? today;
        if (s.AssuredDate is { } assured)
        {
            if (Date(assured) is { } date)
            {
                service.CheckedOn = date;
            }
            else
            {
                issues.Add("assured_date", "Import.NotADate", assured);
            }
        }

        ServiceAttributes(s, read, issues);
        foreach (var (area, i) in Indexed(s.ServiceAreas))
        {
            var code = reference.Municipality(area.Extent) ?? reference.Municipality(area.Name);
            read.Paths[$"Municipalities[{service.Municipalities.Count}]"] = $"service_areas[{i}]" + (area.Extent is null ? ".name" : ".extent");
            service.Municipalities.Add(new DirectoryServiceArea { ServiceId = id, MunicipalityCode = code ?? "" });
        }

        foreach (var (language, i) in Indexed(s.Languages))
        {
            if (Blank(language.Code) is { } code)
            {
                read.Paths[$"Languages[{service.Languages.Count}]"] = $"languages[{i}].code";
                service.Languages.Add(code.ToLowerInvariant());
            }
            else
            {
                issues.Add($"languages[{i}].code", "Import.Required");
            }
        }

        foreach (var (at, location) in locations)
        {
            service.Locations.Add(new ServiceAtLocation { ServiceId = id, LocationId = location });
        }

        foreach (var (schedule, i) in Indexed(s.Schedules))
        {
            var location = Guid.TryParse(schedule.LocationId, out var l) ? l : (Guid?)null;
            if (schedule.ServiceAtLocationId is { } atId && locations.FirstOrDefault(x => x.AtId == atId) is { AtId: not null } at)
            {
                location = at.LocationId;
            }

            Hours(schedule, $"schedules[{i}]", location, read, issues);
        }

        foreach (var (at, j) in Indexed(s.ServiceAtLocations))
        {
            var location = j < locations.Count ? locations[j].LocationId : Guid.Empty;
            foreach (var (schedule, i) in Indexed(at.Schedules))
            {
                Hours(schedule, $"service_at_locations[{j}].schedules[{i}]", location, read, issues);
            }
        }

        return read;
    }

    private void ServiceAttributes(HsdsService s, HsdsRead<DirectoryService> read, RecordIssues issues)
    {
        var service = read.Record;
        ServiceAccess? access = null;
        foreach (var (attribute, i) in Indexed(s.Attributes))
        {
            var code = attribute.TaxonomyTerm?.Code;
            switch (HsdsVocabulary.TaxonomyOf(attribute))
            {
                case HsdsVocabulary.ServiceTypes:
                    read.Paths[$"ServiceTypes[{service.ServiceTypes.Count}]"] = $"attributes[{i}].taxonomy_term.code";
                    service.ServiceTypes.Add(new DirectoryServiceType { ServiceId = service.Id, ServiceTypeCode = code ?? "" });
                    break;
                case HsdsVocabulary.Access:
                    access = code switch
                    {
                        "self" => ServiceAccess.Self,
                        "referral" => ServiceAccess.Referral,
                        _ => null,
                    };
                    if (access is null)
                    {
                        issues.Add($"attributes[{i}].taxonomy_term.code", "Import.UnknownAccess", code ?? "");
                    }

                    break;
            }
        }

        service.Access = access ?? (service.ServiceTypes.Count > 0 ? reference.AccessOf(service.ServiceTypes[0].ServiceTypeCode) : ServiceAccess.Self);
    }

    private static void Hours(HsdsSchedule schedule, string path, Guid? location, HsdsRead<DirectoryService> read, RecordIssues issues)
    {
        var service = read.Record;
        if (schedule.Freq == "MONTHLY")
        {
            issues.Add(path + ".freq", "Import.WeeklyOnly");
            return;
        }

        var opens = Time(schedule.OpensAt, path + ".opens_at", issues);
        var closes = Time(schedule.ClosesAt, path + ".closes_at", issues);
        var from = DateField(schedule.ValidFrom, path + ".valid_from", issues);
        var to = DateField(schedule.ValidTo, path + ".valid_to", issues);
        var note = Text(schedule.Notes, Translations(schedule.Attributes, new Dictionary<string, string> { ["notes"] = "Note" }, issues), "Note");
        var days = new List<int?>();
        foreach (var day in (schedule.Byday ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (HsdsWriter.WeekdayOf(day) is { } weekday)
            {
                days.Add(weekday);
            }
            else
            {
                issues.Add(path + ".byday", "Import.NotAWeekday", day);
            }
        }

        if (days.Count == 0)
        {
            days.Add(null);
        }

        foreach (var day in days)
        {
            read.Paths[$"OpeningHours[{service.OpeningHours.Count}]"] = path;
            service.OpeningHours.Add(new OpeningHours
            {
                ServiceId = service.Id,
                LocationId = location,
                Weekday = day,
                ValidFrom = from,
                ValidTo = from is null ? null : to ?? from,
                OpensAt = opens,
                ClosesAt = closes,
                IsClosed = schedule.OpensAt is null && schedule.ClosesAt is null,
                Note = note,
            });
        }
    }

    /// <summary>The translations among the attributes: model field → language → text; unknown fields or languages are errors.</summary>
    private static Dictionary<(string Field, string Language), string> Translations(List<HsdsAttributeLink>? attributes, Dictionary<string, string> fields, RecordIssues issues)
    {
        var texts = new Dictionary<(string, string), string>();
        foreach (var (attribute, i) in Indexed(attributes))
        {
            if (HsdsVocabulary.TaxonomyOf(attribute) != HsdsVocabulary.Translations)
            {
                continue;
            }

            var code = attribute.TaxonomyTerm?.Code ?? "";
            var parts = code.Split(':');
            if (parts.Length == 2 && fields.TryGetValue(parts[0], out var field) && parts[1] is "fi" or "sv" or "en")
            {
                texts[(field, parts[1])] = attribute.Value ?? "";
            }
            else
            {
                issues.Add($"attributes[{i}].taxonomy_term.code", "Import.UnknownTranslation", code);
            }
        }

        return texts;
    }

    private static LocalizedText Text(string? main, Dictionary<(string Field, string Language), string> translations, string field) =>
        LocalizedText.Of(
            Blank(translations.GetValueOrDefault((field, "fi")) ?? main),
            Blank(translations.GetValueOrDefault((field, "sv"))),
            Blank(translations.GetValueOrDefault((field, "en"))));

    private static int Age(double? value, int missing, string field, RecordIssues issues)
    {
        if (value is null)
        {
            return missing;
        }

        if (value != Math.Floor(value.Value))
        {
            issues.Add(field, "Import.NotWholeYears", value.Value);
            return missing;
        }

        return (int)Math.Clamp(value.Value, -1, DirectoryLimits.MaxAge + 1);
    }

    private static TimeOnly? Time(string? text, string field, RecordIssues issues)
    {
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        issues.Add(field, "Import.NotATime", text);
        return null;
    }

    private static DateOnly? DateField(string? text, string field, RecordIssues issues)
    {
        if (text is null)
        {
            return null;
        }

        if (Date(text) is { } date)
        {
            return date;
        }

        issues.Add(field, "Import.NotADate", text);
        return null;
    }

    /// <summary>A date "2026-11-22", or the date of a date-time such as "2026-11-22T10:00:00Z".</summary>
    private static DateOnly? Date(string text)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return trimmed.Length > 10 && trimmed[10] is 'T' or ' '
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date
            : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IEnumerable<(T Item, int Index)> Indexed<T>(List<T>? items) => (items ?? []).Select((item, i) => (item, i));

    /// <summary>The issues of one record.</summary>
    private sealed class RecordIssues(List<HsdsIssue> all, string kind, Guid id)
    {
        public void Add(string field, string key, params object[] arguments) => all.Add(HsdsIssue.Of(kind, HsdsVocabulary.Id(id), field, key, arguments));
    }
}
