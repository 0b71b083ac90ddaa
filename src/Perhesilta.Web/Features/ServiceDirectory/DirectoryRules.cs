using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Perhesilta.Features.ServiceDirectory;

/// <summary>
/// A rule a directory record breaks. <see cref="Field"/> is the model's path ("MinAge", "Name.Fi",
/// "OpeningHours[2].ClosesAt"); the editing pages map it to their inputs and the import to HSDS fields.
/// <see cref="Rule"/> names the message in <see cref="DirectoryText"/> ("Rule." + Rule), formatted with <see cref="Arguments"/>.
/// </summary>
public sealed record DirectoryError(string Field, string Rule, params object[] Arguments)
{
    public string Message(IStringLocalizer<DirectoryText> text) => text["Rule." + Rule, Arguments];
}

/// <summary>
/// What makes an organisation, a service or a location fit to be saved, whoever saves it (editor or import).
/// The database's constraints back the structural rules; these give the clear message naming the field.
/// </summary>
public static partial class DirectoryRules
{
    public static IReadOnlyList<DirectoryError> Check(DirectoryOrganization organization, DirectoryCodes codes, DateOnly today)
    {
        _ = today;
        var errors = new List<DirectoryError>();
        Texts(errors, "Name", organization.Name, DirectoryLimits.Name, required: true);
        Texts(errors, "Description", organization.Description, DirectoryLimits.Description);
        Contacts(errors, organization.Phone, organization.Email, organization.Website);
        if (organization.MunicipalityCode is { } code && !codes.Municipalities.Contains(code))
        {
            errors.Add(new("MunicipalityCode", "UnknownMunicipality", code));
        }

        if (organization.Kind is OrganizationKind.Municipality && organization.MunicipalityCode is null)
        {
            errors.Add(new("MunicipalityCode", "MunicipalityRequired"));
        }

        return errors;
    }

    public static IReadOnlyList<DirectoryError> Check(DirectoryService service, DirectoryCodes codes, DateOnly today)
    {
        var errors = new List<DirectoryError>();
        Texts(errors, "Name", service.Name, DirectoryLimits.Name, required: true);
        Texts(errors, "Description", service.Description, DirectoryLimits.Description, required: true);
        Texts(errors, "Eligibility", service.Eligibility, DirectoryLimits.ShortText);
        Texts(errors, "ApplicationProcess", service.ApplicationProcess, DirectoryLimits.ShortText);
        Texts(errors, "Fees", service.Fees, DirectoryLimits.ShortText, required: !service.IsFree);
        Contacts(errors, service.Phone, service.Email, service.Website);
        Ages(errors, service.MinAge, service.MaxAge);

        if (service.ServiceTypes.Count == 0)
        {
            errors.Add(new("ServiceTypes", "ServiceTypeRequired"));
        }

        foreach (var (type, i) in service.ServiceTypes.Select((t, i) => (t.ServiceTypeCode, i)))
        {
            if (!codes.ServiceTypes.Contains(type))
            {
                errors.Add(new($"ServiceTypes[{i}]", "UnknownServiceType", type));
            }
        }

        Duplicates(errors, "ServiceTypes", service.ServiceTypes.Select(t => t.ServiceTypeCode));

        if (service.Municipalities.Count == 0)
        {
            errors.Add(new("Municipalities", "MunicipalityRequired"));
        }

        foreach (var (municipality, i) in service.Municipalities.Select((m, i) => (m.MunicipalityCode, i)))
        {
            if (!codes.Municipalities.Contains(municipality))
            {
                errors.Add(new($"Municipalities[{i}]", "UnknownMunicipality", municipality));
            }
        }

        Duplicates(errors, "Municipalities", service.Municipalities.Select(m => m.MunicipalityCode));

        foreach (var (language, i) in service.Languages.Select((l, i) => (l, i)))
        {
            if (!LanguageCode().IsMatch(language))
            {
                errors.Add(new($"Languages[{i}]", "InvalidLanguage", language));
            }
        }

        Duplicates(errors, "Languages", service.Languages);

        if (service.CheckedOn > today)
        {
            errors.Add(new("CheckedOn", "CheckedInFuture"));
        }

        var locations = service.Locations.Select(l => l.LocationId).ToHashSet();
        foreach (var (hours, i) in service.OpeningHours.Select((h, i) => (h, i)))
        {
            Hours(errors, $"OpeningHours[{i}]", hours, locations);
        }

        return errors;
    }

    public static IReadOnlyList<DirectoryError> Check(DirectoryLocation location, DirectoryCodes codes, DateOnly today)
    {
        _ = today;
        var errors = new List<DirectoryError>();
        Texts(errors, "Name", location.Name, DirectoryLimits.Name, required: true);
        Texts(errors, "Description", location.Description, DirectoryLimits.ShortText);
        Texts(errors, "Accessibility", location.Accessibility, DirectoryLimits.ShortText);
        Required(errors, "StreetAddress", location.StreetAddress, 200);
        Required(errors, "City", location.City, 100);
        if (string.IsNullOrWhiteSpace(location.PostalCode))
        {
            errors.Add(new("PostalCode", "Required"));
        }
        else if (!PostalCode().IsMatch(location.PostalCode))
        {
            errors.Add(new("PostalCode", "InvalidPostalCode"));
        }

        if (!codes.Municipalities.Contains(location.MunicipalityCode ?? ""))
        {
            errors.Add(new("MunicipalityCode", string.IsNullOrWhiteSpace(location.MunicipalityCode) ? "Required" : "UnknownMunicipality", location.MunicipalityCode ?? ""));
        }

        if (location.Latitude is < -90 or > 90)
        {
            errors.Add(new("Latitude", "InvalidLatitude"));
        }

        if (location.Longitude is < -180 or > 180)
        {
            errors.Add(new("Longitude", "InvalidLongitude"));
        }

        return errors;
    }

    /// <summary>An age a user asks about, or a service's age limit: whole years from 0 to <see cref="DirectoryLimits.MaxAge"/>.</summary>
    public static bool IsAge(int age) => age is >= 0 and <= DirectoryLimits.MaxAge;

    private static void Ages(List<DirectoryError> errors, int min, int max)
    {
        if (!IsAge(min))
        {
            errors.Add(new("MinAge", "AgeOutOfRange", 0, DirectoryLimits.MaxAge));
        }

        if (!IsAge(max))
        {
            errors.Add(new("MaxAge", "AgeOutOfRange", 0, DirectoryLimits.MaxAge));
        }

        if (IsAge(min) && IsAge(max) && min > max)
        {
            errors.Add(new("MaxAge", "AgesReversed"));
        }
    }

    private static void Hours(List<DirectoryError> errors, string field, OpeningHours hours, HashSet<Guid> locations)
    {
        if (hours.Weekday is null && hours.ValidFrom is null)
        {
            errors.Add(new(field + ".Weekday", "HoursNeedDayOrDates"));
        }
        else if (hours.Weekday is not null && hours.ValidFrom is not null)
        {
            errors.Add(new(field + ".Weekday", "HoursDayOrDates"));
        }

        if (hours.Weekday is < 1 or > 7)
        {
            errors.Add(new(field + ".Weekday", "InvalidWeekday"));
        }

        if (hours.ValidTo is not null && hours.ValidFrom is null)
        {
            errors.Add(new(field + ".ValidFrom", "Required"));
        }
        else if (hours.ValidTo < hours.ValidFrom)
        {
            errors.Add(new(field + ".ValidTo", "DatesReversed"));
        }

        if (!hours.IsClosed)
        {
            if (hours.OpensAt is null)
            {
                errors.Add(new(field + ".OpensAt", "Required"));
            }

            if (hours.ClosesAt is null)
            {
                errors.Add(new(field + ".ClosesAt", "Required"));
            }
            else if (hours.OpensAt is not null && hours.ClosesAt <= hours.OpensAt)
            {
                errors.Add(new(field + ".ClosesAt", "HoursReversed"));
            }
        }

        if (hours.LocationId is { } location && !locations.Contains(location))
        {
            errors.Add(new(field + ".LocationId", "HoursUnknownLocation"));
        }

        Texts(errors, field + ".Note", hours.Note, 200);
    }

    private static void Texts(List<DirectoryError> errors, string field, LocalizedText text, int maxLength, bool required = false)
    {
        if (required && string.IsNullOrWhiteSpace(text.Fi))
        {
            errors.Add(new(field + ".Fi", "FinnishRequired"));
        }

        foreach (var (language, value) in new[] { ("Fi", text.Fi), ("Sv", text.Sv), ("En", text.En) })
        {
            if (value is not null && value.Length > maxLength)
            {
                errors.Add(new($"{field}.{language}", "TooLong", maxLength));
            }
        }
    }

    private static void Required(List<DirectoryError> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "Required"));
        }
        else if (value.Length > maxLength)
        {
            errors.Add(new(field, "TooLong", maxLength));
        }
    }

    private static void Contacts(List<DirectoryError> errors, string? phone, string? email, string? website)
    {
        if (phone is not null && !PhoneNumber().IsMatch(phone))
        {
            errors.Add(new("Phone", "InvalidPhone"));
        }

        if (email is not null && (email.Length > DirectoryLimits.Contact || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email.Trim()))
        {
            errors.Add(new("Email", "InvalidEmail"));
        }

        if (website is not null
            && (website.Length > DirectoryLimits.Contact
                || !Uri.TryCreate(website, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add(new("Website", "InvalidWebsite"));
        }
    }

    private static void Duplicates(List<DirectoryError> errors, string field, IEnumerable<string> values)
    {
        foreach (var duplicate in values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new(field, "Duplicate", duplicate.Key));
        }
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostalCode();

    /// <summary>Digits with the usual separators and an optional leading +, e.g. "+358 8 123 4567", "(08) 123 4567".</summary>
    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{4,38}$")]
    private static partial Regex PhoneNumber();
}
