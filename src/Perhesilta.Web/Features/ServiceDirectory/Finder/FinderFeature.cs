namespace Perhesilta.Features.ServiceDirectory.Finder;

public static class FinderFeature
{
    /// <summary>The public service finder (<c>/palveluhaku</c>) and the service pages, which the desk links to as well.</summary>
    public static IServiceCollection AddServiceFinder(this IServiceCollection services)
    {
        services.AddScoped<ShowServices>();
        return services;
    }
}
