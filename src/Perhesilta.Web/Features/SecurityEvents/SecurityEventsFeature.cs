namespace Perhesilta.Features.SecurityEvents;

public static class SecurityEventsFeature
{
    /// <summary>The administrators' page of security events (<c>/admin/security-events</c>); the events themselves are Platform's.</summary>
    public static IServiceCollection AddSecurityEventsPage(this IServiceCollection services)
    {
        services.AddScoped<SearchSecurityEvents>();
        return services;
    }
}
