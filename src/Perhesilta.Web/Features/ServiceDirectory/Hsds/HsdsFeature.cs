namespace Perhesilta.Features.ServiceDirectory.Hsds;

public static class HsdsFeature
{
    /// <summary>Who may import and export on the staff pages: those who may edit the directory (directory editors and administrators).</summary>
    public const string Policy = Editing.EditingFeature.Policy;

    /// <summary>The largest HSDS file an import accepts.</summary>
    public const long MaxImportBytes = 50L * 1024 * 1024;

    /// <summary>Open Referral HSDS 3.0: export, import (in the background) and the public HSDS API.</summary>
    public static IServiceCollection AddHsds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<HsdsSchemas>();
        services.AddScoped<ImportHsds>();
        services.AddScoped<ExportHsds>();
        services.AddScoped<FindHsdsRecords>();
        services.AddSingleton<HsdsImportJobs>();
        services.AddHostedService(provider => provider.GetRequiredService<HsdsImportJobs>());
        services.AddDirectoryApiRateLimit(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapHsds(this IEndpointRouteBuilder endpoints)
    {
        HsdsApi.Map(endpoints);
        return endpoints;
    }
}
