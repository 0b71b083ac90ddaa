using Microsoft.AspNetCore.Authorization;
using Perhesilta.Features.Meetings.Availability;
using Perhesilta.Features.Meetings.Planning;
using Perhesilta.Features.Meetings.Records;
using Perhesilta.Features.Meetings.Slots;
using Perhesilta.Features.Meetings.Tasks;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Meetings;

public static class MeetingsFeature
{
    /// <summary>The task list: professionals and service guides, each sees only their own.</summary>
    public const string TasksPolicy = "Meetings:Tasks";

    /// <summary>
    /// Network meetings: requesting one from a contact, the staff's availability and imported calendars, the earliest
    /// common time, invitations and answers, the meeting's record and its agreed actions.
    /// </summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MeetingOptions>(configuration.GetSection(MeetingOptions.Section));
        services.Configure<AuthorizationOptions>(options => options.AddStaffInRoles(TasksPolicy, StaffRoles.Professional, StaffRoles.ServiceGuide));
        services.AddScoped<RecordFormText>();
        services.AddScoped<RecordMeeting>();
        services.AddScoped<ShowContactMeetings>();
        services.AddScoped<FindTasks>();
        services.AddScoped<CompleteTask>();
        services.AddScoped<ProposeMeetingTimes>();
        services.AddMeetingSlotsApi(configuration);
        services.AddMeetingPlanning();
        services.AddAvailability();
        return services;
    }
}
