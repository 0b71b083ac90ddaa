using Microsoft.Extensions.DependencyInjection.Extensions;
using Perhesilta.Features.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Operations;

namespace Perhesilta.Platform.AccessLog;

public static class AccessLogServices
{
    /// <summary>The access log: the writer, append-only saving, view logging of client-data pages, the start-up check, verification and search.</summary>
    public static IServiceCollection AddAccessLog(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<IAccessLog, AccessLogWriter>();
        services.AddSingleton<AppendOnlyInterceptor>();
        services.ConfigureDbContext<PerhesiltaDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<AppendOnlyInterceptor>()));
        services.AddScoped<ClientDataPageFilter>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.Filters.AddService<ClientDataPageFilter>());
        services.AddSingleton<MappedEndpoints>();
        services.AddHostedService<ClientDataStartupCheck>();
        services.AddScoped<VerifyAccessLog>();
        services.AddScoped<SearchAccessLog>();
        services.AddAdminCommand<VerifyAccessLogCommand>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccessLog(this IEndpointRouteBuilder endpoints)
    {
        endpoints.ServiceProvider.GetRequiredService<MappedEndpoints>().Sources = endpoints.DataSources;
        endpoints.MapGet("/api/v1/access-log/verification", async (VerifyAccessLog verify, CancellationToken cancellationToken) =>
                TypedResults.Ok(await verify.HandleAsync(cancellationToken)))
            .RequireAuthorization(AuthPolicies.Administrator)
            .WithName(nameof(VerifyAccessLog))
            .WithSummary("Walks the access-log hash chain and reports the first broken entry, if any.")
            .WithTags("AccessLog")
            .WithNoClientData();
        return endpoints;
    }
}
