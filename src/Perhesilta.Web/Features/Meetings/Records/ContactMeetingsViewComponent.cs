using Microsoft.AspNetCore.Mvc;
using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Features.Meetings.Records;

public sealed record ContactMeetingsSection(Contact Contact, bool CanChange, IReadOnlyList<ContactMeetingRow> Meetings);

/// <summary>
/// The network meetings of a contact on its page: status, time, the answers, and for those held the working days from
/// request to meeting and the agreed actions with where they stand. The page has checked the reader's access.
/// </summary>
public sealed class ContactMeetingsViewComponent(ShowContactMeetings show) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Contact contact, bool canChange) =>
        View("/Features/Meetings/Records/_ContactMeetings.cshtml", new ContactMeetingsSection(contact, canChange, await show.ListAsync(contact.Id, HttpContext.RequestAborted)));
}

/// <summary>The agreed actions of one meeting and where they stand, e.g. on the meeting's page; the page has checked access.</summary>
public sealed class MeetingActionsViewComponent(ShowContactMeetings show) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid meetingId) =>
        View("/Features/Meetings/Records/_AgreedActions.cshtml", await show.ActionsOfAsync(meetingId, HttpContext.RequestAborted));
}
