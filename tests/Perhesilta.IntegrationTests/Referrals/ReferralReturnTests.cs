using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Referrals;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.ServiceDirectory;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Referrals;

/// <summary>Nobody falls between two services: declined and unanswered referrals come back to the guides' queue, once.</summary>
public abstract class ReferralReturnTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_declined_referral_returns_at_once_reopens_the_closed_contact_tells_the_guide_and_manager_and_is_flagged_until_dealt_with()
    {
        using var setup = await ReferralTestData.SetupAsync(app);
        var manager = await app.CreateStaffAsync(StaffRoles.Manager, [setup.Work.Area.Code]);
        var id = await ReferralTestData.ReferAsync(app, setup);
        await app.WithDbAsync(db => db.Set<Contact>().Where(c => c.Id == setup.Contact.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ContactStatus.Closed).SetProperty(c => c.ClosedAt, DateTime.UtcNow)));
        using var professional = await StaffTestData.SignedInAsync(app, setup.Professional);
        var page = await professional.GetAsync($"/inbox/referrals/{id}");

        var refused = await professional.SubmitAsync(page, "#respond-Declined", new Dictionary<string, string> { ["Input.Reason"] = "" });
        refused.Text("#reason-Declined-error").ShouldBe("Kirjoita syy tai tulos.");
        var declined = await professional.SubmitAsync(page, "#respond-Declined", new Dictionary<string, string> { ["Input.Reason"] = "Perhetyön jono on täynnä" });

        declined.Location.ShouldBe($"/inbox/referrals/{id}");
        var referral = await ReferralTestData.FindAsync(app, id);
        (referral.Status, referral.StatusReason, referral.ReturnReason, referral.ReturnedToQueueAt is null)
            .ShouldBe((ReferralStatus.Declined, "Perhetyön jono on täynnä", (ReferralReturn?)ReferralReturn.Declined, false));
        (await ReferralTestData.ReplyClockAsync(app, id)).State.ShouldBe(ClockState.Met);
        var contact = await DeskTestData.FindAsync(app, setup.Contact.Id);
        (contact.Status, contact.ClosedAt).ShouldBe((ContactStatus.InProgress, (DateTime?)null));
        var toGuide = (await ReferralTestData.ReturnMailAsync(app, setup.Work.Guide.Email)).ShouldHaveSingleItem();
        toGuide.Subject.ShouldBe($"Ohjaus palasi palveluohjaukseen: {setup.Contact.ReferenceCode}");
        toGuide.TextBody.ShouldContain("Palvelu hylkäsi ohjauksen.");
        toGuide.TextBody.ShouldNotContain(DeskTestData.ContactName);
        (await ReferralTestData.ReturnMailAsync(app, manager.Email)).Count.ShouldBe(1);

        var queue = await setup.Guide.GetAsync("/desk");
        queue.Document.QuerySelector($"tr[data-contact='{setup.Contact.ReferenceCode}'] .referral-returned").ShouldNotBeNull();
        var contactPage = await setup.Guide.GetAsync(setup.Work.ContactUrl);
        contactPage.Text($"#referrals li[data-referral='{id}']").ShouldContain("Palvelu hylkäsi ohjauksen.");

        var dealt = await setup.Guide.SubmitAsync(contactPage, $"#referrals li[data-referral='{id}'] form");
        dealt.IsRedirect.ShouldBeTrue();
        (await ReferralTestData.FindAsync(app, id)).ReturnedToQueueAt.ShouldBeNull();
        (await setup.Guide.GetAsync("/desk")).Document.QuerySelector($"tr[data-contact='{setup.Contact.ReferenceCode}'] .referral-returned").ShouldBeNull();
    }

    [Fact]
    public async Task A_referral_not_accepted_in_time_returns_once_even_when_two_rounds_run_at_the_same_moment()
    {
        using var setup = await ReferralTestData.SetupAsync(app);
        var late = await ReferralTestData.ReferAsync(app, setup);
        await ReferralTestData.ChangeAsync(app, late, r => r.SentAt = DateTime.UtcNow.AddDays(-20));
        var fresh = await ReferralTestData.CreateDirectAsync(app, setup.Contact, setup.Service.Id, setup.Work.Guide.Id);

        await Task.WhenAll(ReferralTestData.ReturnRoundAsync(app), ReferralTestData.ReturnRoundAsync(app));
        await ReferralTestData.ReturnRoundAsync(app);

        var returned = await ReferralTestData.FindAsync(app, late);
        (returned.ReturnReason, returned.ReturnedToQueueAt is null, returned.Status).ShouldBe(((ReferralReturn?)ReferralReturn.NotAcceptedInTime, false, ReferralStatus.Sent));
        (await ReferralTestData.FindAsync(app, fresh)).ReturnedToQueueAt.ShouldBeNull();
        var mail = (await ReferralTestData.ReturnMailAsync(app, setup.Work.Guide.Email)).ShouldHaveSingleItem();
        mail.TextBody.ShouldContain("Palvelu ei hyväksynyt ohjausta määräajassa.");

        // Dealt with, it stays recorded why it came back, and the round leaves it alone.
        await ReferralTestData.ChangeAsync(app, late, r => r.ReturnedToQueueAt = null);
        await ReferralTestData.ReturnRoundAsync(app);
        (await ReferralTestData.FindAsync(app, late)).ReturnedToQueueAt.ShouldBeNull();
        (await ReferralTestData.ReturnMailAsync(app, setup.Work.Guide.Email)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_professional_forwards_a_referral_to_a_better_fitting_service_whose_professional_then_sees_it()
    {
        using var setup = await ReferralTestData.SetupAsync(app);
        var word = FinderTestData.UniqueWord();
        var other = await FinderTestData.CreateServiceAsync(app, "Perheneuvola " + word, $"Perheneuvonta {word}", ["564"], ["family-counselling-clinic"]);
        var otherProfessional = await ReferralTestData.ProfessionalOfAsync(app, other.Id);
        var id = await ReferralTestData.ReferAsync(app, setup);
        using var professional = await StaffTestData.SignedInAsync(app, setup.Professional);
        var search = await professional.GetAsync($"/inbox/referrals/{id}/forward?q={word}");
        search.Document.QuerySelector($"#forward-form input[value='{other.Id}']").ShouldNotBeNull();

        var refused = await professional.SubmitAsync(search, "#forward-form", new Dictionary<string, string> { ["serviceId"] = other.Id.ToString(), ["reason"] = "" });
        refused.Text("#forward-reason-error").ShouldBe("Kirjoita, miksi ohjaus siirretään.");
        var forwarded = await professional.SubmitAsync(search, "#forward-form", new Dictionary<string, string> { ["serviceId"] = other.Id.ToString(), ["reason"] = "Perheneuvola sopii paremmin" });

        forwarded.Location.ShouldBe($"/inbox/referrals/{id}");
        var referrals = await ReferralTestData.ReferralsOfAsync(app, setup.Contact.Id);
        var original = referrals.Single(r => r.Id == id);
        var onward = referrals.Single(r => r.Id != id);
        (original.Status, original.ForwardedToReferralId, original.ReturnedToQueueAt).ShouldBe((ReferralStatus.Declined, (Guid?)onward.Id, (DateTime?)null));
        (onward.Status, onward.ServiceId, onward.ForwardedFromReferralId, onward.Shared).ShouldBe((ReferralStatus.Sent, other.Id, (Guid?)id, original.Shared));
        onward.Consents.ShouldHaveSingleItem().GivenBy.ShouldBe("äiti");
        (await ReferralTestData.ReplyClockAsync(app, onward.Id)).State.ShouldBe(ClockState.Running);
        using var otherBrowser = await StaffTestData.SignedInAsync(app, otherProfessional);
        (await otherBrowser.GetAsync($"/inbox/referrals/{onward.Id}")).Text("#shared-name").ShouldBe(DeskTestData.ContactName);
        (await otherBrowser.GetAsync($"/inbox/referrals/{id}")).ShouldBeForbidden($"/inbox/referrals/{id}");
    }

    public sealed class OnSqlite(SqliteApp app) : ReferralReturnTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ReferralReturnTests(app), IClassFixture<PostgresApp>;
}
