using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Staff;

namespace Perhesilta.Features.Families;

/// <summary>A page with the members form (<c>_MemberRows.cshtml</c>): its rows as typed and its errors, localised.</summary>
public abstract class FamilyFormPageModel(IStringLocalizer<FamilyText> text) : PageModel
{
    [BindProperty]
    public List<FamilyMemberInput> Members { get; set; } = [];

    public FormErrors Errors { get; protected set; } = new();

    /// <summary>The <see cref="FamilyText"/> key of a refused or stale change, shown above the form.</summary>
    public string? ErrorKey { get; protected set; }

    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public string? ErrorFor(string field) => Errors.For(field) is { } error ? text[error.Key, error.Args].Value : null;

    /// <summary>The id of the field's error message, for <c>aria-describedby</c>; null when the field has none.</summary>
    public string? ErrorIdFor(string field) => Errors.For(field) is null ? null : field + "-error";

    /// <summary>Adds empty rows to fill in, so that a family of any size can be entered without JavaScript.</summary>
    protected void AddBlankRows(int count = FamilyMemberRules.RowsAtATime)
    {
        for (var i = 0; i < count; i++)
        {
            Members.Add(new FamilyMemberInput { Role = Members.Count == 0 ? FamilyRole.Adult : FamilyRole.Child });
        }
    }
}
