using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Reference;
using Perhesilta.Features.ServiceDirectory.Search;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Finder;

/// <summary>A field of the finder with what was wrong with it; <see cref="Field"/> is the id of its input.</summary>
public sealed record FinderError(string Field, string Message);

/// <summary>A service found, with why it was found.</summary>
public sealed record FinderResult(ServiceCard Service, IReadOnlyList<string> Reasons);

/// <summary>
/// Palveluhaku: anyone, without signing in, finds the services that fit their family — by municipality, a child's
/// age, their worry in their own words or a topic. The form is sent with GET, so a search has an address of its own
/// that can be shared and bookmarked, and works without JavaScript. Nothing of the search is stored.
/// </summary>
[AllowAnonymous]
[NoClientData]
public sealed class ServiceFinderModel(PerhesiltaDbContext db, SearchServices search, ShowServices show, IStringLocalizer<FinderText> text, IStringLocalizer<SearchText> searchText) : PageModel
{
    /// <summary>How many services a search shows; past the best twenty, a better description helps more than a longer list.</summary>
    public const int Limit = 20;

    [BindProperty(SupportsGet = true, Name = "kunta")]
    public string? Kunta { get; set; }

    [BindProperty(SupportsGet = true, Name = "ika")]
    public string? Ika { get; set; }

    [BindProperty(SupportsGet = true, Name = "teksti")]
    public string? Teksti { get; set; }

    [BindProperty(SupportsGet = true, Name = "aihe")]
    public string? Aihe { get; set; }

    /// <summary>The form was sent, not only opened with a municipality chosen.</summary>
    public bool Searched { get; private set; }

    public IReadOnlyList<FinderError> Errors { get; private set; } = [];

    public IReadOnlyList<FinderResult> Results { get; private set; } = [];

    public IReadOnlyList<FinderChoice> Municipalities { get; private set; } = [];

    public IReadOnlyList<FinderChoice> Topics { get; private set; } = [];

    /// <summary>The emergency social services number of the chosen municipality's area, when known.</summary>
    public string? EmergencyPhone { get; private set; }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    /// <summary>A result's own page, carrying this search so that the way back leads to these results.</summary>
    public string DetailLink(Guid id) => FinderLinks.Service(id, FinderLinks.SearchOf(Request.Query));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        // The form always sends the text and the topic; a link with only a municipality (say, from the municipality's
        // own site) opens the finder with it chosen, rather than with errors about a search nobody made yet.
        Searched = Request.Query.ContainsKey("teksti") || Request.Query.ContainsKey("aihe");
        if (!Searched)
        {
            return Page();
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var input = new SearchServicesInput
        {
            Text = Teksti,
            Municipality = Kunta,
            Ages = [Ika],
            Topics = [Aihe],
            Language = language,
            Limit = Limit.ToString(CultureInfo.InvariantCulture),
        };
        var result = await search.HandleAsync(input, cancellationToken);
        EmergencyPhone = await EmergencyPhoneAsync(cancellationToken);
        if (result.Errors.Any)
        {
            var errors = result.Errors.All.Select(e => new FinderError(FieldOf(e.Field), searchText[e.Key, e.Args].Value)).DistinctBy(e => e.Field).ToList();
            Errors = [.. FinderLinks.Fields.SelectMany(field => errors.Where(e => e.Field == field))];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var cards = await show.HandleAsync([.. result.Hits.Select(h => h.ServiceId)], text["Finder.Closed"].Value, cancellationToken);
        Results = [.. cards.Select(card => new FinderResult(card, result.Hits.First(h => h.ServiceId == card.Id).Reasons))];
        return Page();
    }

    /// <summary>The id of the finder's input that a field of the search use case is about.</summary>
    private static string FieldOf(string field) => field switch
    {
        SearchServices.Fields.Municipality => "kunta",
        SearchServices.Fields.Age => "ika",
        SearchServices.Fields.Topic => "aihe",
        _ => "teksti",
    };

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        var municipalities = await db.Set<Municipality>().AsNoTracking().ToListAsync(cancellationToken);
        Municipalities = [.. municipalities.Select(m => new FinderChoice(m.Code, m.LocalName())).OrderBy(m => m.Name, comparer)];
        var topics = await db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        Topics = [.. topics.Select(t => new FinderChoice(t.Code, t.LocalName()))];
    }

    private async Task<string?> EmergencyPhoneAsync(CancellationToken cancellationToken) =>
        Kunta is { Length: 3 } code
            ? await db.Set<Municipality>().Where(m => m.Code == code).Select(m => m.Area!.EmergencySocialServicesPhone).SingleOrDefaultAsync(cancellationToken)
            : null;
}
