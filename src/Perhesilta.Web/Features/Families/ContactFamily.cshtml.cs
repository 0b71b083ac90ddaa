using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Families;

/// <summary>
/// Linking a contact to a family: suggested families (by the contact's name with its phone or e-mail, or by an
/// identity code the guide searches for), which the guide confirms, or a new family from this contact. Nothing is
/// linked without the guide's confirmation. Shows the contact's details, so each view is logged as a view of it.
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Contact")]
public sealed class ContactFamilyModel(ShowContactFamilyChoices show, IStringLocalizer<FamilyText> text, TimeProvider clock)
    : FamilyFormPageModel(text)
{
    public ContactFamilyChoices Choices { get; private set; } = null!;

    /// <summary>The identity code typed into the search, shown back as typed; it is never put in a URL.</summary>
    public string? IdentityCode { get; private set; }

    /// <summary>Set when a valid code was searched for, so that "no family has this code" can be said.</summary>
    public bool SearchedByCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, null, cancellationToken);
        if (Choices is { Contact: var contact })
        {
            Members.Add(FirstRowFrom(contact));
            AddBlankRows(FamilyMemberRules.RowsAtATime - 1);
        }

        return shown;
    }

    public async Task<IActionResult> OnPostSearchAsync(Guid id, string? identityCode, CancellationToken cancellationToken)
    {
        IdentityCode = identityCode;
        AddBlankRows();
        if (string.IsNullOrWhiteSpace(identityCode))
        {
            Errors.Add("identity-code", "Search.Error.Empty");
            return await ShowAsync(id, null, cancellationToken);
        }

        var check = PersonalIdentityCode.Check(identityCode, DateOnly.FromDateTime(HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime)));
        if (!check.IsValid)
        {
            Errors.Add("identity-code", IdentityCodeMessages.KeyOf(check.Problem));
            return await ShowAsync(id, null, cancellationToken);
        }

        SearchedByCode = true;
        return await ShowAsync(id, check.Code, cancellationToken);
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid version, Guid familyId, [FromServices] LinkContactToFamily link, CancellationToken cancellationToken) =>
        await AfterChangeAsync(id, await link.LinkAsync(id, version, familyId, UserId, cancellationToken), "Contact.Notice.FamilyLinked", cancellationToken);

    public async Task<IActionResult> OnPostUnlinkAsync(Guid id, Guid version, [FromServices] LinkContactToFamily link, CancellationToken cancellationToken) =>
        await AfterChangeAsync(id, await link.UnlinkAsync(id, version, UserId, cancellationToken), "Contact.Notice.FamilyUnlinked", cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(Guid id, Guid version, [FromServices] CreateFamilyFromContact create, CancellationToken cancellationToken)
    {
        var result = await create.HandleAsync(id, version, Members, UserId, cancellationToken);
        Errors = result.Errors;
        return await AfterChangeAsync(id, result.Change, "Contact.Notice.FamilyCreated", cancellationToken);
    }

    /// <summary>"More rows": the form comes back as typed with empty rows added; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddRowsAsync(Guid id, CancellationToken cancellationToken)
    {
        AddBlankRows();
        return await ShowAsync(id, null, cancellationToken);
    }

    private async Task<IActionResult> AfterChangeAsync(Guid id, ContactChangeResult result, string noticeKey, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case ContactChangeOutcome.Saved:
                // The contact page shows the notice (a DeskText key) and the linked family.
                TempData["Notice"] = noticeKey;
                return RedirectToPage("/Desk/ContactDetails", new { id });
            case ContactChangeOutcome.NotFound:
                return NotFound();
            case ContactChangeOutcome.Forbidden:
                return Forbid();
            case ContactChangeOutcome.Stale:
                ErrorKey = "Family.Error.ContactChangedMeanwhile";
                break;
            default:
                ErrorKey = Errors.Any ? null : result.MessageKey;
                break;
        }

        if (Members.Count == 0)
        {
            AddBlankRows();
        }

        return await ShowAsync(id, null, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, string? identityCode, CancellationToken cancellationToken)
    {
        var result = await show.HandleAsync(id, UserId, identityCode, cancellationToken);
        if (this.RefusalFor(result.Access) is { } refusal)
        {
            return refusal;
        }

        Choices = result.Choices!;
        return Page();
    }

    /// <summary>The one who contacted, as the first adult: the last word of the name as the last name.</summary>
    private static FamilyMemberInput FirstRowFrom(ContactForFamily contact)
    {
        var words = (contact.Name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return new FamilyMemberInput
        {
            Role = FamilyRole.Adult,
            FirstName = words.Length > 1 ? string.Join(' ', words[..^1]) : words.FirstOrDefault(),
            LastName = words.Length > 1 ? words[^1] : null,
            Phone = contact.Phone,
            Email = contact.Email,
        };
    }
}
