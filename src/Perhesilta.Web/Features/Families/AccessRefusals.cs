using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Features.Desk;

namespace Perhesilta.Features.Families;

internal static class AccessRefusals
{
    /// <summary>404 for a record that does not exist, 403 for one the user may not see; null when found.</summary>
    public static IActionResult? RefusalFor(this PageModel page, ContactAccess access) => access switch
    {
        ContactAccess.NotFound => page.NotFound(),
        ContactAccess.Forbidden => page.Forbid(),
        _ => null,
    };
}
