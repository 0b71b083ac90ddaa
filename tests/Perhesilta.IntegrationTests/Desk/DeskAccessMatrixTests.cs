using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Families;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Referrals;
using Perhesilta.IntegrationTests.ServiceDirectory;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

/// <summary>
/// Every role against every desk endpoint (issue 4): who may open each page, who may send its forms, and that nobody
/// else sees the client's details or leaves a trace in the record. A new desk page fails the first test until it is
/// given its row here.
/// </summary>
public abstract class DeskAccessMatrixTests(PerhesiltaApp app)
{
    /// <summary>Who is asking: a role, and for guides and managers whether they serve the contact's area.</summary>
    public enum Who
    {
        Anonymous,
        Professional,
        Administrator,
        ManagerOfTheArea,
        GuideOfAnotherArea,
        GuideOfTheArea,
    }

    /// <summary>What a GET answers: the page, 403, the sign-in page, or 404 (a meeting not one's own: its existence is not revealed).</summary>
    public enum Answer
    {
        Page,
        Forbidden,
        SignIn,
        NotFound,
    }

    /// <summary>
    /// The answers to a GET, in the order of <see cref="Who"/>; who may send the page's form, and the handler of one
    /// of its forms ("" for the page's own, null when the page has no form).
    /// </summary>
    private sealed record Row(Answer[] Get, Who[] MayPost, string? Post);

    private static readonly Answer[] ListsForGuidesAndManagers = [Answer.SignIn, Answer.Forbidden, Answer.Forbidden, Answer.Page, Answer.Page, Answer.Page];
    private static readonly Answer[] GuidesOfAnyArea = [Answer.SignIn, Answer.Forbidden, Answer.Forbidden, Answer.Forbidden, Answer.Page, Answer.Page];
    private static readonly Answer[] GuidesOfTheArea = [Answer.SignIn, Answer.Forbidden, Answer.Forbidden, Answer.Forbidden, Answer.Forbidden, Answer.Page];

    /// <summary>A manager of the area gets the contact page, but only a form asking for the purpose; it shows the client only after that.</summary>
    private static readonly Answer[] ContactPage = [Answer.SignIn, Answer.Forbidden, Answer.Forbidden, Answer.Page, Answer.Forbidden, Answer.Page];

    /// <summary>A meeting: its guidance team sees it; a guide or professional who is not invited gets 404, other roles 403.</summary>
    private static readonly Answer[] MeetingPage = [Answer.SignIn, Answer.NotFound, Answer.Forbidden, Answer.Forbidden, Answer.NotFound, Answer.Page];
    private static readonly Answer[] MeetingTime = [Answer.SignIn, Answer.Forbidden, Answer.Forbidden, Answer.Forbidden, Answer.NotFound, Answer.Page];

    private static readonly Dictionary<string, Row> Matrix = new(StringComparer.Ordinal)
    {
        ["/desk"] = new(ListsForGuidesAndManagers, [], null),
        ["/desk/caseload"] = new(ListsForGuidesAndManagers, [], null),
        ["/desk/contacts/new"] = new(GuidesOfAnyArea, [Who.GuideOfAnotherArea, Who.GuideOfTheArea], ""),
        ["/desk/contacts/{id:guid}"] = new(ContactPage, [Who.GuideOfTheArea], "Claim"),
        ["/desk/contacts/{id:guid}/mapping"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], ""),
        ["/desk/contacts/{id:guid}/actions/new"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], ""),
        ["/desk/contacts/{id:guid}/close"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], ""),
        ["/desk/contacts/{id:guid}/routes/new"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], ""),
        ["/desk/contacts/{id:guid}/services"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], "Guide"),
        ["/desk/contacts/{id:guid}/family"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], "Link"),
        ["/desk/contacts/{id:guid}/clocks/new"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], ""),
        ["/desk/contacts/{id:guid}/clocks/{clockId:guid}"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], "Stop"),
        ["/desk/families/{id:guid}"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], null),
        ["/desk/families/{id:guid}/edit"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], ""),
        ["/desk/contacts/{id:guid}/referrals/new"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], ""),
        ["/desk/contacts/{id:guid}/referrals/{referralId:guid}"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], "DealtWith"),
        ["/desk/contacts/{id:guid}/meetings/new"] = new(GuidesOfTheArea, [Who.GuideOfTheArea], ""),
        ["/desk/meetings/{id:guid}"] = new(MeetingPage, [Who.GuideOfTheArea], "Cancel"),
        ["/desk/meetings/{id:guid}/time"] = new(MeetingTime, [Who.GuideOfTheArea], "Choose"),
        ["/desk/meetings/{id:guid}/record"] = new(MeetingTime, [Who.GuideOfTheArea], ""),
    };

    public static TheoryData<string> Routes() => [.. Matrix.Keys];

    [Fact]
    public void Every_desk_endpoint_is_in_the_access_matrix()
    {
        _ = app.Server;
        var routes = app.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(r => r == "/desk" || r.StartsWith("/desk/", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        routes.ShouldNotBeEmpty();
        routes.Where(r => !Matrix.ContainsKey(r)).ShouldBeEmpty("desk endpoints without a row in the access matrix");
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Each_role_gets_what_the_matrix_says_and_only_the_allowed_change_anything(string route)
    {
        var row = Matrix[route];
        var world = await WorldAsync();
        var id = route.StartsWith("/desk/families/", StringComparison.Ordinal) ? world.FamilyId
            : route.StartsWith("/desk/meetings/", StringComparison.Ordinal) ? world.MeetingId
            : world.Contact.Id;
        var url = route.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal)
            .Replace("{clockId:guid}", world.ClockId.ToString(), StringComparison.Ordinal)
            .Replace("{referralId:guid}", world.ReferralId.ToString(), StringComparison.Ordinal);

        foreach (var who in Enum.GetValues<Who>())
        {
            using var browser = who == Who.Anonymous ? app.NewBrowser() : await StaffTestData.SignedInAsync(app, world.Staff[who]);
            var page = await browser.GetAsync(url);
            var expected = row.Get[(int)who];
            switch (expected)
            {
                case Answer.Page:
                    page.Status.ShouldBe(HttpStatusCode.OK, $"{who} GET {route}");
                    break;
                case Answer.Forbidden:
                    page.ShouldBeForbidden(url);
                    break;
                case Answer.NotFound:
                    page.Status.ShouldBe(HttpStatusCode.NotFound, $"{who} GET {route}");
                    break;
                default:
                    page.ShouldAskToSignIn(url);
                    break;
            }

            // The client's name shows to the guides of the area only: a manager first gets the purpose question.
            if (who != Who.GuideOfTheArea)
            {
                page.Body.ShouldNotContain(DeskTestData.ContactName, Case.Sensitive, $"{who} GET {route} shows the client's name");
            }

            // Sending a form, even with a valid anti-forgery token: refused to all but those who may.
            if (row.Post is { } handler && !row.MayPost.Contains(who))
            {
                var token = who == Who.Anonymous ? "" : await StaffTestData.AntiforgeryTokenAsync(browser);
                var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
                var post = await browser.PostAsync(target, [new("__RequestVerificationToken", token), new("version", world.Contact.Version.ToString())]);
                if (who == Who.Anonymous)
                {
                    ((int)post.Status).ShouldBeOneOf([302, 400], $"anonymous POST {route}");
                }
                else if (expected == Answer.NotFound)
                {
                    post.Status.ShouldBe(HttpStatusCode.NotFound, $"{who} POST {route}");
                }
                else
                {
                    post.ShouldBeForbidden(target);
                }
            }
        }

        var contact = await DeskTestData.FindAsync(app, world.Contact.Id);
        contact.Version.ShouldBe(world.Contact.Version, "nobody changed the contact by looking");
        var changes = (await DeskTestData.LogOfAsync(app, world.Contact.Id)).Where(e => e.Action != AccessAction.View);
        changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_form_sent_to_a_handler_a_page_does_not_have_is_refused_with_405_and_changes_nothing()
    {
        var world = await WorldAsync();
        using var browser = await StaffTestData.SignedInAsync(app, world.Staff[Who.GuideOfTheArea]);
        var token = await StaffTestData.AntiforgeryTokenAsync(browser);

        foreach (var url in new[] { $"/desk/contacts/{world.Contact.Id}?handler=Delete", $"/desk/families/{world.FamilyId}", "/desk" })
        {
            var post = await browser.PostAsync(url, [new("__RequestVerificationToken", token), new("version", world.Contact.Version.ToString())]);
            post.Status.ShouldBe(HttpStatusCode.MethodNotAllowed, url);
        }

        (await DeskTestData.FindAsync(app, world.Contact.Id)).Version.ShouldBe(world.Contact.Version);
        (await DeskTestData.LogOfAsync(app, world.Contact.Id)).ShouldBeEmpty();
    }

    private sealed record World(Contact Contact, Guid FamilyId, Guid ClockId, Guid ReferralId, Guid MeetingId, Dictionary<Who, TestStaff> Staff);

    private async Task<World> WorldAsync()
    {
        var area = await StaffTestData.CreateAreaAsync(app);
        var other = await StaffTestData.CreateAreaAsync(app);
        var contact = await DeskTestData.CreateContactAsync(app, area.Id);
        var clock = await Deadlines.Clocks.ClockTestData.StartAsync(app, contact, Features.Deadlines.ClockRule.ClientPlan, daysAgo: 1);
        var familyId = await app.WithDbAsync(async db =>
        {
            var creator = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]);
            var family = new Family { AreaId = area.Id, MunicipalityCode = contact.MunicipalityCode, CreatedByUserId = creator.Id, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            family.Members.Add(new FamilyMember { Role = Features.Desk.FamilyRole.Adult, FirstName = "Maija", LastName = "Meikäläinen", Relationship = "äiti" });
            db.Add(family);
            await db.SaveChangesAsync();
            return family.Id;
        });
        var staff = new Dictionary<Who, TestStaff>
        {
            [Who.Professional] = await app.CreateStaffAsync(StaffRoles.Professional, [area.Code]),
            [Who.Administrator] = await app.CreateStaffAsync(StaffRoles.Administrator),
            [Who.ManagerOfTheArea] = await app.CreateStaffAsync(StaffRoles.Manager, [area.Code]),
            [Who.GuideOfAnotherArea] = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [other.Code]),
            [Who.GuideOfTheArea] = await app.CreateStaffAsync(StaffRoles.ServiceGuide, [area.Code]),
        };
        var service = await FinderTestData.CreateServiceAsync(app, "Palvelu " + FinderTestData.UniqueWord(), "Kuvaus", [contact.MunicipalityCode], ["family-work"]);
        var referralId = await ReferralTestData.CreateDirectAsync(app, contact, service.Id, staff[Who.GuideOfTheArea].Id);
        var meeting = await Meetings.MeetingTestData.PlanAsync(app, staff[Who.GuideOfTheArea], change: m => (m.ContactId, m.AreaId) = (contact.Id, contact.AreaId));
        return new World(contact, familyId, clock.Id, referralId, meeting.Id, staff);
    }

    public sealed class OnSqlite(SqliteApp app) : DeskAccessMatrixTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : DeskAccessMatrixTests(app), IClassFixture<PostgresApp>;
}
