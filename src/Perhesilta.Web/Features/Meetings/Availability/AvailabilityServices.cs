using Microsoft.Extensions.Options;
using Perhesilta.Platform.Http;

namespace Perhesilta.Features.Meetings.Availability;

public static class AvailabilityServices
{
    /// <summary>Staff working hours, busy times and imported calendars, with the round that refreshes subscriptions.</summary>
    public static IServiceCollection AddAvailability(this IServiceCollection services)
    {
        services.AddScoped<ShowAvailability>();
        services.AddScoped<SaveWorkingHours>();
        services.AddScoped<AddBusyTime>();
        services.AddScoped<RemoveBusyTime>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<ImportCalendarFile>();
        services.AddScoped<SubscribeCalendar>();
        services.AddScoped<RefreshCalendarFeeds>();
        services.AddScoped<RemoveCalendarFeed>();
        services.AddHttpClient<CalendarFetcher>(CalendarFetcher.ClientName, http =>
        {
            http.Timeout = CalendarFetcher.Timeout;
            http.DefaultRequestHeaders.UserAgent.ParseAdd("Perhesilta-calendar/1.0");
        }).ConfigurePrimaryHttpMessageHandler(services => PublicAddresses.Handler(services.GetRequiredService<IOptions<MeetingOptions>>().Value.AllowPrivateCalendarAddresses));
        services.AddHostedService<CalendarFeedRound>();
        return services;
    }
}
