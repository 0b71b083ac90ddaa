using Microsoft.Extensions.Options;
using Perhesilta.Platform.Http;

namespace Perhesilta.Features.Calendar;

/// <summary>The calendar API's rate limit, from the <c>Calendar</c> section (where <c>EvesAreWorkingDays</c> also lives).</summary>
public sealed class CalendarApiOptions
{
    public const string Section = "Calendar";

    /// <summary>Requests to the calendar API allowed per client address in <see cref="ApiRateLimitWindowSeconds"/>.</summary>
    public int ApiRateLimitPermits { get; set; } = 300;

    public int ApiRateLimitWindowSeconds { get; set; } = 60;
}

public static class CalendarFeature
{
    public const string RateLimitPolicy = "calendar-api";

    /// <summary>The calendar's public API and the administrators' page of closure days.</summary>
    public static IServiceCollection AddCalendarApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CalendarApiOptions>(configuration.GetSection(CalendarApiOptions.Section));
        services.AddRateLimiter(options => options.AddPolicy(RateLimitPolicy, http =>
        {
            var settings = http.RequestServices.GetRequiredService<IOptions<CalendarApiOptions>>().Value;
            return ClientRateLimit.PerClientAddress(http, settings.ApiRateLimitPermits, settings.ApiRateLimitWindowSeconds);
        }));
        services.AddScoped<ListNonWorkingDays>();
        services.AddScoped<CalculateDueDate>();
        services.AddScoped<AddCountyClosure>();
        services.AddScoped<RemoveCountyClosure>();
        return services;
    }

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder endpoints)
    {
        CalendarApi.Map(endpoints);
        return endpoints;
    }
}
