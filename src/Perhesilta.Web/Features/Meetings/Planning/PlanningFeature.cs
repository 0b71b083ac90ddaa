using Microsoft.AspNetCore.Authorization;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Meetings.Planning;

public static class PlanningFeature
{
    /// <summary>
    /// The meeting page: the guides (the organiser and the guidance team) and the professionals (those invited); the
    /// page itself answers 404 to anyone else of them.
    /// </summary>
    public const string MeetingPolicy = "Meetings:Meeting";

    /// <summary>Requesting a meeting, choosing its time, the invitations with their iCalendar part, and the answer links.</summary>
    public static IServiceCollection AddMeetingPlanning(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(options => options.AddStaffInRoles(MeetingPolicy, StaffRoles.ServiceGuide, StaffRoles.Professional));
        services.AddScoped<MeetingFormText>();
        services.AddScoped<CreateMeeting>();
        services.AddScoped<ShowMeeting>();
        services.AddScoped<EditParticipants>();
        services.AddScoped<MeetingChanges>();
        services.AddScoped<InvitationMail>();
        services.AddScoped<SendInvitations>();
        services.AddScoped<RecordAnswer>();
        services.AddScoped<CancelMeeting>();
        services.AddScoped<AnswerLinks>();
        services.AddScoped<AnswerInvitation>();
        return services;
    }
}
