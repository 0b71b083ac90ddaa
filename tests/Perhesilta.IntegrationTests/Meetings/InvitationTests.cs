using Perhesilta.Features.Meetings;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>
/// The invitations of a network meeting (issue 7), read with ical.js, an independent parser: the first invitation,
/// an update after a new time was chosen, and the cancellation.
/// </summary>
public abstract class InvitationTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_invitation_its_update_and_its_cancellation_keep_one_uid_with_a_growing_sequence()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var id = await PlanningTestData.RequestAsync(app, setup);
        var professionalEmail = setup.Referral.Professional.Email;

        // Summer time (UTC+3) first, then a day in winter time (UTC+2): the UTC times must follow the change. The
        // days are taken from next year's change (the last Sunday of March), not fixed dates: 26 March is already
        // summer time in 2028, when the clocks change on that day.
        var change = LastSundayOfMarch(DateTime.UtcNow.Year + 1);
        var (tuesdayAfter, thursdayBefore) = (change.AddDays(2), change.AddDays(-3));
        var summer = PlanningTestData.HelsinkiUtc(tuesdayAfter.Year, tuesdayAfter.Month, tuesdayAfter.Day, 9);
        var winter = PlanningTestData.HelsinkiUtc(thursdayBefore.Year, thursdayBefore.Month, thursdayBefore.Day, 13, 30);
        (await PlanningTestData.InviteAsync(app, setup, id, summer)).Outcome.ShouldBe(MeetingChangeOutcome.Saved);
        var first = (await PlanningTestData.MailOfAsync(app, professionalEmail, InvitationMail.InvitationPurpose)).Single();
        first.CalendarMethod.ShouldBe("REQUEST");
        var invitation = await IcalJs.ParseAsync(first.CalendarBody!);
        invitation.Method.ShouldBe("REQUEST");
        invitation.Version.ShouldBe("2.0");
        invitation.Prodid.ShouldNotBeNullOrEmpty();
        var e = invitation.Events.Single();
        e.Uid.ShouldBe($"{id:D}@perhesilta");
        e.Sequence.ShouldBe(0);
        e.Status.ShouldBe("CONFIRMED");
        e.Summary.ShouldBe("Verkostopalaveri");
        e.Start!.Utc.ShouldBe(summer);
        e.Start.Utc.Hour.ShouldBe(6);
        e.End!.Utc.ShouldBe(summer.AddMinutes(60));
        e.Url.ShouldBe("https://teams.perhesilta.example/palaveri/123");
        e.Description.ShouldNotBeNull().ShouldContain("https://teams.perhesilta.example/palaveri/123");
        e.Organizer!.Email.ShouldBe(setup.GuideStaff.Email, StringCompareShould.IgnoreCase);
        // The family's name is not among what is shared with the professional: his copy names the family's attendees not at all.
        var attendees = e.Attendees.ToDictionary(a => a.Email.ToLowerInvariant());
        attendees[professionalEmail.ToLowerInvariant()].Role.ShouldBe("REQ-PARTICIPANT");
        attendees[setup.GuideStaff.Email.ToLowerInvariant()].Role.ShouldBe("CHAIR");
        attendees.Count.ShouldBe(2);
        first.CalendarBody!.ShouldNotContain("Meikäläinen");
        var mothers = (await IcalJs.ParseAsync((await PlanningTestData.MailOfAsync(app, setup.MotherEmail, InvitationMail.InvitationPurpose)).Single().CalendarBody!)).Events.Single().Attendees
            .ToDictionary(a => a.Email.ToLowerInvariant());
        mothers[setup.MotherEmail].Role.ShouldBe("REQ-PARTICIPANT");
        mothers[setup.MotherEmail].Partstat.ShouldBe("NEEDS-ACTION");
        mothers[setup.MotherEmail].Rsvp.ShouldBe("TRUE", StringCompareShould.IgnoreCase);
        mothers[setup.MotherEmail].Name.ShouldBe("Maija Meikäläinen");
        mothers.Count.ShouldBe(3);

        // The family's message is in the mother's language, in plain words, with her answer links; nothing of the professionals' addresses.
        var family = (await PlanningTestData.MailOfAsync(app, setup.MotherEmail, InvitationMail.InvitationPurpose)).Single();
        family.Subject.ShouldStartWith("Inbjudan: nätverksmöte");
        family.TextBody.ShouldContain("Du bjuds in till ett nätverksmöte");
        family.TextBody.ShouldContain("/vastaus/sv.");
        family.TextBody.ShouldNotContain(professionalEmail);
        family.TextBody.ShouldNotContain("/desk/");
        first.Subject.ShouldStartWith("Kutsu: verkostopalaveri");
        first.TextBody.ShouldContain($"/desk/meetings/{id}");

        (await PlanningTestData.InviteAsync(app, setup, id, winter)).Outcome.ShouldBe(MeetingChangeOutcome.Saved);
        var updates = await PlanningTestData.MailOfAsync(app, professionalEmail, InvitationMail.InvitationPurpose);
        updates.Count.ShouldBe(2);
        var update = (await IcalJs.ParseAsync(updates[1].CalendarBody!)).Events.Single();
        update.Uid.ShouldBe(e.Uid);
        update.Sequence.ShouldBe(1);
        update.Start!.Utc.ShouldBe(winter);
        update.Start.Utc.Hour.ShouldBe(11);
        updates[1].Subject.ShouldStartWith("Uusi aika: verkostopalaveri");

        var meeting = await PlanningTestData.FindAsync(app, id);
        MeetingChangeResult cancelled = null!;
        await app.WithServicesAsync(async services =>
            cancelled = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CancelMeeting>(services)
                .HandleAsync(id, "Perhe pyysi siirtämään tapaamista.", meeting.Version, setup.GuideStaff.Id));
        cancelled.Outcome.ShouldBe(MeetingChangeOutcome.Saved);
        var cancellation = (await PlanningTestData.MailOfAsync(app, professionalEmail, InvitationMail.CancellationPurpose)).Single();
        cancellation.CalendarMethod.ShouldBe("CANCEL");
        var cancel = await IcalJs.ParseAsync(cancellation.CalendarBody!);
        cancel.Method.ShouldBe("CANCEL");
        var c = cancel.Events.Single();
        (c.Uid, c.Sequence, c.Status).ShouldBe((e.Uid, 2, "CANCELLED"));
        cancellation.TextBody.ShouldNotContain("Perhe pyysi");
        var saved = await PlanningTestData.FindAsync(app, id);
        (saved.Status, saved.Sequence, saved.CancelReason).ShouldBe((MeetingStatus.Cancelled, 2, "Perhe pyysi siirtämään tapaamista."));
    }

    [Fact]
    public async Task A_professional_whose_meeting_shares_the_familys_name_sees_the_family_among_the_attendees()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var fields = PlanningTestData.Fields(setup);
        fields["Input.Shared"] = "Name";
        var id = await PlanningTestData.RequestAsync(app, setup, fields);

        (await PlanningTestData.InviteAsync(app, setup, id, DateTime.UtcNow.AddDays(7))).Outcome.ShouldBe(MeetingChangeOutcome.Saved);

        var professionals = await PlanningTestData.MailOfAsync(app, setup.Referral.Professional.Email, InvitationMail.InvitationPurpose);
        var attendees = (await IcalJs.ParseAsync(professionals.Single().CalendarBody!)).Events.Single().Attendees;
        attendees.Select(a => a.Email.ToLowerInvariant()).ShouldContain(setup.MotherEmail);
        attendees.Single(a => a.Email.Equals(setup.MotherEmail, StringComparison.OrdinalIgnoreCase)).Name.ShouldBe("Maija Meikäläinen");
        attendees.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_time_in_the_past_is_refused_and_sends_nothing()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var id = await PlanningTestData.RequestAsync(app, setup);

        var result = await PlanningTestData.InviteAsync(app, setup, id, DateTime.UtcNow.AddMinutes(-5));

        result.Outcome.ShouldBe(MeetingChangeOutcome.Refused);
        result.MessageKey.ShouldBe("Time.Error.InPast");
        (await PlanningTestData.FindAsync(app, id)).Status.ShouldBe(MeetingStatus.Planning);
        (await PlanningTestData.MailOfAsync(app, setup.MotherEmail, InvitationMail.InvitationPurpose)).ShouldBeEmpty();
    }

    private static DateOnly LastSundayOfMarch(int year)
    {
        var day = new DateOnly(year, 3, 31);
        return day.AddDays(-(int)day.DayOfWeek);
    }

    public sealed class OnSqlite(SqliteApp app) : InvitationTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : InvitationTests(app), IClassFixture<PostgresApp>;
}
