using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>
/// Turns the typed service form into a <see cref="DirectoryService"/> for <see cref="DirectoryRules"/>, reporting what
/// cannot even be read (a date, a time, an age that is no number), and places the rules' errors back on the form's
/// inputs: the rules count the opening hours that were given, the form counts its rows, empty ones included.
/// </summary>
internal sealed partial class ServiceForm(IStringLocalizer<DirectoryText> rules, IStringLocalizer<EditingText> text)
{
    private readonly List<(string List, int Row)> _hoursRows = [];

    public EditorErrors Errors { get; } = new();

    public DirectoryService Read(
        DirectoryService service,
        ServiceInput input,
        IReadOnlyDictionary<string, IReadOnlyList<string>> areaMunicipalities,
        IReadOnlySet<Guid> organizationLocations)
    {
        var candidate = new DirectoryService
        {
            Id = service.Id,
            OrganizationId = service.OrganizationId,
            Name = Typed.Clean(input.Name),
            Description = Typed.Clean(input.Description),
            Eligibility = Typed.Clean(input.Eligibility),
            ApplicationProcess = Typed.Clean(input.ApplicationProcess),
            Phone = Typed.Clean(input.Phone),
            Email = Typed.Clean(input.Email),
            Website = Typed.Clean(input.Website),
            IsFree = input.IsFree,
            Fees = Typed.Clean(input.Fees),
        };
        candidate.Access = Choice<ServiceAccess>("Access", input.Access);
        candidate.Status = Choice<ServiceStatus>("Status", input.Status);
        candidate.MinAge = Age("MinAge", input.MinAge, 0);
        candidate.MaxAge = Age("MaxAge", input.MaxAge, DirectoryLimits.MaxAge);
        if (!Typed.TryDate(input.CheckedOn, out var checkedOn))
        {
            Add("CheckedOn", text["Error.Date"]);
        }
        else if (checkedOn is null)
        {
            Add("CheckedOn", rules["Rule.Required"]);
        }

        candidate.CheckedOn = checkedOn ?? default;

        candidate.ServiceTypes.AddRange(input.ServiceTypes.Select(code => new DirectoryServiceType { ServiceId = service.Id, ServiceTypeCode = code.Trim() }));
        var municipalities = new List<string>(input.Municipalities.Select(m => m.Trim()));
        foreach (var area in input.WholeAreas)
        {
            if (areaMunicipalities.TryGetValue(area, out var codes))
            {
                municipalities.AddRange(codes);
            }
            else
            {
                Add("Municipalities", text["Error.UnknownArea", area]);
            }
        }

        candidate.Municipalities.AddRange(municipalities.Distinct(StringComparer.Ordinal).Select(code => new DirectoryServiceArea { ServiceId = service.Id, MunicipalityCode = code }));
        candidate.Languages = [.. input.Languages.Concat(LanguageSeparators().Split(input.OtherLanguages ?? ""))
            .Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];

        foreach (var typed in input.Locations)
        {
            if (Guid.TryParse(typed, out var location) && organizationLocations.Contains(location))
            {
                candidate.Locations.Add(new ServiceAtLocation { ServiceId = service.Id, LocationId = location });
            }
            else
            {
                Add("Locations", text["Error.UnknownLocation"]);
            }
        }

        Hours(candidate, "Weekly", input.Weekly);
        Hours(candidate, "Exceptions", input.Exceptions);
        return candidate;
    }

    /// <summary>The form path of a rule's model path: a list's member is reported on the list's inputs, an opening-hours row on the form's row.</summary>
    public string Place(string field)
    {
        var hours = HoursField().Match(field);
        if (hours.Success)
        {
            var (list, row) = _hoursRows[int.Parse(hours.Groups["index"].Value, CultureInfo.InvariantCulture)];
            var property = hours.Groups["rest"].Value;
            return $"{list}[{row}].{(list == "Exceptions" && property == "Weekday" ? "ValidFrom" : property)}";
        }

        var member = field.Split('[')[0];
        return member == "Languages" ? "OtherLanguages" : member;
    }

    private T Choice<T>(string path, string? typed)
        where T : struct, Enum
    {
        if (Enum.TryParse<T>(typed, out var value) && Enum.IsDefined(value) && !int.TryParse(typed, out _))
        {
            return value;
        }

        Add(path, text["Error.ChooseOne"]);
        return default;
    }

    /// <summary>An age that is no whole number gets the rules' age message; the placeholder keeps the other age's checks quiet.</summary>
    private int Age(string path, string? typed, int placeholder)
    {
        if (int.TryParse(Typed.Clean(typed), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var age))
        {
            return age;
        }

        Add(path, rules["Rule.AgeOutOfRange", 0, DirectoryLimits.MaxAge]);
        return placeholder;
    }

    private void Add(string path, string message) => Errors.Add(FieldIds.Of(path), FieldLabels.For(path, text), message);

    [GeneratedRegex(@"^OpeningHours\[(?<index>\d+)\]\.(?<rest>.+)$")]
    private static partial Regex HoursField();

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex LanguageSeparators();
}
