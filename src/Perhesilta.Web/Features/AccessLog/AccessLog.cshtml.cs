using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.AccessLog;

/// <summary>
/// The administrators' view of the access log: search by person, record and time range, and verify the chain.
/// The page shows ids and codes only; reading it is logged by <see cref="SearchAccessLog"/> with the purpose audit.
/// </summary>
[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class AccessLogModel(SearchAccessLog search, VerifyAccessLog verify) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "person")]
    public string? PersonId { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? RecordType { get; set; }

    [BindProperty(SupportsGet = true, Name = "record")]
    public string? RecordId { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    // Not "page": Razor Pages uses that route value for the page's own path.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public SearchAccessLog.Result Result { get; private set; } = new([], 1, false, new Dictionary<string, string>());

    public AccessLogVerification? Verification { get; private set; }

    public IReadOnlyList<(string Id, string DisplayName, string? Email)> People { get; private set; } = [];

    public IReadOnlyList<string> RecordTypes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await SearchAsync(cancellationToken);

    public async Task OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        Verification = await verify.HandleAsync(cancellationToken);
        await SearchAsync(cancellationToken);
    }

    public string? ErrorOf(string field) => Result.Errors.GetValueOrDefault(field);

    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int page) => "/admin/access-log" + QueryString.Create(new Dictionary<string, string?>
    {
        ["person"] = PersonId,
        ["type"] = RecordType,
        ["record"] = RecordId,
        ["from"] = From,
        ["to"] = To,
        ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private async Task SearchAsync(CancellationToken cancellationToken)
    {
        People = await search.PeopleAsync(cancellationToken);
        RecordTypes = await search.RecordTypesAsync(cancellationToken);
        var input = new SearchAccessLog.Input { PersonId = PersonId, RecordType = RecordType, RecordId = RecordId, From = From, To = To, Page = PageNumber };
        Result = await search.HandleAsync(input, cancellationToken);
    }
}
