namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>The service form as typed; <see cref="Version"/> is the version the editor opened.</summary>
public sealed class ServiceInput
{
    /// <summary>The languages offered as checkboxes; others are typed as codes.</summary>
    public static readonly IReadOnlyList<string> CommonLanguages = ["fi", "sv", "en", "se", "ru", "et", "ar", "so", "fa", "uk"];

    public int Version { get; set; }

    public LocalizedText Name { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    public LocalizedText Eligibility { get; set; } = new();

    public string? Access { get; set; }

    public LocalizedText ApplicationProcess { get; set; } = new();

    public List<string> ServiceTypes { get; set; } = [];

    public List<string> Municipalities { get; set; } = [];

    /// <summary>Areas chosen as a whole: saved as each of their municipalities, so the coverage stays explicit.</summary>
    public List<string> WholeAreas { get; set; } = [];

    public string? MinAge { get; set; }

    public string? MaxAge { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public bool IsFree { get; set; } = true;

    public LocalizedText Fees { get; set; } = new();

    public List<string> Languages { get; set; } = [];

    /// <summary>Other language codes, separated by commas or spaces, e.g. "ku, ti".</summary>
    public string? OtherLanguages { get; set; }

    public string? Status { get; set; }

    public List<string> Locations { get; set; } = [];

    public List<HoursInput> Weekly { get; set; } = [];

    public List<HoursInput> Exceptions { get; set; } = [];

    public string? CheckedOn { get; set; }

    public static ServiceInput From(DirectoryService s) => new()
    {
        Version = s.Version,
        Name = s.Name.Copy(),
        Description = s.Description.Copy(),
        Eligibility = s.Eligibility.Copy(),
        Access = s.Access.ToString(),
        ApplicationProcess = s.ApplicationProcess.Copy(),
        ServiceTypes = [.. s.ServiceTypes.Select(t => t.ServiceTypeCode)],
        Municipalities = [.. s.Municipalities.Select(m => m.MunicipalityCode)],
        MinAge = s.MinAge.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MaxAge = s.MaxAge.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Phone = s.Phone,
        Email = s.Email,
        Website = s.Website,
        IsFree = s.IsFree,
        Fees = s.Fees.Copy(),
        Languages = [.. s.Languages.Where(CommonLanguages.Contains)],
        OtherLanguages = string.Join(", ", s.Languages.Where(l => !CommonLanguages.Contains(l))),
        Status = s.Status.ToString(),
        Locations = [.. s.Locations.Select(l => l.LocationId.ToString())],
        Weekly = [.. s.OpeningHours.Where(h => !h.IsException).OrderBy(h => h.Weekday).ThenBy(h => h.OpensAt).Select(HoursInput.From)],
        Exceptions = [.. s.OpeningHours.Where(h => h.IsException).OrderBy(h => h.ValidFrom).ThenBy(h => h.OpensAt).Select(HoursInput.From)],
        CheckedOn = Typed.Date(s.CheckedOn),
    };

    /// <summary>
    /// Empty rows to type into: without JavaScript the form cannot add a row, so it offers a few and a "more rows"
    /// button. Rows keep their places, so that an error stays next to the row it is about.
    /// </summary>
    public void PadRows(int extraWeekly = 0, int extraExceptions = 0)
    {
        Weekly = Padded(Weekly, Math.Max(7, Weekly.Count(h => !h.IsEmpty) + 2), extraWeekly);
        Exceptions = Padded(Exceptions, Exceptions.Count(h => !h.IsEmpty) + 3, extraExceptions);
    }

    private static List<HoursInput> Padded(List<HoursInput> rows, int atLeast, int extra) =>
        [.. rows, .. Enumerable.Range(0, Math.Max(0, atLeast - rows.Count) + extra).Select(_ => new HoursInput())];
}

/// <summary>One row of opening hours as typed: a weekly row has a weekday, an exception has dates.</summary>
public sealed class HoursInput
{
    public string? Weekday { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidTo { get; set; }

    public string? OpensAt { get; set; }

    public string? ClosesAt { get; set; }

    public bool IsClosed { get; set; }

    public string? LocationId { get; set; }

    public LocalizedText Note { get; set; } = new();

    public bool IsEmpty =>
        Typed.Clean(Weekday) is null && Typed.Clean(ValidFrom) is null && Typed.Clean(ValidTo) is null
        && Typed.Clean(OpensAt) is null && Typed.Clean(ClosesAt) is null && !IsClosed && Note.IsEmpty;

    public static HoursInput From(OpeningHours h) => new()
    {
        Weekday = h.Weekday?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ValidFrom = Typed.Date(h.ValidFrom),
        ValidTo = Typed.Date(h.ValidTo),
        OpensAt = Typed.Time(h.OpensAt),
        ClosesAt = Typed.Time(h.ClosesAt),
        IsClosed = h.IsClosed,
        LocationId = h.LocationId?.ToString(),
        Note = h.Note.Copy(),
    };
}
