using Microsoft.AspNetCore.Mvc;
using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Features.Desk;

/// <summary>
/// The work section of the contact page (timeline, statutory routes, closing). It loads its own data, so the contact
/// page renders it with one line; the page has already checked that the guide may see the contact.
/// </summary>
public sealed class ContactWorkViewComponent(ShowContactWork show) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Contact contact) =>
        View("/Features/Desk/_Timeline.cshtml", await show.HandleAsync(contact, HttpContext.RequestAborted));
}
