using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

public static class StaffFeature
{
    /// <summary>The staff start page and the administration of staff accounts and areas.</summary>
    public static IServiceCollection AddStaffAdministration(this IServiceCollection services)
    {
        services.AddScoped<IDataSeeder, StaffRoleSeeder>();
        services.AddScoped<CreateStaffAccount>();
        services.AddScoped<UpdateStaffAccount>();
        services.AddScoped<SetStaffAccountActive>();
        services.AddScoped<ResetSecondFactor>();
        services.AddScoped<IssueTemporaryPassword>();
        services.AddScoped<FindStaffAccounts>();
        services.AddScoped<SaveArea>();
        services.AddScoped<MoveMunicipality>();
        services.AddScoped<DeleteArea>();
        return services;
    }
}

/// <summary>The roles must exist in every installation, demo or not, before an administrator can give them.</summary>
internal sealed class StaffRoleSeeder(RoleManager<IdentityRole> roles) : IDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("Creating the staff roles failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
                }
            }
        }
    }
}
