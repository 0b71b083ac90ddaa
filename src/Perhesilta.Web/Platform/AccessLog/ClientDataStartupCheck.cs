using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Perhesilta.Platform.AccessLog;

/// <summary>
/// Refuses to start the application while any endpoint that requires sign-in does not say whether it shows client
/// data, so that a new page cannot forget the access log. Runs as a hosted service, before the server listens.
/// </summary>
internal sealed class ClientDataStartupCheck(MappedEndpoints mapped, PageLoader pages) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var sources = mapped.Sources ?? throw new InvalidOperationException("Call app.MapAccessLog() after AddAccessLog(): it lets the access log see every endpoint.");
        var problems = new List<string>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var metadata = await MetadataOfAsync(endpoint);
            var problem = Check(endpoint, metadata);
            if (problem is not null)
            {
                problems.Add($"{Describe(endpoint)}: {problem}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "Every endpoint that requires sign-in must carry [ClientData(...)] or [NoClientData] "
                + "(minimal APIs: .WithClientData(...) or .WithNoClientData()). Fix these:"
                + Environment.NewLine + string.Join(Environment.NewLine, problems.Distinct().Order(StringComparer.Ordinal)));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static string? Check(RouteEndpoint endpoint, EndpointMetadataCollection metadata)
    {
        if (metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return null;
        }

        var clientData = metadata.GetMetadata<ClientDataAttribute>();
        var noClientData = metadata.GetMetadata<NoClientDataAttribute>();
        if (clientData is null && noClientData is null)
        {
            return "neither [ClientData] nor [NoClientData]";
        }

        if (clientData is null)
        {
            return null;
        }

        if (noClientData is not null)
        {
            return "both [ClientData] and [NoClientData]";
        }

        if (endpoint.RoutePattern.GetParameter(clientData.RouteKey) is null)
        {
            return $"[ClientData] names the route value '{clientData.RouteKey}', which the route does not have";
        }

        var isPage = metadata.GetMetadata<PageActionDescriptor>() is not null;
        return isPage || metadata.GetMetadata<ClientDataEndpointFilterMarker>() is not null
            ? null
            : "a minimal-API endpoint marked [ClientData] must use .WithClientData(...) so that its views are logged";
    }

    /// <summary>
    /// A Razor page's endpoint lists its page model's attributes only once the page is loaded (as routing does on its
    /// first request), so load it here.
    /// </summary>
    private async Task<EndpointMetadataCollection> MetadataOfAsync(RouteEndpoint endpoint)
    {
        var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
        if (page is null)
        {
            return endpoint.Metadata;
        }

        var compiled = await pages.LoadAsync(page, endpoint.Metadata);
        return compiled.Endpoint?.Metadata ?? endpoint.Metadata;
    }

    private static string Describe(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        var verb = methods is { Count: > 0 } ? string.Join(",", methods) + " " : "";
        return $"{verb}/{endpoint.RoutePattern.RawText?.TrimStart('/')}";
    }
}

/// <summary>
/// The application's endpoint sources, captured by <c>MapAccessLog()</c>. Routing's own global list is filled only
/// when the request pipeline is built, after hosted services have started, so the start-up check reads these.
/// </summary>
internal sealed class MappedEndpoints
{
    public ICollection<EndpointDataSource>? Sources { get; set; }
}
