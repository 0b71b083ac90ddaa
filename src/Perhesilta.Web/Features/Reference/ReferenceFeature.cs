using Microsoft.EntityFrameworkCore.Diagnostics;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Reference;

public static class ReferenceFeature
{
    public static IServiceCollection AddReferenceData(this IServiceCollection services)
    {
        services.AddScoped<IDataSeeder, ReferenceDataSeeder>();
        services.AddSingleton<ReferenceCache>();
        services.AddSingleton<IInterceptor, ReferenceCacheInvalidation>();
        return services;
    }
}
