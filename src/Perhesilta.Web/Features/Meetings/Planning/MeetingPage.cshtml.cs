using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>
/// The meeting page: its time, place and participants with their answers for everyone who may see it; for the
/// organiser and the guidance team also the purpose, the family's wishes and consents, and cancelling.
/// </summary>
[Authorize(Policy = PlanningFeature.MeetingPolicy)]
[ClientData("Meeting")]
public sealed class MeetingPageModel(ShowMeeting show, CancelMeeting cancel, EditParticipants participants, RecordAnswer answers, PerhesiltaDbContext db, IStringLocalizer<PlanningText> text) : PageModel
{
    public MeetingDetails Details { get; private set; } = null!;

    public Meeting Meeting => Details.Meeting;

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public string? CancelReason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public FamilyMemberInput Family { get; set; } = new();

    [BindProperty]
    public ProfessionalInput Professional { get; set; } = new();

    /// <summary>The answer the guide records for one participant (<see cref="AnswerFor"/>).</summary>
    [BindProperty]
    public AnswerInput Answer { get; set; } = new();

    /// <summary>The participant whose answer form was sent, so that what was typed is shown in that row only.</summary>
    public Guid? AnswerFor { get; private set; }

    /// <summary>The professionals to choose from when adding one while planning.</summary>
    public IReadOnlyList<ProfessionalOption> Professionals { get; private set; } = [];

    public string? ErrorKey { get; private set; }

    public string? ErrorField { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        await SettleAsync(id, await cancel.HandleAsync(id, CancelReason, Version, UserId, cancellationToken), "Meeting.Notice.Cancelled", cancellationToken);

    public async Task<IActionResult> OnPostAddFamilyAsync(Guid id, CancellationToken cancellationToken) =>
        await SettleAsync(id, await participants.AddAsync(id, Family, null, Version, UserId, text["New.ByName"].Value, cancellationToken), "Participants.Notice.Added", cancellationToken);

    public async Task<IActionResult> OnPostAddProfessionalAsync(Guid id, CancellationToken cancellationToken) =>
        await SettleAsync(id, await participants.AddAsync(id, null, Professional, Version, UserId, text["New.ByName"].Value, cancellationToken), "Participants.Notice.Added", cancellationToken);

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid participantId, CancellationToken cancellationToken) =>
        await SettleAsync(id, await participants.RemoveAsync(id, participantId, Version, UserId, cancellationToken), "Participants.Notice.Removed", cancellationToken);

    public async Task<IActionResult> OnPostRecordAnswerAsync(Guid id, Guid participantId, CancellationToken cancellationToken)
    {
        AnswerFor = participantId;
        return await SettleAsync(id, await answers.HandleAsync(id, participantId, Answer, Version, UserId, cancellationToken), "ByHand.Notice.Recorded", cancellationToken);
    }

    private async Task<IActionResult> SettleAsync(Guid id, MeetingChangeResult result, string notice, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case MeetingChangeOutcome.Saved:
                Notice = notice;
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

        if (details.Access == MeetingView.Organizer && details.Meeting.Status == MeetingStatus.Planning)
        {
            Professionals = await ProfessionalOptions.ListAsync(db, UserId, text["New.ByName"].Value, cancellationToken);
        }

        return null;
    }
}
