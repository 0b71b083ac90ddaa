using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>The closing form as typed.</summary>
public sealed class CloseInput
{
    public string? Outcome { get; set; }

    /// <summary>For "guided to a service": the service's name (free text until the service directory exists).</summary>
    public string? Service { get; set; }

    /// <summary>"yes" or "no".</summary>
    public string? Helped { get; set; }

    public string? Note { get; set; }

    public Guid Version { get; set; }
}

/// <summary>
/// A guide closes a contact with its outcome and whether one contact was enough; the asker's status page then says
/// the matter is closed. A closed contact takes no more work.
/// </summary>
public sealed class CloseContact(ContactChanges changes, PerhesiltaDbContext db, IOptions<DeskOptions> options)
{
    public async Task<WorkFormResult> HandleAsync(Guid id, CloseInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        var outcome = WorkFields.Choice<ContactOutcome>(errors, "outcome", input.Outcome, "Close.Error.OutcomeRequired");
        var service = outcome == ContactOutcome.GuidedToService
            ? WorkFields.Text(errors, "service", input.Service, ContactLimits.ShortText, "Close.Error.ServiceRequired", "Close.Error.ServiceTooLong")
            : null;
        bool? helped = input.Helped switch { "yes" => true, "no" => false, _ => null };
        if (helped is null)
        {
            errors.Add("helped", "Close.Error.HelpedRequired");
        }

        var note = WorkFields.Text(errors, "closing-note", input.Note, ContactLimits.Description, null, "Close.Error.NoteTooLong");
        if (outcome == ContactOutcome.NotReached)
        {
            var required = options.Value.ReachAttemptsBeforeNotReached;
            var attempts = await db.Set<ContactAction>().CountAsync(a => a.ContactId == id && a.Kind == ActionKind.ContactAttempt, cancellationToken);
            if (attempts < required)
            {
                errors.Add("outcome", "Close.Error.TooFewAttempts", required, attempts);
            }
        }
        else if (outcome == ContactOutcome.NotificationMade && !await db.Set<StatutoryRoute>().AnyAsync(r => r.ContactId == id, cancellationToken))
        {
            errors.Add("outcome", "Close.Error.NoRoute");
        }

        var change = await changes.ApplyAsync(id, input.Version, userId, (contact, now) =>
        {
            if (contact.Status == ContactStatus.Closed)
            {
                return ContactChangeResult.Refuse(WorkFormKeys.Closed);
            }

            if (errors.Any)
            {
                return ContactChangeResult.Refuse(WorkFormKeys.FieldErrors);
            }

            contact.Status = ContactStatus.Closed;
            contact.ClosedAt = now;
            contact.ClosedByUserId = userId;
            contact.Outcome = outcome;
            contact.OutcomeService = service;
            contact.HelpedWithOneContact = helped;
            contact.ClosingNote = note;
            return null;
        }, cancellationToken);
        return new WorkFormResult(change, errors);
    }
}
