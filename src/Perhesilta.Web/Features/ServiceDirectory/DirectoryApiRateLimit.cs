using Microsoft.Extensions.Options;
using Perhesilta.Platform.Http;

namespace Perhesilta.Features.ServiceDirectory;

public sealed class DirectoryApiOptions
{
    public const string Section = "ServiceDirectory";

    /// <summary>Requests to the directory's public read API (search and HSDS) allowed per client address in <see cref="ApiRateLimitWindowSeconds"/>.</summary>
    public int ApiRateLimitPermits { get; set; } = 300;

    public int ApiRateLimitWindowSeconds { get; set; } = 60;
}

/// <summary>
/// One rate limit for all of the directory's public read API (the HSDS endpoints and the service search): the
/// directory holds no client data, but an open endpoint must not let one client take the server's time from others.
/// A rejected API request gets a problem document from the limiter's rejection handler (HelpRequestsFeature).
/// </summary>
public static class DirectoryApiRateLimit
{
    public const string Policy = "directory-api";

    /// <summary>Registers the policy once, however many directory features ask for it.</summary>
    public static IServiceCollection AddDirectoryApiRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(Marker)))
        {
            return services;
        }

        services.AddSingleton<Marker>();
        services.Configure<DirectoryApiOptions>(configuration.GetSection(DirectoryApiOptions.Section));
        services.AddRateLimiter(options => options.AddPolicy(Policy, http =>
        {
            var settings = http.RequestServices.GetRequiredService<IOptions<DirectoryApiOptions>>().Value;
            return ClientRateLimit.PerClientAddress(http, settings.ApiRateLimitPermits, settings.ApiRateLimitWindowSeconds);
        }));
        return services;
    }

    private sealed class Marker;
}
