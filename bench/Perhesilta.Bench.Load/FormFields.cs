namespace Perhesilta.Bench.Load;

/// <summary>The fields of the public form that a family fills in, by their names in the page's HTML.</summary>
internal static class FormFields
{
    public const string IdempotencyKey = "Input.IdempotencyKey";

    public static readonly KeyValuePair<string, string>[] Family =
    [
        new("Input.Kind", "FamilyRequest"),
        new("Input.Requester", "Parent"),
        new("Input.MunicipalityCode", TargetFactory.Sample.Municipality),
        new("Input.ChildAgesText", "4, 9"),
        new("Input.Topics", TargetFactory.Sample.Topics[0]),
        new("Input.Topics", TargetFactory.Sample.Topics[1]),
        new("Input.Description", TargetFactory.Sample.Description),
        new("Input.Urgency", "Soon"),
        new("Input.ContactMethod", "Email"),
        new("Input.ContactName", "Testi Vanhempi"),
        new("Input.Email", "vanhempi@perhesilta.example"),
        new("Input.PreferredLanguage", "fi"),
        new("Input.ConsentToContactProfessionals", "true"),
        new("verkkosivu", ""),
    ];
}
