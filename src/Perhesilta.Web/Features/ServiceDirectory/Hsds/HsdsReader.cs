namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>
/// Reads HSDS 3.0 records (already valid against their schemas) into directory records. What HSDS cannot say
/// directly comes from the <see cref="HsdsVocabulary"/> attributes; what the data leaves out gets the directory's
/// default (ages 0–120, Finnish texts, free when no fee is described), or for an existing record what it has now.
/// </summary>
public sealed partial class HsdsReader(HsdsReferenceData reference, DateOnly today)
{
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
}
