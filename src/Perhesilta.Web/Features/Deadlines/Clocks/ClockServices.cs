using Perhesilta.Features.Deadlines.Alerts;

namespace Perhesilta.Features.Deadlines.Clocks;

public static class ClockServices
{
    /// <summary>The clocks that start by themselves, the guides' clock forms and panel, and the alerts.</summary>
    public static IServiceCollection AddDeadlineClocks(this IServiceCollection services)
    {
        services.AddScoped<ContactClocks>();
        services.AddScoped<ClockChanges>();
        services.AddScoped<StartClock>();
        services.AddScoped<CompleteClock>();
        services.AddScoped<StopClock>();
        services.AddScoped<ReopenClock>();
        services.AddScoped<CorrectClockEvent>();
        services.AddScoped<ShowClocks>();
        services.AddScoped<ClockPresenter>();
        services.AddDeadlineAlerts();
        return services;
    }
}
