using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class AccountsModel(PerhesiltaDbContext db, FindStaffAccounts find) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public StaffAccountPage Result { get; private set; } = null!;

    public IReadOnlyList<AreaChoice> AreaChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AreaChoices = await AreaChoiceList.LoadAsync(db, cancellationToken);
        Result = await find.HandleAsync(
            new FindStaffAccountsQuery { Search = Search, Role = Role, Area = Area, Status = Status, PageNumber = PageNumber },
            cancellationToken);
    }

    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int pageNumber)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in new[] { ("q", Search), ("role", Role), ("area", Area), ("status", Status) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(key, value);
            }
        }

        query.Add("pageNumber", pageNumber.ToString(CultureInfo.InvariantCulture));
        return "/admin/staff" + query.ToQueryString();
    }
}
