using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;

namespace Perhesilta.Features.Home;

[AllowAnonymous]
[NoClientData]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
