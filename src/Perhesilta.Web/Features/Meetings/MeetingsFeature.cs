using Perhesilta.Features.Meetings.Planning;
using Perhesilta.Features.Meetings.Slots;
using Perhesilta.Features.Meetings.Availability;

namespace Perhesilta.Features.Meetings;

public static class MeetingsFeature
{
    /// <summary>
    /// Network meetings: requesting one from a contact, the staff's availability and imported calendars, the earliest
    /// common time, invitations and answers, the meeting's record and its agreed actions.
    /// </summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MeetingOptions>(configuration.GetSection(MeetingOptions.Section));
        services.AddScoped<ProposeMeetingTimes>();
        services.AddMeetingSlotsApi(configuration);
        services.AddMeetingPlanning();
        services.AddAvailability();
        return services;
    }
}
