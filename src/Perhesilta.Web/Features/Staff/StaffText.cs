namespace Perhesilta.Features.Staff;

/// <summary>Strings of the staff start page and of administering staff accounts and areas. Resources: StaffText.*.resx.</summary>
public sealed class StaffText;
