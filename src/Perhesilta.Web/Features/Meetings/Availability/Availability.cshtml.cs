using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>The signed-in staff member's own working hours, busy times and imported calendar (not client data).</summary>
[NoClientData]
public sealed class AvailabilityModel(ShowAvailability show, UserManager<StaffUser> users, IStringLocalizer<AvailabilityText> text)
    : AvailabilityPageModel(show, text)
{
    public override bool IsOwn => true;

    protected override string? TargetUserId() => users.GetUserId(User);
}
