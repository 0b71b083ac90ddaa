using System.Globalization;

namespace Perhesilta.Features.Reference;

/// <summary>A name in the three languages of the service; Swedish falls back to Finnish where no established name exists.</summary>
public interface ILocalizedName
{
    string NameFi { get; }

    string? NameSv { get; }

    string? NameEn { get; }
}

public static class LocalizedNames
{
    public static string LocalName(this ILocalizedName name) => name.NameIn(CultureInfo.CurrentUICulture);

    public static string NameIn(this ILocalizedName name, CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "sv" => name.NameSv ?? name.NameFi,
        "en" => name.NameEn ?? name.NameFi,
        _ => name.NameFi,
    };
}

/// <summary>
/// An area of service: an administrator-editable grouping of municipalities. Seeded from the statistical
/// sub-regions (seutukunta); staff serve areas, and later features route and report by area.
/// </summary>
public sealed class Area : ILocalizedName
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string NameFi { get; set; }

    public string? NameSv { get; set; }

    public string? NameEn { get; set; }

    /// <summary>sosiaalipäivystys: the area's emergency social services number, shown to families on the public pages.</summary>
    public string? EmergencySocialServicesPhone { get; set; }

    /// <summary>
    /// The county's unit that receives notifications without consent (SHL 35 § 2, LSL 25 §, 25 c §) from this area,
    /// e.g. the initial assessment team (alkuarvio) of family social services.
    /// </summary>
    public string? NotificationReceivingUnit { get; set; }

    public List<Municipality> Municipalities { get; } = [];
}

/// <summary>kunta: one of the county's municipalities, with its Statistics Finland code.</summary>
public sealed class Municipality : ILocalizedName
{
    public required string Code { get; set; }

    public required string NameFi { get; set; }

    public string? NameSv { get; set; }

    public string? NameEn => null;

    /// <summary>seutukunta: the statistical sub-region; fixed reference data, unlike <see cref="AreaId"/>.</summary>
    public required string SubRegionCode { get; set; }

    public int AreaId { get; set; }

    public Area? Area { get; set; }
}

/// <summary>What a family's concern is about; codes from the fixed vocabulary.</summary>
public sealed class Topic : ILocalizedName
{
    public required string Code { get; set; }

    public required string NameFi { get; set; }

    public string? NameSv { get; set; }

    public string? NameEn { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>A kind of service in the directory; codes from the fixed vocabulary.</summary>
public sealed class ServiceType : ILocalizedName
{
    public required string Code { get; set; }

    public required string NameFi { get; set; }

    public string? NameSv { get; set; }

    public string? NameEn { get; set; }

    /// <summary>county, municipality, ngo, parish …, as in the vocabulary.</summary>
    public required string Provider { get; set; }

    /// <summary>How a family gets there (self, referral …), as in the vocabulary.</summary>
    public required string Access { get; set; }

    public int MinAge { get; set; }

    public int MaxAge { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>For a topic, a service type a guide would typically consider first, in <see cref="Rank"/> order.</summary>
public sealed class TopicServiceType
{
    public required string TopicCode { get; set; }

    public required string ServiceTypeCode { get; set; }

    public int Rank { get; set; }
}
