using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Referrals;
using Perhesilta.Platform.Mail;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>A guide with a contact of their area, and a service of the directory with a professional of its own and a location.</summary>
internal sealed record MeetingSetup(ReferralSetup Referral, Guid LocationId) : IDisposable
{
    /// <summary>The mother's address, this setup's own so that its mail is told apart.</summary>
    public string MotherEmail { get; } = $"aiti-{Guid.NewGuid():N}@test.perhesilta.example";

    public PageClient Guide => Referral.Guide;

    public TestStaff GuideStaff => Referral.Work.Guide;

    public Guid ContactId => Referral.Contact.Id;

    public string NewUrl => $"/desk/contacts/{ContactId}/meetings/new";

    public string ProfessionalChoice => $"{Referral.Service.Id:D}/{Referral.Professional.Id}";

    public void Dispose() => Referral.Dispose();
}

internal static class PlanningTestData
{
    public static async Task<MeetingSetup> SetupAsync(PerhesiltaApp app)
    {
        var referral = await ReferralTestData.SetupAsync(app);
        var locationId = await app.WithDbAsync(db => db.Set<Features.ServiceDirectory.ServiceAtLocation>().Where(l => l.ServiceId == referral.Service.Id).Select(l => l.LocationId).FirstAsync());
        return new MeetingSetup(referral, locationId);
    }

    /// <summary>
    /// A remote meeting with the mother (Swedish, required, with e-mail), the professional of the service (required) and
    /// the mother's verbal consent given an hour ago.
    /// </summary>
    public static Dictionary<string, string> Fields(MeetingSetup setup)
    {
        var given = WorkTestData.HelsinkiNow().AddHours(-1);
        return new()
        {
            ["Input.Purpose"] = "Sovitaan koulunkäynnin tuesta yhdessä perheen kanssa.",
            ["Input.TargetWorkingDays"] = "10",
            ["Input.Duration"] = "60",
            ["Input.Mode"] = nameof(MeetingMode.Remote),
            ["Input.RemoteLink"] = "https://teams.perhesilta.example/palaveri/123",
            ["Input.Family[0].Name"] = "Maija Meikäläinen",
            ["Input.Family[0].Role"] = "äiti",
            ["Input.Family[0].Email"] = setup.MotherEmail,
            ["Input.Family[0].Language"] = "sv",
            ["Input.Family[0].Required"] = "true",
            ["Input.Professionals[0].Choice"] = setup.ProfessionalChoice,
            ["Input.Professionals[0].Role"] = "perhetyöntekijä",
            ["Input.Professionals[0].Required"] = "true",
            ["Input.Consents[0].GivenBy"] = "äiti",
            ["Input.Consents[0].Purpose"] = "Verkostopalaveri koulunkäynnin tuesta",
            ["Input.Consents[0].GivenTo"] = "verkostopalaverin osallistujat",
            ["Input.Consents[0].Method"] = nameof(ConsentMethod.Verbal),
            ["Input.Consents[0].Date"] = WorkTestData.Date(given),
            ["Input.Consents[0].Time"] = WorkTestData.Time(given),
        };
    }

    /// <summary>Requests the meeting through the form and answers its id.</summary>
    public static async Task<Guid> RequestAsync(PerhesiltaApp app, MeetingSetup setup, Dictionary<string, string>? fields = null)
    {
        var form = await setup.Guide.GetAsync(setup.NewUrl);
        var sent = await setup.Guide.SubmitAsync(form, "#meeting-form", fields ?? Fields(setup));
        if (sent.Location?.StartsWith("/desk/meetings/", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"The meeting was not requested: {sent.Text("#error-summary")} {sent.Text("#form-message")}");
        }

        return (await MeetingsOfAsync(app, setup.ContactId)).Single().Id;
    }

    public static async Task<List<Meeting>> MeetingsOfAsync(PerhesiltaApp app, Guid contactId) =>
        await app.WithDbAsync(db => db.Set<Meeting>().AsNoTracking().Include(m => m.Participants).Include(m => m.Consents).AsSplitQuery()
            .Where(m => m.ContactId == contactId).ToListAsync());

    public static async Task<Meeting> FindAsync(PerhesiltaApp app, Guid id) =>
        await app.WithDbAsync(db => db.Set<Meeting>().AsNoTracking().Include(m => m.Participants).Include(m => m.Consents).AsSplitQuery().SingleAsync(m => m.Id == id));

    /// <summary>Chooses the time through the use case, as the guide.</summary>
    public static async Task<MeetingChangeResult> InviteAsync(PerhesiltaApp app, MeetingSetup setup, Guid meetingId, DateTime startsAtUtc)
    {
        var meeting = await FindAsync(app, meetingId);
        MeetingChangeResult result = null!;
        await app.WithServicesAsync(async services =>
            result = await services.GetRequiredService<SendInvitations>().HandleAsync(meetingId, startsAtUtc, meeting.Version, setup.GuideStaff.Id));
        return result;
    }

    public static async Task<List<OutgoingMail>> MailOfAsync(PerhesiltaApp app, string to, string purpose) =>
        await app.WithDbAsync(db => db.Set<OutgoingMail>().AsNoTracking().Where(m => m.To == to && m.Purpose == purpose).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync());

    /// <summary>The answer link's path in a mail (the accept link), e.g. /vastaus/sv.CfDJ8…</summary>
    public static string AnswerPath(OutgoingMail mail)
    {
        var match = System.Text.RegularExpressions.Regex.Match(mail.TextBody, @"/vastaus/([^\s?]+)");
        return match.Success ? "/vastaus/" + match.Groups[1].Value : throw new InvalidOperationException("No answer link in: " + mail.TextBody);
    }

    /// <summary>A start in the future at a given Finnish time, on a date well away from today.</summary>
    public static DateTime HelsinkiUtc(int year, int month, int day, int hour, int minute = 0) =>
        Perhesilta.Platform.Localization.HelsinkiTime.ToUtc(new DateTime(year, month, day, hour, minute, 0));
}
