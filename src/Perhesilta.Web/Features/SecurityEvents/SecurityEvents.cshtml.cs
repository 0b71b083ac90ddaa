using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.SecurityEvents;

/// <summary>
/// The administrators' view of the security events: sign-ins, lockouts, second-factor and password changes, account
/// changes and exports, filtered by account, event and time. Events hold ids, addresses and codes, no client data.
/// </summary>
[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class SecurityEventsModel(SearchSecurityEvents search, IOptions<SecurityEventOptions> options, IStringLocalizer<SecurityEventsText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "account")]
    public string? AccountId { get; set; }

    [BindProperty(SupportsGet = true, Name = "event")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    // Not "page": Razor Pages uses that route value for the page's own path.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public SearchSecurityEvents.Result Result { get; private set; } = new([], 1, false, new Dictionary<string, string>());

    public IReadOnlyList<(string Id, string DisplayName, string? Email)> People { get; private set; } = [];

    public int RetentionDays => options.Value.RetentionDays;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        People = await search.PeopleAsync(cancellationToken);
        var input = new SearchSecurityEvents.Input { AccountId = AccountId, Code = Code, From = From, To = To, Page = PageNumber };
        Result = await search.HandleAsync(input, cancellationToken);
    }

    public string? ErrorOf(string field) => Result.Errors.GetValueOrDefault(field);

    /// <summary>The event's name in the reader's language.</summary>
    public string EventName(string code) => text["Event." + code];

    /// <summary>A detail's codes, each in the reader's language where it has a name (reasons, methods), else as stored.</summary>
    public string DescribeDetail(string? detail) =>
        detail is null ? "" : string.Join(' ', detail.Split(' ').Select(part => text["Detail." + part] is { ResourceNotFound: false } named ? named.Value : part));

    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int page) => "/admin/security-events" + QueryString.Create(new Dictionary<string, string?>
    {
        ["account"] = AccountId,
        ["event"] = Code,
        ["from"] = From,
        ["to"] = To,
        ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
