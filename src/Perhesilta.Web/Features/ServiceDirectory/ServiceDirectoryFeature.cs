using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Perhesilta.Features.ServiceDirectory.Search;
using Perhesilta.Platform.Http;
using Perhesilta.Platform.Text;

namespace Perhesilta.Features.ServiceDirectory;

/// <summary>Settings of the service search (section <c>ServiceSearch</c>).</summary>
public sealed class ServiceSearchOptions
{
    public const string Section = "ServiceSearch";

    /// <summary>Searches one client address may make through the API per window.</summary>
    public int RateLimitPermits { get; set; } = 60;

    public int RateLimitWindowSeconds { get; set; } = 60;
}

public static class ServiceDirectoryFeature
{
    /// <summary>The rate-limiting policy of the public search API, per client address.</summary>
    public const string SearchRateLimitPolicy = "service-search";

    /// <summary>The service directory: its search engine and the search use case.</summary>
    public static IServiceCollection AddServiceDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ServiceSearchOptions>(configuration.GetSection(ServiceSearchOptions.Section));
        services.AddSingleton(provider => new ServiceSearch(
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<TextAnalyzer>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IStringLocalizer<SearchText>>()));
        services.AddSingleton<IInterceptor, ServiceSearchInvalidation>();
        services.AddScoped<SearchServices>();

        // The rejection itself (429 with a problem document for /api) is answered as for the help-request API.
        services.AddRateLimiter(options => options.AddPolicy(SearchRateLimitPolicy, http =>
        {
            var settings = http.RequestServices.GetRequiredService<IOptions<ServiceSearchOptions>>().Value;
            return ClientRateLimit.PerClientAddress(http, settings.RateLimitPermits, settings.RateLimitWindowSeconds);
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapServiceDirectoryApi(this IEndpointRouteBuilder endpoints)
    {
        SearchServicesEndpoint.Map(endpoints);
        return endpoints;
    }
}
