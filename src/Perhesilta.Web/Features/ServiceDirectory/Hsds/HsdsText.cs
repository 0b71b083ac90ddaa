namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>Strings of the HSDS export, import and API. Resources: HsdsText.*.resx.</summary>
public sealed class HsdsText;
