using Microsoft.AspNetCore.Authorization;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Desk;

public static class DeskFeature
{
    /// <summary>
    /// Service guides and managers see the inbox of their areas; it shows no personal details, so a manager
    /// supervising the queue needs no more. Opening a contact is for service guides only.
    /// </summary>
    public const string InboxPolicy = "Desk:Inbox";

    /// <summary>The service guides' inbox and contact view.</summary>
    public static IServiceCollection AddDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeskOptions>(configuration.GetSection(DeskOptions.Section));
        services.Configure<AuthorizationOptions>(options => options.AddPolicy(InboxPolicy, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(AuthPolicies.MultiFactorClaimType, AuthPolicies.MultiFactorClaimValue)
            .RequireAssertion(context => !AuthPolicies.MustChangePassword(context.User))
            .RequireRole(StaffRoles.ServiceGuide, StaffRoles.Manager)));
        services.AddScoped<FindOpenContacts>();
        services.AddScoped<ShowContact>();
        services.AddScoped<ContactChanges>();
        services.AddScoped<ClaimContact>();
        services.AddScoped<AssignContact>();
        services.AddScoped<ReleaseContact>();
        services.AddScoped<SetWaitingFor>();
        services.AddScoped<SaveSituationMapping>();
        services.AddScoped<MarkFamilyContacted>();
        services.AddScoped<AnswerAdvice>();
        services.AddScoped<RecordAction>();
        services.AddScoped<CloseContact>();
        services.AddScoped<RecordStatutoryRoute>();
        services.AddScoped<ShowContactWork>();
        return services;
    }
}
