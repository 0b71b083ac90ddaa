using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>An administrator keeps another staff member's availability, e.g. for a professional who never signs in.</summary>
[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class StaffMemberAvailabilityModel(ShowAvailability show, IStringLocalizer<AvailabilityText> text)
    : AvailabilityPageModel(show, text)
{
    public override bool IsOwn => false;

    protected override string? TargetUserId() => RouteData.Values["id"] as string;
}
