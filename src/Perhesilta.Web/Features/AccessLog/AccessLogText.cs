namespace Perhesilta.Features.AccessLog;

/// <summary>Strings of the administrators' access-log page. Resources: AccessLogText.*.resx.</summary>
public sealed class AccessLogText;
