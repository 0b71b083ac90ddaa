namespace Perhesilta.Platform.Calendar;

public static class CalendarServices
{
    /// <summary>The working-day calendar; <c>Calendar:EvesAreWorkingDays</c> (default false) decides Midsummer and Christmas Eve.</summary>
    public static IServiceCollection AddWorkingDayCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new FinnishCalendar(configuration.GetValue("Calendar:EvesAreWorkingDays", false)));
        return services;
    }
}
