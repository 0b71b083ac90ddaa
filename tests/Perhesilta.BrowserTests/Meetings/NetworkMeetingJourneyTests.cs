using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Meetings.Availability;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.Features.Referrals;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;
using Perhesilta.Platform.Mail;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Meetings;

/// <summary>
/// The issue's whole journey in a real browser: a guide brings a family and four professionals of three services,
/// whose calendars are imported, to the earliest common time; everyone gets a valid invitation; one declines and the
/// guide finds a new time; after the meeting the agreed actions are on the professionals' task lists.
/// </summary>
public sealed partial class NetworkMeetingJourneyTests(BrowserHost host)
{
    private const string Guide = "ohjaaja@perhesilta.example";
    private const string Administrator = "yllapitaja@perhesilta.example";
    private const string FamilyWorker = "ammattilainen@perhesilta.example";
    private const string SchoolSocialWorker = "kuraattori@perhesilta.example";
    private const string Psychologist = "perheneuvola@perhesilta.example";
    private const string SecondSchoolSocialWorker = "sanna.sosiaalityo@test.perhesilta.example";
    private const string Mother = "maija.meikalainen@test.perhesilta.example";

    [Fact]
    public async Task A_guide_brings_a_family_and_four_professionals_of_three_services_together_reschedules_after_a_decline_and_the_agreed_actions_reach_their_task_lists()
    {
        var contact = await TestContacts.CreateInOuluAsync(host, "Koulunkäynti on vaikeaa ja kotona on riitaa, toivomme yhteistä palaveria.");
        var team = await TeamAsync();
        var tomorrow = NextWorkingDayAfter(Today());

        // Their calendars are imported: the school social worker is busy every weekday morning, the psychologist
        // over lunch, the second school social worker on Monday, Wednesday and Friday afternoons.
        await ImportAsync(team.SchoolSocialWorker.Id, Weekly("08:00", "12:00", "MO,TU,WE,TH,FR"));
        await ImportAsync(team.Psychologist.Id, Weekly("12:00", "14:00", "MO,TU,WE,TH,FR"));
        await ImportAsync(team.SecondSchoolSocialWorker.Id, Weekly("14:00", "16:00", "MO,WE,FR"));

        // The family worker's calendar an administrator imports as a file on her behalf: busy all next working day.
        await using (var adminContext = await host.NewContextAsync())
        {
            var admin = await DemoSignIn.SignedInPageAsync(adminContext, Administrator);
            await admin.GotoAsync($"/admin/staff/{team.FamilyWorker.Id}/availability");
            await admin.Locator("#calendar-file").SetInputFilesAsync(new FilePayload
            {
                Name = "pia.ics",
                MimeType = "text/calendar",
                Buffer = Encoding.UTF8.GetBytes(Calendar(Event("pia-koulutus", tomorrow, "08:00", "16:00"))),
            });
            await admin.GetByRole(AriaRole.Button, new() { Name = "Tuo tiedosto" }).ClickAsync();
            await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Kalenteri tuotiin.");
            await Axe.AssertNoViolationsAsync(admin);
        }

        // The guide requests the meeting from the contact.
        await using var guideContext = await host.NewContextAsync();
        var guide = await DemoSignIn.SignedInPageAsync(guideContext, Guide);
        await guide.GotoAsync($"/desk/contacts/{contact.Id}");
        await guide.GetByRole(AriaRole.Link, new() { Name = "Pyydä verkostopalaveri" }).ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uusi verkostopalaveri");
        await Axe.AssertNoViolationsAsync(guide);
        await guide.GetByLabel("Tapaamisen tarkoitus").FillAsync("Koulunkäynnin ja kodin arjen tuki: sovitaan yhdessä, kuka auttaa ja miten.");
        await guide.GetByLabel("Kesto (minuuttia)").FillAsync("60");
        await guide.GetByLabel("Etänä").CheckAsync();
        await guide.GetByLabel("Etäyhteyden linkki").FillAsync("https://video.perhesilta.example/verkosto");
        var mother = guide.Locator("#family-0");
        await mother.GetByLabel("Nimi").FillAsync("Maija Meikäläinen");
        await mother.GetByLabel("Rooli perheessä").FillAsync("äiti");
        await mother.GetByLabel("Sähköposti").FillAsync(Mother);
        await ChooseProfessionalAsync(guide, 0, team.SchoolSocialWorkService, team.SchoolSocialWorker.DisplayName, "koulukuraattori");
        await ChooseProfessionalAsync(guide, 1, team.SchoolSocialWorkService, team.SecondSchoolSocialWorker.DisplayName, "koulun sosiaalityöntekijä");
        await ChooseProfessionalAsync(guide, 2, team.CounsellingService, team.Psychologist.DisplayName, "perheneuvolan psykologi");
        await ChooseProfessionalAsync(guide, 3, team.FamilyWorkService, team.FamilyWorker.DisplayName, "perhetyöntekijä");

        // Outsiders are invited without the family's consent: refused, and what was typed stays.
        await guide.GetByRole(AriaRole.Button, new() { Name = "Pyydä verkostopalaveri" }).ClickAsync();
        await Expect(guide.Locator("#error-summary")).ToContainTextAsync("Kirjaa perheen suostumus");
        await Expect(mother.GetByLabel("Nimi")).ToHaveValueAsync("Maija Meikäläinen");
        await Axe.AssertNoViolationsAsync(guide);

        await guide.GetByLabel("Yhteydenottajan nimi").CheckAsync();
        await guide.GetByLabel("Lasten iät").CheckAsync();
        var consent = guide.Locator("#consent-0");
        var given = HelsinkiTime.ToLocal(DateTime.UtcNow).AddMinutes(-20);
        await consent.GetByLabel("Suostuja").FillAsync("äiti");
        await consent.GetByLabel("Mihin suostuttiin").FillAsync("Nimi ja lasten iät verkostopalaverin osallistujille palaverin järjestämiseksi");
        await consent.GetByLabel("Kenelle tiedot saa antaa").FillAsync("verkostopalaverin osallistujat");
        await consent.GetByLabel("Suullisesti").CheckAsync();
        await consent.GetByLabel("Suostumuksen päivä").FillAsync(given.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await consent.GetByLabel("Kellonaika").FillAsync(given.ToString("HH:mm", CultureInfo.InvariantCulture));
        await guide.GetByRole(AriaRole.Button, new() { Name = "Pyydä verkostopalaveri" }).ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Status)).ToContainTextAsync("Verkostopalaveri on pyydetty.");
        await Axe.AssertNoViolationsAsync(guide);
        var meetingId = Guid.Parse(MeetingUrl().Match(guide.Url).Groups[1].Value);

        // The earliest common time: the calendars leave only Tuesday and Thursday afternoons from two o'clock.
        await guide.GetByRole(AriaRole.Link, new() { Name = "Valitse aika" }).ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Verkostopalaverin aika");
        await Axe.AssertNoViolationsAsync(guide);
        var first = await FirstProposalAsync(guide);
        AssertFitsTheCalendars(first, tomorrow);
        await guide.Locator("#earliest li").First.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Status)).ToContainTextAsync("Aika on valittu ja kutsut lähetetty.");
        await Axe.AssertNoViolationsAsync(guide);

        // Every participant with an e-mail got a valid invitation, read by ical.js.
        var invitations = await InvitationsAsync(meetingId);
        invitations.Select(i => i.To).ShouldBe([Mother, Guide, SchoolSocialWorker, SecondSchoolSocialWorker, Psychologist, FamilyWorker], ignoreOrder: true);
        var uid = "";
        foreach (var invitation in invitations)
        {
            var read = await IcalJs.ParseAsync(invitation.CalendarBody!);
            read.Method.ShouldBe("REQUEST");
            var meeting = read.Events.ShouldHaveSingleItem();
            meeting.Sequence.ShouldBe(0);
            meeting.Start!.Utc.ShouldBe(first);
            meeting.End!.Utc.ShouldBe(first.AddHours(1));
            meeting.Organizer!.Email.ShouldBe(Guide);
            meeting.Attendees.Count.ShouldBe(6);
            uid = meeting.Uid;
        }

        // The psychologist, required, cannot come: an appointment came into his calendar. He declines from his e-mail.
        await ImportAsync(team.Psychologist.Id, Weekly("12:00", "14:00", "MO,TU,WE,TH,FR") + Event("uusi-asiakas", DateOnly.FromDateTime(HelsinkiTime.ToLocal(first)), "14:00", "16:00"));
        var declineLink = DeclineLink().Match(invitations.Single(i => i.To == Psychologist).TextBody).Groups[1].Value;
        await using (var psychologistContext = await host.NewContextAsync())
        {
            var answer = await psychologistContext.NewPageAsync();
            await answer.GotoAsync(declineLink);
            await Expect(answer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kutsu verkostopalaveriin");
            await Axe.AssertNoViolationsAsync(answer);
            await answer.GetByLabel("En pääse tähän aikaan").CheckAsync();
            await answer.GetByLabel("Viesti järjestäjälle (vapaaehtoinen)").FillAsync("Minulla on silloin uusi asiakas.");
            await answer.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
            await Expect(answer.GetByRole(AriaRole.Status)).ToContainTextAsync("Vastauksesi on tallennettu");
            await Axe.AssertNoViolationsAsync(answer);

            // The link answers once.
            await answer.GotoAsync(declineLink);
            await Expect(answer.Locator("main")).ToContainTextAsync("Olet jo vastannut tähän kutsuun");
        }

        // The guide sees that a new time is needed and picks the next earliest; everyone gets the update.
        await guide.GotoAsync($"/desk/meetings/{meetingId}");
        await Expect(guide.Locator("#needs-new-time")).ToBeVisibleAsync();
        await Expect(guide.Locator($"#participants tr[data-participant]", new() { HasText = team.Psychologist.DisplayName })).ToContainTextAsync("ei pääse");
        await Axe.AssertNoViolationsAsync(guide);
        await guide.GetByRole(AriaRole.Link, new() { Name = "Etsi uusi aika" }).ClickAsync();
        var second = await FirstProposalAsync(guide);
        second.ShouldNotBe(first);
        AssertFitsTheCalendars(second, tomorrow);
        await guide.Locator("#earliest li").First.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Status)).ToContainTextAsync("Uusi aika on valittu ja päivitetyt kutsut lähetetty kaikille.");

        var updates = (await InvitationsAsync(meetingId)).Where(m => !invitations.Exists(i => i.Id == m.Id)).ToList();
        updates.Select(i => i.To).ShouldBe([Mother, Guide, SchoolSocialWorker, SecondSchoolSocialWorker, Psychologist, FamilyWorker], ignoreOrder: true);
        foreach (var update in updates)
        {
            var meeting = (await IcalJs.ParseAsync(update.CalendarBody!)).Events.ShouldHaveSingleItem();
            meeting.Uid.ShouldBe(uid);
            meeting.Sequence.ShouldBe(1);
            meeting.Start!.Utc.ShouldBe(second);
        }

        // The meeting is held (its day comes: the test moves it to the past hour) and the guide writes its record.
        await HoldAsync(meetingId);
        await guide.GotoAsync($"/desk/meetings/{meetingId}/record");
        await Axe.AssertNoViolationsAsync(guide);
        await guide.GetByLabel("Yhteenveto").FillAsync("Kuraattori tapaa nuoren viikoittain, perheneuvola kutsuu vanhemmat keskusteluun.");
        var dueOn = NextWorkingDayAfter(NextWorkingDayAfter(Today()));
        await AgreeAsync(guide, 1, "Tapaa nuorta viikoittain koulussa", team.SchoolSocialWorker.DisplayName, dueOn);
        await AgreeAsync(guide, 2, "Kutsu vanhemmat perheneuvolan keskusteluun", team.Psychologist.DisplayName, dueOn);
        await AgreeAsync(guide, 3, "Aloita perhetyön kotikäynnit", team.FamilyWorker.DisplayName, dueOn);
        await guide.GetByRole(AriaRole.Button, new() { Name = "Tallenna muistio" }).ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Status)).ToContainTextAsync("Muistio on tallennettu.");
        await Axe.AssertNoViolationsAsync(guide);

        // The agreed actions are on the professionals' own task lists, each with its clock to the agreed date.
        foreach (var (email, action) in new[] { (SchoolSocialWorker, "Tapaa nuorta viikoittain koulussa"), (Psychologist, "Kutsu vanhemmat perheneuvolan keskusteluun") })
        {
            await using var context = await host.NewContextAsync();
            var professional = await DemoSignIn.SignedInPageAsync(context, email);
            await professional.GetByRole(AriaRole.Link, new() { Name = "Tehtävät" }).ClickAsync();
            await Expect(professional.Locator("#tasks li", new() { HasText = action })).ToBeVisibleAsync();
            await Axe.AssertNoViolationsAsync(professional);

            // The meeting as an invited professional sees it: its time and participants, of the family only what was consented.
            await professional.GotoAsync($"/desk/meetings/{meetingId}");
            await Expect(professional.Locator("#meeting-status")).ToHaveTextAsync("pidetty");
            await Expect(professional.Locator("#consents")).ToHaveCountAsync(0);
            await Axe.AssertNoViolationsAsync(professional);
        }

        var clocks = await ActionClocksAsync(meetingId);
        clocks.Count.ShouldBe(3);
        clocks.ShouldAllBe(c => c.Rule == ClockRule.AgreedAction && c.DueOn == dueOn && c.State == ClockState.Running);
        clocks.Select(c => c.ResponsibleUserId).ShouldBe([team.SchoolSocialWorker.Id, team.Psychologist.Id, team.FamilyWorker.Id], ignoreOrder: true);

        // The contact shows the meeting held and the working days from the request to it.
        await guide.GotoAsync($"/desk/contacts/{contact.Id}");
        var card = guide.Locator($"#meetings li[data-meeting='{meetingId}']");
        await Expect(card).ToContainTextAsync("Pidetty");
        await Expect(card).ToContainTextAsync("Aika pyynnöstä palaveriin");
        await Expect(card).ToContainTextAsync("0 arkipäivää");
        await Axe.AssertNoViolationsAsync(guide);
    }

    private static async Task ChooseProfessionalAsync(IPage page, int row, string service, string name, string role)
    {
        var set = page.Locator($"#professional-{row}-set");
        var option = await set.Locator($"optgroup[label='{service}'] option", new() { HasText = name }).GetAttributeAsync("value");
        await set.GetByLabel("Palvelu ja ammattilainen").SelectOptionAsync(option!);
        await set.GetByLabel("Rooli tapaamisessa").FillAsync(role);
        await set.GetByLabel("Välttämätön osallistuja").CheckAsync();
    }

    private static async Task AgreeAsync(IPage page, int row, string what, string who, DateOnly by)
    {
        var action = page.GetByRole(AriaRole.Group, new() { Name = $"Tehtävä {row}", Exact = true });
        await action.GetByLabel("Mitä tehdään").FillAsync(what);
        await action.GetByLabel("Kuka vastaa").SelectOptionAsync(new SelectOptionValue { Label = who });
        await action.GetByLabel("Mihin mennessä").FillAsync(by.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>The start (UTC) of the first of the earliest proposals on the time page.</summary>
    private static async Task<DateTime> FirstProposalAsync(IPage page)
    {
        var value = await page.Locator("#earliest li").First.Locator("input[name='StartsAt']").InputValueAsync();
        return DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }

    /// <summary>
    /// A one-hour slot the imported calendars leave free: not on the family worker's busy day, on a Tuesday or
    /// Thursday (the second school social worker's free afternoons), from two o'clock (after the psychologist's
    /// lunch hours and the school social worker's mornings) and ending by half past three (the professionals' day).
    /// </summary>
    private static void AssertFitsTheCalendars(DateTime startUtc, DateOnly familyWorkerBusy)
    {
        var start = HelsinkiTime.ToLocal(startUtc);
        DateOnly.FromDateTime(start).ShouldNotBe(familyWorkerBusy);
        start.DayOfWeek.ShouldBeOneOf(DayOfWeek.Tuesday, DayOfWeek.Thursday);
        TimeOnly.FromDateTime(start).ShouldBeGreaterThanOrEqualTo(new TimeOnly(14, 0));
        TimeOnly.FromDateTime(start.AddHours(1)).ShouldBeLessThanOrEqualTo(new TimeOnly(15, 30));
        startUtc.ShouldBeGreaterThan(DateTime.UtcNow);
    }

    private sealed record Team(
        StaffUser SchoolSocialWorker,
        StaffUser SecondSchoolSocialWorker,
        StaffUser Psychologist,
        StaffUser FamilyWorker,
        string SchoolSocialWorkService,
        string CounsellingService,
        string FamilyWorkService);

    /// <summary>
    /// The demo's school social worker, family counselling psychologist and family worker, and a second school social
    /// worker of the test's own in the same service as the first: four professionals of three services.
    /// </summary>
    private async Task<Team> TeamAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var kaija = await db.Users.SingleAsync(u => u.Email == SchoolSocialWorker);
        var petri = await db.Users.SingleAsync(u => u.Email == Psychologist);
        var pia = await db.Users.SingleAsync(u => u.Email == FamilyWorker);
        var schoolService = await FirstServiceOfAsync(db, kaija.Id);
        var sanna = await users.FindByEmailAsync(SecondSchoolSocialWorker);
        if (sanna is null)
        {
            sanna = new StaffUser
            {
                UserName = SecondSchoolSocialWorker,
                Email = SecondSchoolSocialWorker,
                EmailConfirmed = true,
                DisplayName = "Sanna Sosiaalityöntekijä",
                CreatedAt = DateTime.UtcNow,
            };
            (await users.CreateAsync(sanna)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(sanna, StaffRoles.Professional)).Succeeded.ShouldBeTrue();
            db.Add(new ServiceProfessional { UserId = sanna.Id, ServiceId = schoolService.Id });
            await db.SaveChangesAsync();
        }

        return new Team(kaija, sanna, petri, pia, schoolService.Name.In("fi"), (await FirstServiceOfAsync(db, petri.Id)).Name.In("fi"), (await FirstServiceOfAsync(db, pia.Id)).Name.In("fi"));
    }

    private static async Task<DirectoryService> FirstServiceOfAsync(PerhesiltaDbContext db, string userId)
    {
        var services = await db.Set<ServiceProfessional>().Where(p => p.UserId == userId)
            .Join(db.Set<DirectoryService>(), p => p.ServiceId, s => s.Id, (_, s) => s).ToListAsync();
        return services.OrderBy(s => s.Name.Fi, StringComparer.Ordinal).First();
    }

    private async Task ImportAsync(string userId, string events)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<ImportCalendarFile>();
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(Calendar(events)));
        (await import.HandleAsync(userId, "kalenteri.ics", content, CancellationToken.None)).ShouldBeNull();
    }

    private async Task<List<OutgoingMail>> InvitationsAsync(Guid meetingId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var uid = new Meeting { Id = meetingId, OrganizerUserId = "", Purpose = "" }.CalendarUid;
        var mails = await db.Set<OutgoingMail>().AsNoTracking().Where(m => m.Purpose == InvitationMail.InvitationPurpose).ToListAsync();
        return mails.Where(m => m.CalendarBody!.Contains(uid, StringComparison.Ordinal)).OrderBy(m => m.CreatedAt).ToList();
    }

    /// <summary>
    /// The meeting's day comes: it moves to the hour that just passed, as if time had run on to it, but not to before
    /// it was requested (just after midnight the past hour is yesterday, and the journey expects the meeting on the
    /// day of its request; the rule for a meeting before its request is tested in MeetingRecordTests).
    /// </summary>
    private async Task HoldAsync(Guid meetingId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var meeting = await db.Set<Meeting>().SingleAsync(m => m.Id == meetingId);
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var startsAt = now.AddHours(-1) < meeting.RequestedAt ? meeting.RequestedAt : now.AddHours(-1);
        meeting.StartsAt = startsAt;
        meeting.EndsAt = startsAt.AddHours(1);
        await db.SaveChangesAsync();
    }

    private async Task<List<DeadlineClock>> ActionClocksAsync(Guid meetingId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var actions = db.Set<MeetingAction>().Where(a => a.MeetingId == meetingId).Select(a => a.Id);
        return await db.Set<DeadlineClock>().AsNoTracking().Where(c => c.MeetingActionId != null && actions.Contains(c.MeetingActionId.Value)).ToListAsync();
    }

    private static DateOnly Today() => DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow));

    private DateOnly NextWorkingDayAfter(DateOnly day) =>
        host.Services.GetRequiredService<Perhesilta.Platform.Calendar.FinnishCalendar>().AddWorkingDays(day, 1);

    private static string Calendar(string events) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Perhesilta tests//FI\r\n" + events + "END:VCALENDAR\r\n";

    /// <summary>A weekly busy time on the given days, Finnish time, from a Monday three weeks ago on.</summary>
    private static string Weekly(string start, string end, string days)
    {
        var monday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-21);
        monday = monday.AddDays(-(((int)monday.DayOfWeek + 6) % 7));
        return $"BEGIN:VEVENT\r\nUID:{Guid.NewGuid()}@test.perhesilta.example\r\nDTSTAMP:20261101T000000Z\r\n" +
            $"DTSTART;TZID=Europe/Helsinki:{monday:yyyyMMdd}T{start.Replace(":", "", StringComparison.Ordinal)}00\r\n" +
            $"DTEND;TZID=Europe/Helsinki:{monday:yyyyMMdd}T{end.Replace(":", "", StringComparison.Ordinal)}00\r\n" +
            $"RRULE:FREQ=WEEKLY;BYDAY={days}\r\nSUMMARY:Varattu\r\nEND:VEVENT\r\n";
    }

    private static string Event(string uid, DateOnly day, string start, string end) =>
        $"BEGIN:VEVENT\r\nUID:{uid}-{Guid.NewGuid()}@test.perhesilta.example\r\nDTSTAMP:20261101T000000Z\r\n" +
        $"DTSTART;TZID=Europe/Helsinki:{day:yyyyMMdd}T{start.Replace(":", "", StringComparison.Ordinal)}00\r\n" +
        $"DTEND;TZID=Europe/Helsinki:{day:yyyyMMdd}T{end.Replace(":", "", StringComparison.Ordinal)}00\r\nSUMMARY:Varattu\r\nEND:VEVENT\r\n";

    [GeneratedRegex(@"/desk/meetings/([0-9a-f-]{36})")]
    private static partial Regex MeetingUrl();

    [GeneratedRegex(@"(\S*/vastaus/\S+\?answer=no)")]
    private static partial Regex DeclineLink();
}
