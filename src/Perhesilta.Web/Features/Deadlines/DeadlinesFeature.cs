using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Features.Deadlines.Report;

namespace Perhesilta.Features.Deadlines;

public static class DeadlinesFeature
{
    /// <summary>The statutory clocks, their alerts and the compliance report.</summary>
    public static IServiceCollection AddDeadlines(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeadlineOptions>(configuration.GetSection(DeadlineOptions.Section));

        // One promise, one setting: the reply-to-contact clock counts what the help request's response target counts.
        services.PostConfigure<DeadlineOptions>(options =>
            options.ReplyToContactWorkingDays = configuration.GetValue("HelpRequests:ResponseTargetWorkingDays", options.ReplyToContactWorkingDays));
        services.AddScoped<DeadlineClocks>();
        services.AddDeadlineClocks();
        services.AddDeadlineReports();
        return services;
    }
}
