namespace Perhesilta.Features.Deadlines.Alerts;

public static class AlertServices
{
    /// <summary>The background round that e-mails those responsible for clocks due soon or overdue, once each.</summary>
    public static IServiceCollection AddDeadlineAlerts(this IServiceCollection services)
    {
        services.AddScoped<SendClockAlerts>();
        services.AddHostedService<ClockAlertRound>();
        return services;
    }
}
