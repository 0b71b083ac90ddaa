using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.HelpRequests;

/// <summary>
/// The professionals' variant: a consultation, a contact with the family's consent, or a notification without consent.
/// The routes are kept apart because the law treats them differently (DOMAIN.md, "The flow").
/// </summary>
[AllowAnonymous]
[NoClientData]
[HelpRequestBodyLimit]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(HelpRequestsFeature.RateLimitPolicy)]
public sealed class AskForHelpProfessionalModel(PerhesiltaDbContext db, SubmitHelpRequest submit, IAntiforgery antiforgery, IStringLocalizer<HelpRequestText> text)
    : HelpRequestPageModel(db, submit, antiforgery, text)
{
    protected override ContactChannel Channel => ContactChannel.WebForm;

    protected override IReadOnlySet<ContactKind> Kinds => HelpRequestValidation.ProfessionalKinds;

    public async Task OnGetAsync(string? kunta, string? lahde, CancellationToken cancellationToken)
    {
        await ShowFormAsync(kunta, cancellationToken);
        Input.SourceSite = FieldRules.IsHost(lahde) ? lahde!.Trim().ToLowerInvariant() : null;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SendAsync(result => Redirect(HelpRequestLinks.Confirmation(result.StatusToken!)), cancellationToken);
}
