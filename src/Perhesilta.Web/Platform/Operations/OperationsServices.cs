using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Operations;

/// <summary>Health checks, the OpenAPI document and error handling: what an operator needs, no business rules.</summary>
public static class OperationsServices
{
    public static IServiceCollection AddPerhesiltaOperations(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        services.AddOpenApi("v1");
        services.AddProblemDetails();
        services.AddAdminCommand<MigrateCommand>();
        services.AddAdminCommand<GrantAppRoleCommand>();
        return services;
    }

    public static IEndpointRouteBuilder MapPerhesiltaOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return endpoints;
    }
}

/// <summary>Ready when start-up initialisation has finished and the database answers now.</summary>
internal sealed class DatabaseReadyCheck(DatabaseState state, PerhesiltaDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsReady)
        {
            return HealthCheckResult.Unhealthy("The database has not been initialised.");
        }

        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}
