using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Perhesilta.Platform.AccessLog;

/// <summary>
/// For every Razor page marked <see cref="ClientDataAttribute"/>: once the handler has produced a successful (2xx)
/// result, and before that result is written, logs a view of the record named by the route value. A failure to log
/// fails the request, so client data is never shown without an entry.
/// </summary>
internal sealed class ClientDataPageFilter(IAccessLog log) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var clientData = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ClientDataAttribute>()
            ?? context.ActionDescriptor.ModelTypeInfo?.GetCustomAttributes(typeof(ClientDataAttribute), inherit: false).OfType<ClientDataAttribute>().FirstOrDefault();
        if (clientData is null || (executed.Exception is not null && !executed.ExceptionHandled))
        {
            return;
        }

        if (IsSuccess(StatusOf(executed.Result, context.HttpContext.Response)))
        {
            await ClientDataViews.RecordAsync(log, clientData, context.HttpContext);
        }
    }

    /// <summary>The status the result will answer with; null for a redirect, challenge or anything that shows no page.</summary>
    private static int? StatusOf(IActionResult? result, HttpResponse response) => result switch
    {
        null => response.StatusCode,
        PageResult page => page.StatusCode ?? response.StatusCode,
        Microsoft.AspNetCore.Mvc.Infrastructure.IStatusCodeActionResult { StatusCode: { } code } => code,
        ViewResult or PartialViewResult or ContentResult or JsonResult or ObjectResult or FileResult => response.StatusCode,
        _ => null,
    };

    internal static bool IsSuccess(int? status) => status is >= 200 and < 300;
}

/// <summary>The same for a minimal-API endpoint; added by <see cref="ClientDataEndpoints.WithClientData{TBuilder}"/>.</summary>
internal sealed class ClientDataEndpointFilter(IAccessLog log) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        var clientData = http.GetEndpoint()?.Metadata.GetMetadata<ClientDataAttribute>();
        if (clientData is not null && ClientDataPageFilter.IsSuccess(StatusOf(result, http.Response)))
        {
            await ClientDataViews.RecordAsync(log, clientData, http);
        }

        return result;
    }

    private static int? StatusOf(object? result, HttpResponse response) => result switch
    {
        IStatusCodeHttpResult { StatusCode: { } code } => code,
        RedirectHttpResult or RedirectToRouteHttpResult or ChallengeHttpResult or ForbidHttpResult or SignOutHttpResult => null,
        _ => response.StatusCode,
    };
}

/// <summary>Marks a minimal-API endpoint whose view logging is in place; the start-up check looks for it.</summary>
internal sealed class ClientDataEndpointFilterMarker
{
    public static readonly ClientDataEndpointFilterMarker Instance = new();
}

public static class ClientDataEndpoints
{
    /// <summary>Declares that a minimal-API endpoint shows a client's data and logs each successful view of it.</summary>
    public static TBuilder WithClientData<TBuilder>(this TBuilder builder, string recordType, string routeKey = "id")
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new ClientDataAttribute(recordType, routeKey), ClientDataEndpointFilterMarker.Instance);
        builder.AddEndpointFilter<TBuilder, ClientDataEndpointFilter>();
        return builder;
    }

    /// <summary>Declares that a minimal-API endpoint shows no client data.</summary>
    public static TBuilder WithNoClientData<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new NoClientDataAttribute());
}

/// <summary>
/// What a client-data page decided about this one request: that it showed no client data after all (e.g. it only
/// asked a manager for the purpose first), or the purpose its view is logged with instead of the role's default.
/// </summary>
public sealed class ClientDataViewFeature
{
    public bool NoClientDataShown { get; set; }

    /// <summary>A code from <see cref="AccessPurposes"/>; null for the default of the viewer's role.</summary>
    public string? Purpose { get; set; }
}

public static class ClientDataViewExtensions
{
    /// <summary>This response shows none of the record's data, so no view is logged.</summary>
    public static void ShowsNoClientData(this HttpContext http) => Feature(http).NoClientDataShown = true;

    /// <summary>The view of this response is logged once, with <paramref name="purpose"/> (a code from <see cref="AccessPurposes"/>).</summary>
    public static void LogViewWithPurpose(this HttpContext http, string purpose) =>
        Feature(http).Purpose = AccessLogCodes.IsPurpose(purpose) ? purpose : throw new ArgumentException("Unknown access-log purpose.", nameof(purpose));

    private static ClientDataViewFeature Feature(HttpContext http)
    {
        var feature = http.Features.Get<ClientDataViewFeature>();
        if (feature is null)
        {
            feature = new ClientDataViewFeature();
            http.Features.Set(feature);
        }

        return feature;
    }
}

internal static class ClientDataViews
{
    // Not cancelled when the client goes away: the data may already be on its way, so the view is logged regardless.
    public static Task RecordAsync(IAccessLog log, ClientDataAttribute clientData, HttpContext http)
    {
        var decided = http.Features.Get<ClientDataViewFeature>();
        if (decided?.NoClientDataShown == true)
        {
            return Task.CompletedTask;
        }

        var recordId = http.GetRouteValue(clientData.RouteKey)?.ToString()
            ?? throw new InvalidOperationException($"The route has no value '{clientData.RouteKey}' to name the {clientData.RecordType} that was viewed.");
        return log.RecordAsync(AccessAction.View, clientData.RecordType, recordId, decided?.Purpose, CancellationToken.None);
    }
}
