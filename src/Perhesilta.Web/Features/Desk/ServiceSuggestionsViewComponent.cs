using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory.Finder;

namespace Perhesilta.Features.Desk;

/// <summary>
/// The services suggested for a contact, on the contact page of a guide who works on it; the page has already checked
/// that they may. A manager reading the contact for a stated purpose is not offered them: they change nothing. For
/// anonymous advice they are offered to be named in the answer, without the button: nobody is there to be guided.
/// </summary>
public sealed class ServiceSuggestionsViewComponent(SuggestServices suggest, IStringLocalizer<FinderText> finder) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ContactView view, bool canChange)
    {
        if (!canChange || view.Contact.Status == ContactStatus.Closed)
        {
            return Content("");
        }

        var cancellationToken = HttpContext.RequestAborted;
        var items = await suggest.HandleAsync(view, finder["Finder.Closed"].Value, cancellationToken);
        var guided = (await suggest.GuidedInAsync(view.Contact.Id, cancellationToken)).Select(g => g.Id).ToHashSet();
        return View("/Features/Desk/_Suggestions.cshtml", new SuggestionsSection(new SuggestionList(view.Contact.Id, view.Contact.Version, view.Contact.Kind != ContactKind.AnonymousAdvice, items, guided, 3), view.Municipality));
    }
}
