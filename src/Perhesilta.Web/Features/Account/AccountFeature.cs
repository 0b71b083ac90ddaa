using Perhesilta.Platform.Operations;

namespace Perhesilta.Features.Account;

public static class AccountFeature
{
    /// <summary>Signing in, the second factor and one's own account security; the <c>create-admin</c> command.</summary>
    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        services.AddScoped<EnableAuthenticator>();
        services.AddScoped<ChangePassword>();
        services.AddScoped<MatchDirectoryAccount>();
        services.AddAdminCommand<CreateAdministrator>();
        return services;
    }
}
