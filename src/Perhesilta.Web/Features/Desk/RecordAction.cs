using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>The action form as typed: everything a string, so that what the guide typed is shown back as it was.</summary>
public sealed class ActionInput
{
    public string? Kind { get; set; }

    /// <summary>The day in Finnish time, yyyy-MM-dd.</summary>
    public string? Date { get; set; }

    /// <summary>The time in Finnish time, HH:mm.</summary>
    public string? Time { get; set; }

    public string? Duration { get; set; }

    public string? Note { get; set; }

    /// <summary>The guide confirms a reception visit beyond the model's visits and the one after them.</summary>
    public bool ConfirmExtraVisit { get; set; }

    public Guid Version { get; set; }
}

/// <summary>
/// A guide records work done for a contact. The first action that reached the family sets the time to first contact
/// and tells the asker they have been contacted; reception visits are numbered.
/// </summary>
public sealed class RecordAction(ContactChanges changes, PerhesiltaDbContext db, IOptions<DeskOptions> options, ContactClocks clocks)
{
    /// <summary>The longest action a guide records in one go; anything longer is a typing error.</summary>
    public const int MaxDurationMinutes = 600;

    public async Task<WorkFormResult> HandleAsync(Guid id, ActionInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        var kind = WorkFields.Choice<ActionKind>(errors, "kind", input.Kind, "Action.Error.KindRequired");
        if (kind is { } typed && !IsOnTheForm(typed))
        {
            errors.Add("kind", "Action.Error.GuidedFromSuggestions");
        }

        var performedAt = WorkFields.HelsinkiMoment(errors, input.Date, input.Time, "performed");
        var duration = Duration(errors, input.Duration);
        var note = WorkFields.Text(errors, "note", input.Note, ContactLimits.Description, null, "Action.Error.NoteTooLong");
        var visits = await NextVisitNumberAsync(id, cancellationToken) - 1;
        if (kind == ActionKind.ReceptionVisit && NeedsConfirmation(visits + 1) && !input.ConfirmExtraVisit)
        {
            errors.Add("confirm-extra-visit", "Action.Error.ExtraVisitNotConfirmed", visits + 1, options.Value.ReceptionVisitsInModel);
        }

        var change = await changes.ApplyCheckedAsync(id, input.Version, userId, async (contact, now) =>
        {
            if (contact.Status == ContactStatus.Closed)
            {
                return ContactChangeResult.Refuse(WorkFormKeys.Closed);
            }

            if (performedAt is { } at)
            {
                WorkFields.WithinContact(errors, at, contact.InitiatedAt, now, "performed");
            }

            // Anonymous advice left no way to reach anyone; it is answered on the status page.
            if (contact.Kind == ContactKind.AnonymousAdvice && kind is { } chosen && ContactAction.Reaches(chosen))
            {
                errors.Add("kind", "Action.Error.AdviceHasNobodyToReach");
            }

            if (errors.Any)
            {
                return ContactChangeResult.Refuse(WorkFormKeys.FieldErrors);
            }

            await ApplyAsync(contact, kind!.Value, performedAt!.Value, duration, note, userId, now, kind == ActionKind.ReceptionVisit ? visits + 1 : null, cancellationToken);
            return null;
        }, cancellationToken);
        return new WorkFormResult(change, errors);
    }

    /// <summary>
    /// Whether the action form records this kind. Guiding to a service of the directory names the service, so it is
    /// recorded from the contact's suggested services (<see cref="GuideToService"/>) rather than from the form.
    /// </summary>
    public static bool IsOnTheForm(ActionKind kind) => kind != ActionKind.GuidedToService;

    /// <summary>The number the next reception visit of the contact gets: 1st, 2nd, 3rd…</summary>
    public async Task<int> NextVisitNumberAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<ContactAction>().CountAsync(a => a.ContactId == id && a.Kind == ActionKind.ReceptionVisit, cancellationToken) + 1;

    public int ReceptionVisitsInModel => options.Value.ReceptionVisitsInModel;

    /// <summary>A visit past the model's visits and the one after them (the 5th of 3) is booked only when confirmed.</summary>
    public bool NeedsConfirmation(int visitNumber) => visitNumber > options.Value.ReceptionVisitsInModel + 1;

    /// <summary>The first visit past the model (the 4th of 3): the family would usually be referred onwards by now.</summary>
    public bool IsPastModel(int visitNumber) => visitNumber > options.Value.ReceptionVisitsInModel;

    /// <summary>Adds the action to the tracked contact, with what it means for the contact's clocks; the caller saves it with the contact.</summary>
    internal async Task ApplyAsync(Contact contact, ActionKind kind, DateTime performedAt, int? duration, string? note, string userId, DateTime now, int? visitNumber, CancellationToken cancellationToken)
    {
        var action = NewAction(contact, kind, performedAt, duration, note, userId, now, visitNumber);
        db.Add(action);
        await clocks.ActionRecordedAsync(db, contact, action, cancellationToken);
    }

    /// <summary>
    /// A new action of the contact, and what it means for the contact: an action that reached the family sets the
    /// time to first contact and tells the asker they have been contacted. The caller adds the action.
    /// </summary>
    internal static ContactAction NewAction(Contact contact, ActionKind kind, DateTime performedAt, int? duration, string? note, string userId, DateTime now, int? visitNumber)
    {
        var reached = ContactAction.Reaches(kind);
        var action = new ContactAction
        {
            ContactId = contact.Id,
            Kind = kind,
            PerformedAt = performedAt,
            DurationMinutes = duration,
            Note = note,
            PerformedByUserId = userId,
            RecordedAt = now,
            VisitNumber = visitNumber,
            ReachedFamily = reached,
        };
        if (!reached)
        {
            return action;
        }

        // Time to first contact is the earliest moment the family was reached. Actions are recorded afterwards, so a
        // call made on Monday may be recorded after Tuesday's visit: the earlier, back-dated moment then replaces the
        // later one. It never moves later, and as actions are never changed or removed it always equals the earliest
        // PerformedAt of the contact's reaching actions, which can be checked from the timeline.
        if (contact.FirstReachedAt is null || performedAt < contact.FirstReachedAt)
        {
            contact.FirstReachedAt = performedAt;
        }

        if (contact.Status is ContactStatus.Received or ContactStatus.InProgress)
        {
            contact.Status = ContactStatus.Contacted;
        }

        return action;
    }

    private static int? Duration(WorkFormErrors errors, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var minutes))
        {
            errors.Add("duration", "Action.Error.DurationNotNumber");
            return null;
        }

        if (minutes <= 0)
        {
            errors.Add("duration", "Action.Error.DurationNotPositive");
        }
        else if (minutes > MaxDurationMinutes)
        {
            errors.Add("duration", "Action.Error.DurationTooLong", MaxDurationMinutes);
        }

        return minutes;
    }
}
