using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.Platform.AccessLog;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>
/// The meeting page: its time, place and participants with their answers for everyone who may see it; for the
/// organiser and the guidance team also the purpose, the family's wishes and consents, and cancelling.
/// </summary>
[Authorize(Policy = PlanningFeature.MeetingPolicy)]
[ClientData("Meeting")]
public sealed class MeetingPageModel(ShowMeeting show, CancelMeeting cancel) : PageModel
{
    public MeetingDetails Details { get; private set; } = null!;

    public Meeting Meeting => Details.Meeting;

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public string? CancelReason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public string? ErrorKey { get; private set; }

    public string? ErrorField { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await cancel.HandleAsync(id, CancelReason, Version, UserId, cancellationToken);
        switch (result.Outcome)
        {
            case MeetingChangeOutcome.Saved:
                Notice = "Meeting.Notice.Cancelled";
                return Redirect($"/desk/meetings/{id}");
            case MeetingChangeOutcome.NotFound:
                return NotFound();
            case MeetingChangeOutcome.Forbidden:
                return Forbid();
            case MeetingChangeOutcome.Stale:
                ErrorKey = "Meeting.Error.ChangedMeanwhile";
                break;
            default:
                (ErrorKey, ErrorField) = (result.MessageKey, result.Field);
                break;
        }

        return await ShowAsync(id, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var details = await show.HandleAsync(id, UserId, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }

        Details = details;
        if (ErrorKey is null || ErrorField is null)
        {
            Version = details.Meeting.Version;
        }

        return null;
    }
}
