namespace Perhesilta.Platform.AccessLog;

/// <summary>
/// Marks an endpoint that shows a client's data: each successful request writes a view entry to the access log for
/// the record named by the route value <see cref="RouteKey"/>. Every staff endpoint must carry this or
/// <see cref="NoClientDataAttribute"/>; the application refuses to start otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class ClientDataAttribute(string recordType, string routeKey = "id") : Attribute
{
    /// <summary>The kind of record, e.g. <c>Contact</c> or <c>Family</c>.</summary>
    public string RecordType { get; } = recordType;

    public string RouteKey { get; } = routeKey;
}

/// <summary>Declares that an endpoint shows no client data, so it writes no access-log entry.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class NoClientDataAttribute : Attribute;
