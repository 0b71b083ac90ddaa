using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Components;

/// <summary>The staff menu: each item is shown to those whom its policy admits.</summary>
public static class StaffNavigation
{
    public const string StaffPolicy = AuthPolicies.Staff;
    public const string DisplayNameClaim = StaffClaims.DisplayName;

    private static readonly NavItem[] Items =
    [
        new("/staff", "Nav.Start", AuthPolicies.Staff),
        new("/desk", "Nav.Desk", Perhesilta.Features.Desk.DeskFeature.InboxPolicy),
        new("/inbox", "Nav.Inbox", AuthPolicies.Professional),
        new("/tasks", "Nav.Tasks", Perhesilta.Features.Meetings.MeetingsFeature.TasksPolicy),
        new("/deadlines", "Nav.Deadlines", Perhesilta.Features.Desk.DeskFeature.InboxPolicy),
        new("/reports/deadlines", "Nav.DeadlineReport", Perhesilta.Features.Deadlines.Report.DeadlineReportsFeature.ReportPolicy),
        new("/directory", "Nav.Directory", Perhesilta.Features.ServiceDirectory.Editing.EditingFeature.Policy),
        new("/admin/staff", "Nav.StaffAccounts", AuthPolicies.Administrator),
        new("/admin/areas", "Nav.Areas", AuthPolicies.Administrator),
        new("/directory/hsds", "Nav.Hsds", Perhesilta.Features.ServiceDirectory.Hsds.HsdsFeature.Policy),
        new("/admin/embed", "Nav.Embed", AuthPolicies.Administrator),
        new("/admin/access-log", "Nav.AccessLog", AuthPolicies.Administrator),
        new("/admin/sent-mail", "Nav.SentMail", AuthPolicies.Administrator),
        new("/availability", "Nav.Availability", AuthPolicies.Staff),
        new("/account/security", "Nav.AccountSecurity", AuthPolicies.Staff),
    ];

    public static async Task<IReadOnlyList<NavItem>> ItemsForAsync(ClaimsPrincipal user, IAuthorizationService authorization)
    {
        var visible = new List<NavItem>();
        foreach (var item in Items)
        {
            if ((await authorization.AuthorizeAsync(user, item.Policy)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return visible;
    }

    public sealed record NavItem(string Path, string TextKey, string Policy);
}
