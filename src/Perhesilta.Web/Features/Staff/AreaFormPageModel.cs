using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Perhesilta.Features.Staff;

/// <summary>The new-area and edit-area pages: the names of an area in three languages.</summary>
public abstract class AreaFormPageModel(IStringLocalizer<StaffText> text) : StaffFormPageModel(text)
{
    [BindProperty]
    public SaveAreaInput Input { get; set; } = new();
}
