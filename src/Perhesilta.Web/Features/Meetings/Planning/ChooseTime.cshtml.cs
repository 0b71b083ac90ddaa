using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.Features.Meetings.Slots;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>
/// The guide chooses the meeting's time: one of the earliest common times, an alternative (with everyone, in the
/// afternoon), or a time typed by hand whose conflicts are shown before it is accepted. Choosing sends the invitations;
/// choosing again sends everyone an update.
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Meeting")]
public sealed class ChooseTimeModel(ShowMeeting show, ProposeMeetingTimes propose, SendInvitations send) : PageModel
{
    public MeetingDetails Details { get; private set; } = null!;

    public Meeting Meeting => Details.Meeting;

    public MeetingProposals? Proposals { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>A proposed start, as the form sends it (UTC, round-trip format).</summary>
    [BindProperty]
    public string? StartsAt { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    /// <summary>The guide accepts the conflicts shown for the time typed by hand.</summary>
    [BindProperty]
    public bool AcceptConflicts { get; set; }

    /// <summary>The conflicts of the time typed by hand; empty when it suits everyone or none was typed.</summary>
    public IReadOnlyList<TimeConflict> Conflicts { get; private set; } = [];

    public WorkFormErrors Errors { get; } = new();

    public string? FormMessage { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, keepVersion: false, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostChooseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!DateTime.TryParse(StartsAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var startsAt))
        {
            FormMessage = "Time.Error.ProposalUnknown";
            return await ShowAsync(id, keepVersion: true, cancellationToken) ?? Page();
        }

        return await SendAsync(id, startsAt, cancellationToken);
    }

    public async Task<IActionResult> OnPostTypedAsync(Guid id, CancellationToken cancellationToken)
    {
        var startsAt = WorkFields.HelsinkiMoment(Errors, Date, Time, "time");
        if (startsAt is { } typed)
        {
            Conflicts = await propose.ConflictsAsync(id, typed, cancellationToken);
            if (Conflicts.Any(c => c.Kind == ConflictKind.InPast))
            {
                Errors.Add("time-date", "Time.Error.InPast");
            }
            else if (Conflicts.Count > 0 && !AcceptConflicts)
            {
                Errors.Add("accept-conflicts", "Time.Error.ConflictsNotAccepted");
            }
            else
            {
                return await SendAsync(id, typed, cancellationToken);
            }
        }

        return await ShowAsync(id, keepVersion: true, cancellationToken) ?? Page();
    }

    private async Task<IActionResult> SendAsync(Guid id, DateTime startsAt, CancellationToken cancellationToken)
    {
        var result = await send.HandleAsync(id, startsAt, Version, UserId, cancellationToken);
        switch (result.Outcome)
        {
            case MeetingChangeOutcome.Saved:
                var sent = await show.HandleAsync(id, UserId, cancellationToken);
                TempData["Notice"] = sent?.Meeting.Sequence > 0 ? "Meeting.Notice.Updated" : "Meeting.Notice.Invited";
                return Redirect($"/desk/meetings/{id}");
            case MeetingChangeOutcome.NotFound:
                return NotFound();
            case MeetingChangeOutcome.Forbidden:
                return Forbid();
            case MeetingChangeOutcome.Stale:
                FormMessage = "Meeting.Error.ChangedMeanwhile";
                return await ShowAsync(id, keepVersion: false, cancellationToken) ?? Page();
            default:
                if (result.Field is { } field)
                {
                    Errors.Add(field, result.MessageKey!);
                }
                else
                {
                    FormMessage = result.MessageKey;
                }

                return await ShowAsync(id, keepVersion: true, cancellationToken) ?? Page();
        }
    }

    private async Task<IActionResult?> ShowAsync(Guid id, bool keepVersion, CancellationToken cancellationToken)
    {
        var details = await show.HandleAsync(id, UserId, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }

        if (details.Access != MeetingView.Organizer)
        {
            return Forbid();
        }

        Details = details;
        if (!keepVersion)
        {
            Version = details.Meeting.Version;
        }

        if (details.IsOpen)
        {
            Proposals = await propose.HandleAsync(id, null, cancellationToken);
        }

        return null;
    }

    /// <summary>The name of a participant, for the availability shown with each time.</summary>
    public string NameOf(Guid? participantId) => Meeting.Participants.FirstOrDefault(p => p.Id == participantId)?.Name ?? "";
}
