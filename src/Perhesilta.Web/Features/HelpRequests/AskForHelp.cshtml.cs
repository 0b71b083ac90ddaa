using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;

namespace Perhesilta.Features.HelpRequests;

[AllowAnonymous]
[NoClientData]
public sealed class AskForHelpModel : PageModel
{
    public void OnGet()
    {
    }
}
