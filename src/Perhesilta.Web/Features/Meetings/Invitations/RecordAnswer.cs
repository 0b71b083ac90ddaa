namespace Perhesilta.Features.Meetings.Invitations;

/// <summary>An answer as the guide records it on the meeting page.</summary>
public sealed class AnswerInput
{
    public ParticipantResponse? Response { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// vastauksen kirjaaminen: a participant answered by phone, in person or in a message to the guide (a family member
/// without an e-mail address gets no link to answer with at all), and the guide records the answer on the meeting page.
/// It counts as an answer from the link and spends the link, so the two cannot disagree; the page shows who recorded
/// it. A later answer the same way replaces it (someone who said yes calls again to say they cannot come). A required
/// participant's decline shows that a new time is needed, as from the link; the guide recording it needs no e-mail.
/// </summary>
public sealed class RecordAnswer(MeetingChanges changes)
{
    public Task<MeetingChangeResult> HandleAsync(Guid meetingId, Guid participantId, AnswerInput input, Guid seenVersion, string userId, CancellationToken cancellationToken = default) =>
        changes.ApplyAsync(meetingId, seenVersion, userId, (meeting, now) =>
        {
            var participant = meeting.Participants.SingleOrDefault(p => p.Id == participantId);
            var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            var field = Field(participantId);
            MeetingChangeResult? refusal = meeting.Status != MeetingStatus.Invited ? MeetingChangeResult.Refuse("ByHand.Error.NotInvited")
                : participant is null || participant.UserId == meeting.OrganizerUserId ? MeetingChangeResult.Refuse("ByHand.Error.NoSuchParticipant")
                : input.Response is not (ParticipantResponse.Accepted or ParticipantResponse.Declined) ? MeetingChangeResult.Refuse("ByHand.Error.Choose", field)
                : note?.Length > MeetingLimits.Reason ? MeetingChangeResult.Refuse("ByHand.Error.NoteTooLong", field)
                : null;
            if (refusal is null)
            {
                participant!.Response = input.Response!.Value;
                participant.RespondedAt = now;
                participant.ResponseNote = note;
                participant.AnswerRecordedByUserId = userId;
                participant.AnswerTokenUsedAt ??= participant.AnswerTokenId is null ? null : now;
            }

            return Task.FromResult(refusal);
        }, cancellationToken);

    /// <summary>The id of a participant's answer form on the meeting page, which a refusal's message is shown in.</summary>
    public static string Field(Guid participantId) => $"answer-{participantId}";
}
