using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.HelpRequests;

/// <summary>
/// A service guide records a phone call, an e-mail or a walk-in visit, or a call-back request, in the same structure
/// as the public form. Any municipality may be chosen: the contact lands in the queue of that municipality's area.
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[NoClientData]
[HelpRequestBodyLimit]
public sealed class RecordContactModel(PerhesiltaDbContext db, SubmitHelpRequest submit, IAntiforgery antiforgery, IStringLocalizer<HelpRequestText> text)
    : HelpRequestPageModel(db, submit, antiforgery, text)
{
    public static readonly IReadOnlyList<ContactChannel> StaffChannels = [ContactChannel.Phone, ContactChannel.Email, ContactChannel.WalkIn];

    private static readonly IReadOnlySet<ContactKind> StaffKinds = new HashSet<ContactKind> { ContactKind.FamilyRequest };

    [BindProperty]
    public ContactChannel? RecordedChannel { get; set; }

    protected override ContactChannel Channel => RecordedChannel ?? ContactChannel.Phone;

    protected override IReadOnlySet<ContactKind> Kinds => StaffKinds;

    protected override string? RecordedByUserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        RecordedChannel = ContactChannel.Phone;
        await ShowFormAsync(null, cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Kind = ContactKind.FamilyRequest;
        Input.SourceSite = null;
        return SendAsync(result => Redirect($"/desk/contacts/{result.Contact!.Id}"), cancellationToken);
    }

    protected override void CheckOwnFields(FormErrors errors)
    {
        if (RecordedChannel is not { } channel || !StaffChannels.Contains(channel))
        {
            errors.Add("channel", "Error.Channel.Required");
        }
    }
}
