using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>
/// A page with a work form of one contact (an action, the closing, a statutory route): it shows the contact's heading,
/// the form's errors and, when the contact changed meanwhile, who changed it. Like the contact page, it is for the
/// service guides of the contact's area or municipality only. Its texts are the desk's; another feature's form passes
/// a localizer that knows its own keys besides the desk's.
/// </summary>
public abstract class WorkFormPageModel(ShowContact show, PerhesiltaDbContext db, IStringLocalizer text) : PageModel
{
    public ContactView View { get; private set; } = null!;

    public Contact Contact => View.Contact;

    public WorkFormErrors Errors { get; protected set; } = new();

    /// <summary>A message about the whole form (the contact is closed, or changed meanwhile), shown above it.</summary>
    public string? FormMessage { get; protected set; }

    /// <summary>
    /// The contact version the form carries: the one the guide first saw while they correct their input, so that a
    /// change made meanwhile is still noticed; the current one after they were told of such a change.
    /// </summary>
    public Guid FormVersion { get; private set; }

    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public string? ErrorFor(string field) => Errors.For(field) is { } error ? Message(error) : null;

    /// <summary>The id of the field's error message, for <c>aria-describedby</c>; null when the field has none.</summary>
    public string? ErrorIdFor(string field) => Errors.For(field) is null ? null : field + "-error";

    /// <summary>A field error in the reader's language; a page of another feature may resolve its own keys.</summary>
    public virtual string Message(WorkFormError fault) => text[fault.Key, fault.Args].Value;

    protected string Localize(string key) => text[key].Value;

    /// <summary>A closed contact takes no more work: the form says so above it, unless it already says something else.</summary>
    protected void ShowClosed()
    {
        if (Contact.Status == ContactStatus.Closed && FormMessage is null)
        {
            FormMessage = Localize(WorkFormKeys.Closed);
        }
    }

    /// <summary>Loads the contact, or answers 404/403 when it is missing or not the guide's.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await show.HandleAsync(id, UserId, cancellationToken);
        switch (result.Access)
        {
            case ContactAccess.NotFound:
                return NotFound();
            case ContactAccess.Forbidden:
                return Forbid();
            default:
                View = result.View!;
                FormVersion = View.Contact.Version;
                return null;
        }
    }

    /// <summary>After a save: back to the contact with a notice, or this form again with what went wrong.</summary>
    protected async Task<IActionResult> AfterSaveAsync(Guid id, Guid seenVersion, WorkFormResult result, string noticeKey, CancellationToken cancellationToken)
    {
        switch (result.Change.Outcome)
        {
            case ContactChangeOutcome.Saved:
                TempData["Notice"] = noticeKey;
                return Redirect($"/desk/contacts/{id}");
            case ContactChangeOutcome.NotFound:
                return NotFound();
            case ContactChangeOutcome.Forbidden:
                return Forbid();
        }

        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (result.Change.Outcome == ContactChangeOutcome.Stale)
        {
            var by = Contact.UpdatedByUserId is { } changer
                ? await db.Users.Where(u => u.Id == changer).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
                : null;
            FormMessage = text["Work.Error.ChangedMeanwhile", by ?? text["Work.SomeoneElse"].Value].Value;
            return Page();
        }

        Errors = result.Errors;
        FormVersion = seenVersion;
        if (result.Change.MessageKey is { } key && key != WorkFormKeys.FieldErrors)
        {
            FormMessage = text[key].Value;
        }

        return Page();
    }
}

internal static class WorkFormKeys
{
    /// <summary>The refusal of a form whose errors are on its fields rather than about the whole form.</summary>
    public const string FieldErrors = "Work.Error.Fields";

    /// <summary>A closed contact takes no more work.</summary>
    public const string Closed = "Work.Error.ContactClosed";
}
