using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Referrals;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.ServiceDirectory;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Referrals;

/// <summary>Every role against the professional's inbox and a referral in it, and the administrator's linking of professionals to services.</summary>
public abstract class InboxAccessTests(PerhesiltaApp app)
{
    public enum Who
    {
        Anonymous,
        ProfessionalOfTheService,
        ProfessionalOfAnotherService,
        GuideOfTheArea,
        ManagerOfTheArea,
        Administrator,
    }

    [Fact]
    public async Task Only_the_professionals_of_the_service_see_the_referral_and_only_they_may_answer_it()
    {
        using var setup = await ReferralTestData.SetupAsync(app);
        var id = await ReferralTestData.ReferAsync(app, setup);
        var otherService = await FinderTestData.CreateServiceAsync(app, "Muu " + FinderTestData.UniqueWord(), "Muu palvelu", ["564"], ["family-work"]);
        var staff = new Dictionary<Who, TestStaff>
        {
            [Who.ProfessionalOfTheService] = setup.Professional,
            [Who.ProfessionalOfAnotherService] = await ReferralTestData.ProfessionalOfAsync(app, otherService.Id),
            [Who.GuideOfTheArea] = setup.Work.Guide,
            [Who.ManagerOfTheArea] = await app.CreateStaffAsync(StaffRoles.Manager, [setup.Work.Area.Code]),
            [Who.Administrator] = await app.CreateStaffAsync(StaffRoles.Administrator),
        };
        var version = (await ReferralTestData.FindAsync(app, id)).Version;
        var url = $"/inbox/referrals/{id}";

        foreach (var who in Enum.GetValues<Who>())
        {
            using var browser = who == Who.Anonymous ? app.NewBrowser() : await StaffTestData.SignedInAsync(app, staff[who]);
            var inbox = await browser.GetAsync("/inbox");
            var page = await browser.GetAsync(url);
            switch (who)
            {
                case Who.Anonymous:
                    inbox.ShouldAskToSignIn("/inbox");
                    page.ShouldAskToSignIn(url);
                    break;
                case Who.ProfessionalOfTheService:
                    inbox.Document.QuerySelector($"tr[data-referral='{id}']").ShouldNotBeNull();
                    page.Status.ShouldBe(HttpStatusCode.OK);
                    break;
                case Who.ProfessionalOfAnotherService:
                    inbox.Status.ShouldBe(HttpStatusCode.OK);
                    inbox.Document.QuerySelector($"tr[data-referral='{id}']").ShouldBeNull();
                    page.ShouldBeForbidden(url);
                    break;
                default:
                    inbox.ShouldBeForbidden("/inbox");
                    page.ShouldBeForbidden(url);
                    break;
            }

            if (who != Who.ProfessionalOfTheService)
            {
                page.Body.ShouldNotContain(DeskTestData.ContactName, Case.Sensitive, $"{who} sees the client's name");
                var token = who == Who.Anonymous ? "" : await StaffTestData.AntiforgeryTokenAsync(browser);
                var post = await browser.PostAsync(url, [new("__RequestVerificationToken", token), new("Input.Version", version.ToString()), new("Input.Status", "Received")]);
                if (who == Who.Anonymous)
                {
                    ((int)post.Status).ShouldBeOneOf([302, 400]);
                }
                else
                {
                    post.ShouldBeForbidden(url);
                }
            }
        }

        var referral = await ReferralTestData.FindAsync(app, id);
        (referral.Status, referral.Version).ShouldBe((ReferralStatus.Sent, version));
    }

    [Fact]
    public async Task An_administrator_links_a_professional_to_a_service_whose_inbox_they_then_see_and_unlinks_them()
    {
        var word = FinderTestData.UniqueWord();
        var service = await FinderTestData.CreateServiceAsync(app, "Kotipalvelu " + word, $"Kotipalvelu {word}", ["564"], ["home-help"]);
        var professional = await app.CreateStaffAsync(StaffRoles.Professional);
        var (admin, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (admin)
        {
            var account = await admin.GetAsync($"/admin/staff/{professional.Id}");
            account.Text("#professional-services").ShouldContain("Ei liitettyjä palveluja.");
            var results = await admin.GetAsync($"/admin/staff/{professional.Id}/services?q={word}");
            var linked = await admin.SubmitAsync(results, $"#service-results li[data-service='{service.Id}'] form");
            linked.Location.ShouldBe($"/admin/staff/{professional.Id}/services");
            (await app.WithDbAsync(db => db.Set<ServiceProfessional>().CountAsync(p => p.UserId == professional.Id && p.ServiceId == service.Id))).ShouldBe(1);
            (await admin.GetAsync($"/admin/staff/{professional.Id}")).Text("#professional-services").ShouldContain("Kotipalvelu " + word);

            using (var browser = await StaffTestData.SignedInAsync(app, professional))
            {
                (await browser.GetAsync("/inbox")).Text("#inbox-services").ShouldBe("Palvelusi: Kotipalvelu " + word);
            }

            var page = await admin.GetAsync($"/admin/staff/{professional.Id}/services");
            (await admin.SubmitAsync(page, $"#linked li[data-service='{service.Id}'] form")).IsRedirect.ShouldBeTrue();
            (await app.WithDbAsync(db => db.Set<ServiceProfessional>().CountAsync(p => p.UserId == professional.Id))).ShouldBe(0);
        }

        var guide = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var (other, _) = await StaffTestData.SignedInAdministratorAsync(app);
        using (other)
        {
            var refused = await other.GetAsync($"/admin/staff/{guide.Id}/services");
            refused.Text("#not-professional").ShouldBe("Palveluja liitetään vain käyttäjille, joilla on ammattilaisen rooli.");
            var token = await StaffTestData.AntiforgeryTokenAsync(other);
            var post = await other.PostAsync($"/admin/staff/{guide.Id}/services?handler=Link", [new("__RequestVerificationToken", token), new("serviceId", service.Id.ToString())]);
            post.Text("#change-error").ShouldBe("Palveluja liitetään vain käyttäjille, joilla on ammattilaisen rooli.");
            (await app.WithDbAsync(db => db.Set<ServiceProfessional>().CountAsync(p => p.UserId == guide.Id))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task The_demo_professional_works_in_services_of_Oulu_and_the_demo_has_referrals_in_several_states()
    {
        var (services, statuses, clocks) = await app.WithDbAsync(async db =>
        {
            var professional = await db.Users.SingleAsync(u => u.Email == "ammattilainen@perhesilta.example");
            var linked = await db.Set<ServiceProfessional>().CountAsync(p => p.UserId == professional.Id);
            var demo = db.Set<Features.HelpRequests.Contact>().Where(c => c.ReferenceCode.StartsWith("DEMO-")).Select(c => c.Id);
            var referrals = await db.Set<Referral>().Where(r => demo.Contains(r.ContactId)).ToListAsync();
            var ids = referrals.Select(r => r.Id).ToList();
            var clocks = await db.Set<Features.Deadlines.DeadlineClock>().CountAsync(c => c.ReferralId != null && ids.Contains(c.ReferralId.Value));
            return (linked, referrals.Select(r => r.Status).Order().ToList(), clocks);
        });

        services.ShouldBeGreaterThan(0);
        statuses.ShouldBe([ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Completed]);
        clocks.ShouldBe(4);
    }

    public sealed class OnSqlite(SqliteApp app) : InboxAccessTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : InboxAccessTests(app), IClassFixture<PostgresApp>;
}
