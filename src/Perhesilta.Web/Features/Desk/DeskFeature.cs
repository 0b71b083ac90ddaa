using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Calendar;

namespace Perhesilta.Features.Desk;

public static class DeskFeature
{
    /// <summary>
    /// Service guides and managers see the queue and caseload of their areas; they show no personal details, so a
    /// manager supervising the queue needs no more. Opening a contact is for service guides only.
    /// </summary>
    public const string InboxPolicy = "Desk:Inbox";

    /// <summary>The service guides' queue, caseload and contact view.</summary>
    public static IServiceCollection AddDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeskOptions>(configuration.GetSection(DeskOptions.Section));
        services.Configure<AuthorizationOptions>(options => options.AddStaffInRoles(InboxPolicy, StaffRoles.ServiceGuide, StaffRoles.Manager));
        services.AddSingleton(provider => new WorkingTime(
            provider.GetRequiredService<FinnishCalendar>(),
            provider.GetRequiredService<IOptions<DeskOptions>>().Value.WorkingDayStarts,
            provider.GetRequiredService<IOptions<DeskOptions>>().Value.WorkingDayEnds));
        services.AddScoped<FindQueuedContacts>();
        services.AddScoped<FindCaseload>();
        services.AddScoped<ShowContact>();
        services.AddScoped<ContactChanges>();
        services.AddScoped<ClaimContact>();
        services.AddScoped<AssignContact>();
        services.AddScoped<ReleaseContact>();
        services.AddScoped<SetWaitingFor>();
        services.AddScoped<SaveSituationMapping>();
        services.AddScoped<MarkFamilyContacted>();
        services.AddScoped<AnswerAdvice>();
        services.AddScoped<RecordAction>();
        services.AddScoped<CloseContact>();
        services.AddScoped<RecordStatutoryRoute>();
        services.AddScoped<ShowContactWork>();
        services.AddScoped<SuggestServices>();
        services.AddScoped<GuideToService>();
        return services;
    }
}
