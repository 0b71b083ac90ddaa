using Microsoft.AspNetCore.Mvc;

namespace Perhesilta.Features.Referrals;

public sealed record ProfessionalServicesSection(string UserId, IReadOnlyList<LinkedService> Linked);

/// <summary>On a professional's account page: the services whose referral inbox they see, and the link to change them.</summary>
public sealed class ProfessionalServicesViewComponent(LinkProfessionalService link) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string userId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        return !await link.IsProfessionalAsync(userId, cancellationToken)
            ? Content("")
            : View("/Features/Referrals/_ProfessionalServices.cshtml", new ProfessionalServicesSection(userId, await link.LinkedAsync(userId, cancellationToken)));
    }
}
