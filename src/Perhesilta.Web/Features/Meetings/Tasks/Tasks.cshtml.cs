using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Meetings.Records;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Meetings.Tasks;

/// <summary>
/// The task list of a professional or a guide: their agreed actions and other clocks they answer for, with a "done"
/// button for an agreed action (a reason when late), and the meetings they are invited to. It names no client, but an
/// agreed action's text was written about a family in its meeting: each meeting whose actions are listed is logged as
/// viewed, as its own page would be.
/// </summary>
[Authorize(Policy = MeetingsFeature.TasksPolicy)]
[NoClientData]
public sealed class TasksModel(FindTasks find, CompleteTask complete, IAccessLog accessLog, IStringLocalizer<RecordText> text) : PageModel
{
    public IReadOnlyList<TaskRow> Tasks { get; private set; } = [];

    public IReadOnlyList<MyMeetingRow> Meetings { get; private set; } = [];

    /// <summary>The guides' own clocks link to the contact's clock page; a professional has no access there.</summary>
    public bool IsGuide => User.IsInRole(StaffRoles.ServiceGuide);

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The clock whose "done" was refused, what was typed as its reason and why it was refused.</summary>
    public Guid? ErrorClockId { get; private set; }

    public string? Error { get; private set; }

    public string? Reason { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDoneAsync(Guid clockId, Guid version, string? reason, CancellationToken cancellationToken)
    {
        var result = await complete.HandleAsync(clockId, version, reason, UserId, cancellationToken);
        switch (result.Outcome)
        {
            case TaskOutcome.Done:
                Notice = "Tasks.Notice.Done";
                return Redirect("/tasks");
            case TaskOutcome.NotFound:
                return NotFound();
        }

        (ErrorClockId, Error, Reason) = (clockId, text[result.ErrorKey!, result.ErrorArgs ?? []].Value, reason);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tasks = await find.TasksAsync(UserId, cancellationToken);
        Meetings = await find.MeetingsAsync(UserId, cancellationToken);
        foreach (var meetingId in Tasks.Where(t => t.Action is not null && t.MeetingId is not null).Select(t => t.MeetingId!.Value).Distinct())
        {
            await accessLog.RecordAsync(AccessAction.View, "Meeting", meetingId.ToString(), cancellationToken: cancellationToken);
        }
    }
}
