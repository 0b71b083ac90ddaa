using Microsoft.AspNetCore.Authorization;
using Perhesilta.Features.Deadlines.Lists;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Deadlines.Report;

public static class DeadlineReportsFeature
{
    /// <summary>The compliance report: managers (for the areas they manage) and administrators (for all areas).</summary>
    public const string ReportPolicy = "Deadlines:Report";

    /// <summary>The lists of clocks due soon or overdue and the manager's compliance report.</summary>
    public static IServiceCollection AddDeadlineReports(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(options => options.AddStaffInRoles(ReportPolicy, StaffRoles.Manager, StaffRoles.Administrator));
        services.AddScoped<FindDueClocks>();
        services.AddScoped<BuildComplianceReport>();
        return services;
    }
}
