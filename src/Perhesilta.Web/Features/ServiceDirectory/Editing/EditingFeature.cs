using Microsoft.AspNetCore.Authorization;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.ServiceDirectory.Editing;

public static class EditingFeature
{
    /// <summary>Directory editors and administrators keep the directory; it holds no client data, so nobody else needs more than the finder.</summary>
    public const string Policy = "Directory:Edit";

    /// <summary>Editing the service directory's organisations, services and locations, their history and the stale list.</summary>
    public static IServiceCollection AddDirectoryEditing(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(options => options.AddStaffInRoles(Policy, StaffRoles.DirectoryEditor, StaffRoles.Administrator));
        services.AddScoped<FindDirectoryRecords>();
        services.AddScoped<SaveOrganization>();
        services.AddScoped<SaveLocation>();
        services.AddScoped<SaveService>();
        services.AddScoped<MarkServiceChecked>();
        services.AddScoped<RemoveService>();
        services.AddScoped<FindStaleServices>();
        services.AddScoped<ShowHistory>();
        services.AddScoped<SaveConflicts>();
        return services;
    }
}
