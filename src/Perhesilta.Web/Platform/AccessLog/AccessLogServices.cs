using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
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
        services.AddOptions<AccessLogOptions>().BindConfiguration(AccessLogOptions.Section);
        services.AddSingleton(provider => AccessLogFiles.Resolve(
            provider.GetRequiredService<IOptions<AccessLogOptions>>().Value,
            provider.GetRequiredService<DatabaseOptions>(),
            provider.GetRequiredService<IConfiguration>(),
            provider.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(provider => provider.GetRequiredService<AccessLogFiles>().LoadKey());
        services.AddSingleton<AccessLogCheckpointFolder>();

        // First of all hosted services: without its key the application refuses to start, before it migrates anything.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, AccessLogStartupCheck>());
        services.AddSingleton<IAccessLog, AccessLogWriter>();
        services.AddSingleton<AccessLogChainInterceptor>();
        services.ConfigureDbContext<PerhesiltaDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<AccessLogChainInterceptor>()));
        services.AddScoped<WriteAccessLogCheckpoint>();
        services.AddHostedService<AccessLogCheckpointRound>();
        services.AddScoped<AccessLogRestore>();
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
            .WithSummary("Walks the access-log chain with its key and against its checkpoints, and reports the first break, if any.")
            .WithTags("AccessLog")
            .WithNoClientData();
        return endpoints;
    }
}

/// <summary>
/// Reads the key and makes sure the checkpoint folder can be written, when the application starts: in production a
/// missing, unreadable or short key file stops it with a message that names the file and the setting.
/// </summary>
internal sealed class AccessLogStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<AccessLogKey>();
        var folder = services.GetRequiredService<AccessLogFiles>().CheckpointFolder;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"The access-log checkpoint folder '{folder}' (AccessLog:CheckpointFolder) cannot be created: {ex.Message}", ex);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
