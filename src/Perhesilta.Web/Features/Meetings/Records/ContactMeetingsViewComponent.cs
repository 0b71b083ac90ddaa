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

public sealed record MeetingRecordSection(Meeting Meeting, bool Recordable, IReadOnlyList<AgreedActionView> Actions);

/// <summary>
/// On the meeting's page, for its organiser and guidance team: the record's summary, the measure and the agreed actions
/// with where they stand (the late ones marked), and the link to write or correct the record. The page has checked access.
/// </summary>
public sealed class MeetingRecordViewComponent(ShowContactMeetings show, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Meeting meeting) =>
        View("/Features/Meetings/Records/_MeetingRecord.cshtml", new MeetingRecordSection(
            meeting,
            RecordMeeting.Unrecordable(meeting, time.GetUtcNow().UtcDateTime) is null,
            meeting.Status == MeetingStatus.Held ? await show.ActionsOfAsync(meeting.Id, HttpContext.RequestAborted) : []));
}
