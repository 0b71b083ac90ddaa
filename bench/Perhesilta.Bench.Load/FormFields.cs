namespace Perhesilta.Bench.Load;

/// <summary>The fields of the public form that a family fills in, by their names in the page's HTML.</summary>
internal static class FormFields
{
    public const string IdempotencyKey = "Input.IdempotencyKey";

    public static readonly KeyValuePair<string, string>[] Family =
    [
        new("Input.Requester", "Parent"),
        new("Input.Municipality", TargetFactory.Sample.Municipality),
        new("Input.ChildrenAges", "4, 9"),
        new("Input.Topics", TargetFactory.Sample.Topics[0]),
        new("Input.Topics", TargetFactory.Sample.Topics[1]),
        new("Input.Description", TargetFactory.Sample.Description),
        new("Input.Urgency", "Soon"),
        new("Input.ContactMethod", "Phone"),
        new("Input.Name", "Testi Vanhempi"),
        new("Input.Phone", "040 000 0000"),
        new("Input.Language", "fi"),
        new("Input.ConsentToContactProfessionals", "true"),
        new("Input.PrivacyNoticeAccepted", "true"),
    ];
}
