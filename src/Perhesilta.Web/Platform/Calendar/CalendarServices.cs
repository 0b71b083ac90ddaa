using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Perhesilta.Platform.Calendar;

public static class CalendarServices
{
    /// <summary>
    /// The working-day calendar with the county's closure days; <c>Calendar:EvesAreWorkingDays</c> (default false)
    /// decides Midsummer and Christmas Eve.
    /// </summary>
    public static IServiceCollection AddWorkingDayCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CountyClosureCache>();
        services.AddSingleton<IInterceptor, CountyClosureInvalidation>();
        services.AddSingleton(provider => new FinnishCalendar(
            configuration.GetValue("Calendar:EvesAreWorkingDays", false),
            provider.GetRequiredService<CountyClosureCache>()));
        return services;
    }
}
