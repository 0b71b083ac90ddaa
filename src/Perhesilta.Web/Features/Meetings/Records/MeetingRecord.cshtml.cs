using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Meetings.Records;

/// <summary>
/// The guide records a meeting after it began: who came, a summary, the agreed actions (a fixed number of empty rows,
/// and more rows by a normal POST that saves nothing), the late reason when the meeting was held after its target, and
/// a follow-up. The same form corrects a record already written. For the organiser and the guidance team only.
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Meeting")]
public sealed class MeetingRecordModel(PerhesiltaDbContext db, RecordMeeting record, ShowContactMeetings show, RecordFormText text, DeadlineClocks deadlines, TimeProvider time) : PageModel
{
    /// <summary>The empty rows of agreed actions a form has, and how many more "add rows" gives.</summary>
    public const int EmptyRows = 3;

    [BindProperty]
    public MeetingRecordInput Input { get; set; } = new();

    public Meeting Meeting { get; private set; } = null!;

    public string ContactReference { get; private set; } = "";

    public IReadOnlyList<ResponsibleChoice> Choices { get; private set; } = [];

    /// <summary>The actions done or cancelled: shown, no longer changed.</summary>
    public IReadOnlyList<AgreedActionView> EndedActions { get; private set; } = [];

    /// <summary>The network-meeting clock's due date when the meeting was held after it: the form asks why.</summary>
    public DateOnly? LateAfter { get; private set; }

    public Guid? FollowUpId { get; private set; }

    public WorkFormErrors Errors { get; private set; } = new();

    public string? FormMessage { get; private set; }

    public bool CanRecord { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public string? ErrorFor(string field) => Errors.For(field) is { } error ? text[error.Key, error.Args].Value : null;

    public string Message(WorkFormError error) => text[error.Key, error.Args].Value;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = new MeetingRecordInput
        {
            Version = Meeting.Version,
            Summary = Meeting.Summary,
            Attended = [.. Meeting.Participants.Where(p => p.Attended ?? p.Response == ParticipantResponse.Accepted).Select(p => p.Id)],
            Actions = [.. Meeting.Actions.Where(a => EndedActions.All(e => e.Action.Id != a.Id)).OrderBy(a => a.DueOn).ThenBy(a => a.CreatedAt).ThenBy(a => a.Id).Select(a => new AgreedActionInput
            {
                Id = a.Id,
                Description = a.Description,
                Responsible = a.ResponsibleParticipantId is { } p ? ResponsibleChoice.OfParticipant(p) : a.ResponsibleUserId is { } u ? ResponsibleChoice.OfUser(u) : null,
                DueOn = a.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })],
        };
        AddEmptyRows();
        return Page();
    }

    /// <summary>More rows for agreed actions, without JavaScript: the form comes back as typed with empty rows added; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddRowsAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        AddEmptyRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await record.HandleAsync(id, Input, UserId, cancellationToken);
        switch (result.Outcome)
        {
            case RecordOutcome.Saved:
                Notice = result.FollowUpId is null ? "Record.Notice.Saved" : "Record.Notice.SavedWithFollowUp";
                return Redirect($"/desk/meetings/{id}/record");
            case RecordOutcome.NotFound:
                return NotFound();
            case RecordOutcome.Forbidden:
                return Forbid();
        }

        if (await LoadAsync(id, cancellationToken) is { } gone)
        {
            return gone;
        }

        Errors = result.Errors;
        if (result.Outcome == RecordOutcome.Stale)
        {
            // Shown again as it is now, with what the guide typed, on the current version.
            Input.Version = Meeting.Version;
        }

        if (result.MessageKey is { } key)
        {
            FormMessage = text[key, result.MessageArgs ?? []].Value;
        }

        if (!Input.Actions.Any(a => a.IsEmpty))
        {
            AddEmptyRows();
        }

        return Page();
    }

    private void AddEmptyRows() => Input.Actions.AddRange(Enumerable.Range(0, EmptyRows).Select(_ => new AgreedActionInput()));

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Meeting>().AsNoTracking().Include(m => m.Participants).Include(m => m.Actions).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        switch (await MeetingAccess.ViewAsync(db, meeting, UserId, cancellationToken))
        {
            case MeetingView.None:
                return NotFound();
            case MeetingView.Invited:
                return Forbid();
        }

        Meeting = meeting;
        meeting.Participants.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : StringComparer.CurrentCulture.Compare(a.Name, b.Name));
        ContactReference = await db.Set<Contact>().Where(c => c.Id == meeting.ContactId).Select(c => c.ReferenceCode).SingleAsync(cancellationToken);
        Choices = await MeetingRecordChoices.ResponsibleAsync(db, meeting, cancellationToken);
        EndedActions = [.. (await show.ActionsOfAsync(id, cancellationToken)).Where(a => a.State is ActionState.Done or ActionState.DoneLate or ActionState.Cancelled)];
        FollowUpId = await db.Set<Meeting>().Where(m => m.FollowUpOfMeetingId == id).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (RecordMeeting.Unrecordable(meeting, now) is { } refusal)
        {
            FormMessage = text[refusal, meeting.StartsAt is { } s ? HelsinkiTime.Format(s) : ""].Value;
            return null;
        }

        CanRecord = true;
        if (meeting.ClockId is { } clockId
            && await db.Set<DeadlineClock>().AsNoTracking().Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == clockId, cancellationToken) is { State: ClockState.Running } clock
            && deadlines.Check(clock, ClockEventKind.Completed, meeting.StartsAt!.Value, null) == ClockEventError.ReasonRequired)
        {
            LateAfter = clock.DueOn;
        }

        return null;
    }
}
