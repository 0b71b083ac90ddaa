namespace Perhesilta.Features.Families;

/// <summary>Strings of family records and repeat contacts. Resources: FamilyText.*.resx.</summary>
public sealed class FamilyText;
