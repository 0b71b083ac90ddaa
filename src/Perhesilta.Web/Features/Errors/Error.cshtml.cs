using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Perhesilta.Features.Errors;

/// <summary>The page shown for an unexpected error and for status codes: a plain message, never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string TitleKey { get; private set; } = "Error.Title";

    public string TextKey { get; private set; } = "Error.Text";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        (TitleKey, TextKey) = status switch
        {
            404 => ("Error.NotFound.Title", "Error.NotFound.Text"),
            403 => ("Error.Forbidden.Title", "Error.Forbidden.Text"),
            400 => ("Error.BadRequest.Title", "Error.BadRequest.Text"),
            413 => ("Error.TooLarge.Title", "Error.TooLarge.Text"),
            429 => ("Error.TooMany.Title", "Error.TooMany.Text"),
            _ => ("Error.Title", "Error.Text"),
        };
        if (status is >= 400 and < 600)
        {
            Response.StatusCode = status.Value;
        }
    }
}
