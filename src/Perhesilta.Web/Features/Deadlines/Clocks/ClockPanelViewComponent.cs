using Microsoft.AspNetCore.Mvc;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>What the clock panel shows: the clocks, whether the reader may record on them, and whether it is a family's panel.</summary>
public sealed record ClockPanel(IReadOnlyList<ClockView> Clocks, bool CanChange, Guid? ContactId);

/// <summary>
/// The statutory clocks of a contact (or of all the contacts of a family): legal basis, start, due date, who answers
/// for it, state and history. The page that renders it has already checked that the reader may see the contact or family.
/// </summary>
public sealed class ClockPanelViewComponent(ShowClocks show) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid? contactId, Guid? familyId, bool canChange)
    {
        var clocks = contactId is { } contact
            ? await show.OfContactAsync(contact, HttpContext.RequestAborted)
            : await show.OfFamilyAsync(familyId!.Value, HttpContext.RequestAborted);
        return View("/Features/Deadlines/Clocks/_ClockPanel.cshtml", new ClockPanel(clocks, canChange, contactId));
    }
}
