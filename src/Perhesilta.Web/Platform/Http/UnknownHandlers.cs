using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Perhesilta.Platform.Http;

/// <summary>
/// A form sent to a page that has no handler for it (a crafted POST, or a handler name that does not exist) is
/// answered 405. Without this, Razor Pages would render the page without running any handler, on a model that was
/// never loaded.
/// </summary>
internal sealed class UnknownHandlerFilter : IAsyncPageFilter, IOrderedFilter
{
    /// <summary>First of all page filters, so nothing (e.g. the access log) runs for a request that does nothing.</summary>
    public int Order => int.MinValue;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
