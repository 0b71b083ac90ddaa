using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.ServiceDirectory.Search;
using Perhesilta.Platform.Text;

namespace Perhesilta.Features.ServiceDirectory;

public static class ServiceDirectoryFeature
{
    /// <summary>The service directory: its search engine and the search use case.</summary>
    public static IServiceCollection AddServiceDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => new ServiceSearch(
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<TextAnalyzer>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IStringLocalizer<SearchText>>()));
        services.AddSingleton<IInterceptor, ServiceSearchInvalidation>();
        services.AddScoped<SearchServices>();

        services.AddDirectoryApiRateLimit(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapServiceDirectoryApi(this IEndpointRouteBuilder endpoints)
    {
        SearchServicesEndpoint.Map(endpoints);
        return endpoints;
    }
}
