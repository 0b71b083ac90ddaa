using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.HelpRequests;

/// <summary>Where a submission came from: the channel, the kinds that way in allows, and who recorded it.</summary>
public sealed record SubmissionContext(
    ContactChannel Channel,
    IReadOnlySet<ContactKind> AllowedKinds,
    string IdempotencyKey,
    string? RecordedByUserId = null);

/// <summary>The saved (or earlier saved) contact with its status token; or the errors when nothing was saved.</summary>
public sealed record SubmitHelpRequestResult(FormErrors Errors, Contact? Contact = null, string? StatusToken = null, bool Replayed = false);

/// <summary>
/// A family, a young person, a professional, another system or a guide on their behalf asks for help. The contact is
/// written once, with its e-mail confirmation in the same transaction; a resent submission with the same idempotency
/// key gets the contact saved the first time.
/// </summary>
public sealed class SubmitHelpRequest(
    PerhesiltaDbContext db,
    TimeProvider clock,
    FinnishCalendar calendar,
    IOptions<HelpRequestOptions> options,
    IDataProtectionProvider protection,
    HelpRequestMail mail,
    IAccessLog accessLog,
    ReferenceCache reference,
    SqliteWriter writer,
    ContactClocks clocks)
{
    private readonly IDataProtector _tokenProtector = protection.CreateProtector("Perhesilta.HelpRequests.StatusToken");

    /// <param name="errors">Errors found before the input reached here (e.g. a value a form could not bind); nothing is saved if there are any.</param>
    public async Task<SubmitHelpRequestResult> HandleAsync(HelpRequestInput input, SubmissionContext context, FormErrors? errors = null, CancellationToken cancellationToken = default)
    {
        errors ??= new FormErrors();
        var validated = HelpRequestValidation.Validate(input, context, await reference.GetAsync(db, cancellationToken), errors);
        if (validated is null || errors.Any)
        {
            // A resend of a saved submission is answered with that contact even if the form was changed in between.
            return await FindReplayAsync(context.IdempotencyKey, cancellationToken) ?? new SubmitHelpRequestResult(errors);
        }

        // Most submissions are new, so the key is not looked up first: the unique index on it tells of a resend.
        var (contact, token) = NewContact(validated, context);
        try
        {
            await writer.SaveChangesAsync(db, cancellationToken);
        }
        catch (DbUpdateException ex) when (ConstraintViolations.IsUnique(ex))
        {
            // A resend, or two requests with the same key that raced; the one that committed first is the answer.
            db.ChangeTracker.Clear();
            return await FindReplayAsync(context.IdempotencyKey, cancellationToken) ?? throw ex.InnerException ?? ex;
        }
        catch (DbUpdateException ex) when (ConstraintViolations.IsForeignKey(ex))
        {
            // The area was deleted by another instance within the cache's lifetime: route again with fresh data, once.
            db.ChangeTracker.Clear();
            reference.Invalidate();
            validated = HelpRequestValidation.Validate(input, context, await reference.GetAsync(db, cancellationToken), errors);
            if (validated is null || errors.Any)
            {
                return new SubmitHelpRequestResult(errors);
            }

            (contact, token) = NewContact(validated, context);
            await writer.SaveChangesAsync(db, cancellationToken);
        }

        return new SubmitHelpRequestResult(errors, contact, token);
    }

    /// <summary>Adds the contact and its confirmation mail to the unit of work; returns it with its status token.</summary>
    private (Contact Contact, string Token) NewContact(ValidatedHelpRequest validated, SubmissionContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));
        var token = ContactCodes.NewStatusToken();
        var contact = validated.ToContact(context, now);
        contact.ReferenceCode = ContactCodes.NewReferenceCode();
        contact.StatusTokenHash = ContactCodes.HashStatusToken(token);
        contact.StatusTokenProtected = _tokenProtector.Protect(token);
        contact.RespondBy = calendar.AddWorkingDays(today, options.Value.ResponseTargetWorkingDays);
        contact.RoutedToUnit = contact.NeedsImmediateUrgencyAssessment ? validated.Municipality.NotificationReceivingUnit : null;
        db.Add(contact);
        if (context.RecordedByUserId is not null)
        {
            // A guide recording a contact by phone creates client data; a family's own request is not an access.
            accessLog.Add(db, AccessAction.Create, "Contact", contact.Id.ToString());
        }

        clocks.ContactArrived(db, contact);
        mail.EnqueueConfirmation(db, contact, token);
        return (contact, token);
    }

    private async Task<SubmitHelpRequestResult?> FindReplayAsync(string key, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.IdempotencyKey == key, cancellationToken);
        if (existing?.StatusTokenProtected is null)
        {
            return null;
        }

        return new SubmitHelpRequestResult(new FormErrors(), existing, _tokenProtector.Unprotect(existing.StatusTokenProtected), Replayed: true);
    }
}
