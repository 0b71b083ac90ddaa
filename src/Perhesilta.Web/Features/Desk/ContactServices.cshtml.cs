using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Features.ServiceDirectory.Finder;
using Perhesilta.Features.ServiceDirectory.Search;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>
/// The services of the directory for one contact: the suggestions, or what the guide searched for among the services
/// of the contact's municipality, and the one-step "guided to this service" (also sent from the contact page).
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Contact")]
public sealed class ContactServicesModel(
    ShowContact show,
    PerhesiltaDbContext db,
    IStringLocalizer<DeskText> text,
    SuggestServices suggest,
    SearchServices search,
    IStringLocalizer<SearchText> searchText,
    GuideToService guide,
    IStringLocalizer<FinderText> finder)
    : WorkFormPageModel(show, db, text)
{
    /// <summary>How many search results the guide is shown; a search that needs more is better put in other words.</summary>
    public const int SearchLimit = 10;

    /// <summary>What the guide searched for, as typed.</summary>
    public string? Query { get; private set; }

    public bool Searched { get; private set; }

    public string? SearchError { get; private set; }

    public SuggestionList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, string? q, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Query = Request.Query.ContainsKey("q") ? q ?? "" : null;
        await ShowAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostGuideAsync(Guid id, Guid version, Guid serviceId, CancellationToken cancellationToken)
    {
        var result = await guide.HandleAsync(id, version, serviceId, UserId, cancellationToken);
        var answer = await AfterSaveAsync(id, version, new WorkFormResult(result, new WorkFormErrors()), "Contact.Notice.Guided", cancellationToken);
        if (answer is PageResult)
        {
            await ShowAsync(cancellationToken);
        }

        return answer;
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        ShowClosed();
        var closed = finder["Finder.Closed"].Value;
        IReadOnlyList<ServiceSuggestion> items = [];
        Searched = Query is not null;
        if (Searched)
        {
            var input = new SearchServicesInput
            {
                Text = Query,
                Municipality = Contact.MunicipalityCode,
                Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
                Limit = SearchLimit.ToString(CultureInfo.InvariantCulture),
            };
            var result = await search.HandleAsync(input, cancellationToken);

            // The search's own message for an empty text offers a topic, which this field has not: say what it needs.
            SearchError = result.Errors.All is not [var error, ..] ? null
                : error.Key == "Error.Empty" ? Localize("Suggestions.Error.SearchRequired")
                : searchText[error.Key, error.Args].Value;
            items = await suggest.CardsAsync(result.Hits, closed, cancellationToken);
        }
        else
        {
            items = await suggest.HandleAsync(View, closed, cancellationToken);
        }

        var guided = (await suggest.GuidedInAsync(Contact.Id, cancellationToken)).Select(g => g.Id).ToHashSet();
        var canGuide = Contact.Status != ContactStatus.Closed && Contact.Kind != ContactKind.AnonymousAdvice;
        List = new SuggestionList(Contact.Id, FormVersion, canGuide, items, guided, 3);
    }
}
