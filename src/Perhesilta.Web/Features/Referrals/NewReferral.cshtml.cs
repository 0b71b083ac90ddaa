using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Features.ServiceDirectory.Finder;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Referrals;

/// <summary>
/// The guide refers the family of a contact to a service: first the service (from the suggestions, or searched for
/// among the services of the contact's municipality), then what is shared, on what basis, and the message.
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Contact")]
public sealed class NewReferralModel(
    ShowContact show,
    PerhesiltaDbContext db,
    ReferralFormText text,
    CreateReferral create,
    SuggestServices suggest,
    SearchServices search,
    IStringLocalizer<FinderText> finder)
    : WorkFormPageModel(show, db, text)
{
    private readonly PerhesiltaDbContext _db = db;

    [BindProperty]
    public ReferralInput Input { get; set; } = new();

    /// <summary>The chosen service; null while the guide is choosing one.</summary>
    public ReferralTarget? Target { get; private set; }

    public IReadOnlyList<ProfessionalChoice> Professionals { get; private set; } = [];

    /// <summary>The services to choose from: the suggestions, or the results of <see cref="Query"/>.</summary>
    public IReadOnlyList<ServiceSuggestion> Choices { get; private set; } = [];

    public string? Query { get; private set; }

    public string? SearchError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? serviceId, string? q, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = new ReferralInput { ServiceId = serviceId ?? Guid.Empty, Version = Contact.Version };
        Query = Request.Query.ContainsKey("q") ? q ?? "" : null;
        await ShowAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (result, referralId) = await create.HandleAsync(id, Input, UserId, cancellationToken);
        if (result.Change.Outcome == ContactChangeOutcome.Saved && referralId is { } created)
        {
            TempData["Notice"] = "Referral.Notice.Sent";
            return Redirect($"/desk/contacts/{id}/referrals/{created}");
        }

        var answer = await AfterSaveAsync(id, Input.Version, result, "", cancellationToken);
        if (answer is PageResult)
        {
            await ShowAsync(cancellationToken);
        }

        return answer;
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        ShowClosed();
        if (Input.ServiceId != Guid.Empty)
        {
            Target = await ReferralTargets.FindAsync(_db, Contact.Id, Input.ServiceId, cancellationToken);
            if (Target is not null)
            {
                Professionals = await ReferralTargets.ProfessionalsOfAsync(_db, Target.Id, cancellationToken);
                return;
            }

            FormMessage ??= Localize("Referral.Error.ServiceUnavailable");
        }

        var closed = finder["Finder.Closed"].Value;
        if (Query is null)
        {
            Choices = await suggest.HandleAsync(View, closed, cancellationToken);
            return;
        }

        var result = await search.HandleAsync(new SearchServicesInput
        {
            Text = Query,
            Municipality = Contact.MunicipalityCode,
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            Limit = "10",
        }, cancellationToken);
        SearchError = result.Errors.All is [var error, ..] ? Localize(error.Key == "Error.Empty" ? "Referral.Error.SearchRequired" : "Referral.Error.SearchInvalid") : null;
        Choices = await suggest.CardsAsync(result.Hits, closed, cancellationToken);
    }

    /// <summary>Whether a kind of contact can be referred at all: anonymous advice left nobody to refer.</summary>
    public bool CanRefer => Contact.Status != ContactStatus.Closed && Contact.Kind != ContactKind.AnonymousAdvice;
}
