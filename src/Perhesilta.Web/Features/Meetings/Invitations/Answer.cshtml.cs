using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Meetings.Invitations;

/// <summary>
/// The page behind an invitation's answer link: public, no sign-in, in the language of the link. Mail scanners follow
/// links, so opening it never answers; the participant answers with the form.
/// </summary>
[AllowAnonymous]
[NoClientData]
[AnswerLanguage]
public sealed class AnswerModel(AnswerInvitation answer) : PageModel
{
    [BindProperty]
    public string? Choice { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public AnswerView View { get; private set; } = null!;

    /// <summary>Set after a POST that recorded the answer.</summary>
    public bool Answered { get; private set; }

    public bool ChoiceMissing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, string? answer, CancellationToken cancellationToken)
    {
        Private();
        View = await ShowAsync(token, cancellationToken);
        Choice = answer switch { "yes" => "accept", "no" => "decline", _ => null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        Private();
        if (Choice is not ("accept" or "decline"))
        {
            View = await ShowAsync(token, cancellationToken);
            ChoiceMissing = View.State == AnswerState.Open;
            return Page();
        }

        View = await answer.HandleAsync(token, Choice == "accept", Note, cancellationToken);
        Answered = View.State == AnswerState.Open;
        return Page();
    }

    private Task<AnswerView> ShowAsync(string token, CancellationToken cancellationToken) => answer.ShowAsync(token, cancellationToken);

    /// <summary>The link is a secret: never indexed, cached or passed on as a referrer.</summary>
    private void Private()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }
}

/// <summary>
/// Renders the answer page, layout included, in the language of its link rather than of the visitor's cookie: set
/// around the result, as a culture set inside the handler would not reach the view.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class AnswerLanguageAttribute : Attribute, IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Controller is AnswerModel { View: { } view } && LocalizationServices.Find(view.Language) is { } language)
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language.Culture);
        }

        await next();
    }
}
