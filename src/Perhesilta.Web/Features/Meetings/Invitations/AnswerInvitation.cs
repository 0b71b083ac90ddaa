using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Invitations;

/// <summary>What an answer link finds: the state of the link, and while it is open, whom and what it is about.</summary>
public enum AnswerState
{
    Open,
    Invalid,
    Expired,

    /// <summary>A newer invitation (a new time) replaced the one this link came with.</summary>
    Replaced,

    /// <summary>The link was used: it answers once.</summary>
    Used,

    Cancelled,
}

public sealed record AnswerView(AnswerState State, string Language, Meeting? Meeting = null, MeetingParticipant? Participant = null, string? Place = null, string? Organizer = null);

/// <summary>
/// vastaus kutsuun: a participant accepts or declines from the link in their invitation, without signing in. A GET only
/// shows the question; the answer is a POST, and it is recorded once: the link is spent in the same conditional update
/// that records the answer. A required participant's decline means a new time must be found; the organiser is told.
/// </summary>
public sealed class AnswerInvitation(PerhesiltaDbContext db, AnswerLinks links, InvitationMail mail, TimeProvider clock)
{
    public async Task<AnswerView> ShowAsync(string token, CancellationToken cancellationToken)
    {
        var link = links.Read(token);
        if (link.State != AnswerLinkState.Valid)
        {
            return new AnswerView(link.State == AnswerLinkState.Expired ? AnswerState.Expired : AnswerState.Invalid, link.Language);
        }

        var participant = await db.Set<MeetingParticipant>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == link.ParticipantId, cancellationToken);
        if (participant is null)
        {
            return new AnswerView(AnswerState.Invalid, link.Language);
        }

        var meeting = await db.Set<Meeting>().AsNoTracking().Include(m => m.Participants).SingleAsync(m => m.Id == participant.MeetingId, cancellationToken);
        var state = meeting.Status == MeetingStatus.Cancelled ? AnswerState.Cancelled
            : participant.AnswerTokenId != link.TokenId || meeting.Status != MeetingStatus.Invited ? AnswerState.Replaced
            : participant.AnswerTokenUsedAt is not null ? AnswerState.Used
            : AnswerState.Open;
        var organizer = meeting.Participants.FirstOrDefault(p => p.UserId == meeting.OrganizerUserId)?.Name;
        return new AnswerView(state, link.Language, meeting, participant, await InvitationMail.PlaceAsync(db, meeting, cancellationToken), organizer);
    }

    /// <summary>Records the answer when the link is still open; otherwise answers what the link found, changing nothing.</summary>
    public async Task<AnswerView> HandleAsync(string token, bool accept, string? note, CancellationToken cancellationToken)
    {
        var view = await ShowAsync(token, cancellationToken);
        if (view.State != AnswerState.Open)
        {
            return view;
        }

        var participant = view.Participant!;
        var now = clock.GetUtcNow().UtcDateTime;
        var response = accept ? ParticipantResponse.Accepted : ParticipantResponse.Declined;
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, MeetingLimits.Reason)];

        // Two clicks at once: only the update that still finds the link unused records an answer.
        var recorded = await db.Set<MeetingParticipant>()
            .Where(p => p.Id == participant.Id && p.AnswerTokenId == participant.AnswerTokenId && p.AnswerTokenUsedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Response, response)
                .SetProperty(p => p.RespondedAt, now)
                .SetProperty(p => p.ResponseNote, text)
                .SetProperty(p => p.AnswerTokenUsedAt, now), cancellationToken);
        if (recorded == 0)
        {
            return view with { State = AnswerState.Used };
        }

        if (!accept && participant.Required)
        {
            await TellOrganizerOnceAsync(view.Meeting!, participant, cancellationToken);
        }

        return view with { Participant = await db.Set<MeetingParticipant>().AsNoTracking().SingleAsync(p => p.Id == participant.Id, cancellationToken) };
    }

    /// <summary>
    /// The organiser hears of the first required participant who declined this round of invitations; later declines
    /// (and one recorded at the same instant as an earlier one) show on the meeting page only.
    /// </summary>
    private async Task TellOrganizerOnceAsync(Meeting meeting, MeetingParticipant declined, CancellationToken cancellationToken)
    {
        var declinedAt = await db.Set<MeetingParticipant>().Where(p => p.Id == declined.Id).Select(p => p.RespondedAt).SingleAsync(cancellationToken);
        var earlier = await db.Set<MeetingParticipant>().AnyAsync(
            p => p.MeetingId == meeting.Id && p.Id != declined.Id && p.Required && p.Response == ParticipantResponse.Declined
                && p.InvitedSequence == meeting.Sequence && p.RespondedAt <= declinedAt,
            cancellationToken);
        if (earlier)
        {
            return;
        }

        mail.NewTimeNeeded(db, meeting, declined);
        await db.SaveChangesAsync(cancellationToken);
    }
}
