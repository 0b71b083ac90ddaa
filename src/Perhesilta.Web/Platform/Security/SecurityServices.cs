using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Perhesilta.Platform.Security;

public static class SecurityServices
{
    /// <summary>Security events: the writer, their retention and the round that deletes the old ones.</summary>
    public static IServiceCollection AddSecurityEvents(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SecurityEventOptions.Section);
        services.Configure<SecurityEventOptions>(options);
        var retention = options.GetValue(nameof(SecurityEventOptions.RetentionDays), new SecurityEventOptions().RetentionDays);
        if (retention <= 0)
        {
            throw new InvalidOperationException($"{SecurityEventOptions.Section}:{nameof(SecurityEventOptions.RetentionDays)} must be a positive number of days, not {retention}.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<ISecurityEvents, SecurityEventWriter>();
        services.AddScoped<PurgeSecurityEvents>();
        services.AddHostedService<SecurityEventRound>();
        return services;
    }
}
