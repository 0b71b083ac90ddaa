using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Mail;
using Shouldly;
using static Perhesilta.IntegrationTests.HelpRequests.HelpRequestTestData;

namespace Perhesilta.IntegrationTests.HelpRequests;

/// <summary>"Pyydä apua" as a family uses it: sending, the confirmation, the status page and the e-mail copy.</summary>
public abstract class FamilyFormTests(PerhesiltaApp app)
{
    [Theory]
    [InlineData("fi", "Kiitos, pyyntösi on vastaanotettu", "Palveluohjaaja ottaa sinuun yhteyttä", "Pyyntösi on vastaanotettu", "Vastaanotettu – odottaa palveluohjaajaa")]
    [InlineData("sv", "Tack, din begäran har tagits emot", "En servicehandledare kontaktar dig", "Din begäran har tagits emot", "Mottaget – väntar på en servicehandledare")]
    [InlineData("en", "Thank you, your request has been received", "A service guide will contact you", "Your request has been received", "Received – waiting for a service guide")]
    public async Task A_family_request_is_saved_confirmed_with_the_response_date_and_mailed_in_the_chosen_language(
        string language, string heading, string respondByLead, string subject, string statusText)
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        await browser.GetAsync($"/language/{language}?returnUrl=/");
        var form = await browser.GetAsync("/pyyda-apua");
        form.Status.ShouldBe(HttpStatusCode.OK);
        form.Text(".notice--emergency").ShouldContain("112");
        CheckTopics(form, "mood-anxiety", "parent-coping");

        var sent = await browser.SubmitAsync(form, "#help-request-form", Family(marker, language));

        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        sent.Location!.ShouldStartWith("/pyyda-apua/kiitos/");
        var contact = await ContactAsync(app, marker);
        var respondBy = ExpectedRespondBy();
        contact.Channel.ShouldBe(ContactChannel.WebForm);
        contact.Kind.ShouldBe(ContactKind.FamilyRequest);
        contact.Requester.ShouldBe(RequesterRole.Parent);
        contact.AreaId.ShouldBe(await AreaIdAsync(app, Municipality));
        contact.Description.ShouldBe("Lapsi ei nuku öisin ja olen väsynyt 😴 " + marker);
        contact.Children.Select(c => c.Age).Order().ShouldBe([4, 9]);
        contact.Topics.Select(t => t.TopicCode).Order().ShouldBe(["mood-anxiety", "parent-coping"]);
        contact.CallbackFrom.ShouldBe(new TimeOnly(10, 0));
        contact.CallbackTo.ShouldBe(new TimeOnly(12, 0));
        contact.PreferredLanguage.ShouldBe(language);
        contact.ConsentToContactProfessionals.ShouldBe(true);
        contact.Status.ShouldBe(ContactStatus.Received);
        contact.RespondBy.ShouldBe(respondBy);
        contact.InitiatedAt.ShouldBe(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        contact.ServiceTask.ShouldBe(ServiceTasks.FamilyServices);
        contact.StatusTokenHash.ShouldBe(Hash(TokenOf(sent.Location)));

        var confirmation = await browser.GetAsync(sent.Location);
        confirmation.Status.ShouldBe(HttpStatusCode.OK);
        confirmation.Text("h1").ShouldBe(heading);
        confirmation.Text("#reference-code").ShouldBe(contact.ReferenceCode);
        confirmation.Text("#respond-by").ShouldBe($"{respondByLead} {RespondByText(respondBy, language)}.");
        confirmation.Text(".notice--emergency").ShouldContain("112");
        confirmation.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();

        var mail = await app.WithDbAsync(db => db.Set<OutgoingMail>().SingleAsync(m => m.To == marker + "@test.perhesilta.example"));
        mail.Purpose.ShouldBe("help-request-confirmation");
        mail.Subject.ShouldBe($"{subject} ({contact.ReferenceCode})");
        mail.TextBody.ShouldContain(RespondByText(respondBy, language));
        mail.TextBody.ShouldContain("/tila/" + TokenOf(sent.Location));

        var status = await browser.GetAsync(confirmation.Document.QuerySelector("#status-link")!.GetAttribute("href")!);
        status.Status.ShouldBe(HttpStatusCode.OK);
        status.Text("#status").ShouldBe(statusText);
        status.Body.ShouldContain(contact.ReferenceCode);
        status.Body.ShouldNotContain("Testi Vanhempi");
        status.Body.ShouldNotContain("040 000 0001");
        status.Body.ShouldNotContain(marker);
        status.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        status.Response.Headers.GetValues("X-Robots-Tag").Single().ShouldContain("noindex");
    }

    [Fact]
    public async Task An_asker_who_chose_another_language_gets_the_e_mail_in_Finnish_and_English()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var values = Family(marker, "ru");
        values["Input.InterpreterNeeded"] = "true";

        var sent = await browser.SubmitAsync(form, "#help-request-form", values);

        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        var contact = await ContactAsync(app, marker);
        contact.PreferredLanguage.ShouldBe("ru");
        contact.InterpreterNeeded.ShouldBeTrue();
        contact.InterpreterLanguage.ShouldBe("ru");
        var mail = await app.WithDbAsync(db => db.Set<OutgoingMail>().SingleAsync(m => m.To == marker + "@test.perhesilta.example"));
        mail.Subject.ShouldBe($"Pyyntösi on vastaanotettu ({contact.ReferenceCode}) / Your request has been received ({contact.ReferenceCode})");
        mail.TextBody.ShouldContain(RespondByText(contact.RespondBy, "fi"));
        mail.TextBody.ShouldContain(RespondByText(contact.RespondBy, "en"));
    }

    [Fact]
    public async Task The_status_page_follows_the_contact_and_shows_the_answer_to_anonymous_advice_encoded()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var values = Family(marker);
        values["Input.Kind"] = "AnonymousAdvice";
        values["Input.ContactName"] = "";
        values["Input.Email"] = "";
        values.Remove("Input.ContactMethod");
        values.Remove("Input.ConsentToContactProfessionals");

        var sent = await browser.SubmitAsync(form, "#help-request-form", values);

        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        var contact = await ContactAsync(app, marker);
        contact.Kind.ShouldBe(ContactKind.AnonymousAdvice);
        contact.ContactMethod.ShouldBe(PreferredContactMethod.StatusPage);
        contact.ContactName.ShouldBeNull();
        contact.Phone.ShouldBeNull("a phone number typed before choosing anonymous advice is not kept");
        contact.Email.ShouldBeNull();
        (await app.WithDbAsync(db => db.Set<OutgoingMail>().CountAsync(m => m.TextBody.Contains(contact.ReferenceCode)))).ShouldBe(0);

        var statusUrl = "/tila/" + TokenOf(sent.Location!);
        var waiting = await browser.GetAsync(statusUrl);
        waiting.Text("#advice-answer").ShouldContain("Palveluohjaajan vastaus näkyy tilasivullasi");

        await app.WithDbAsync(async db =>
        {
            var saved = await db.Set<Contact>().SingleAsync(c => c.Id == contact.Id);
            saved.Status = ContactStatus.Closed;
            saved.AdviceAnswer = "Nukkumaanmenon rutiinit auttavat. <script>alert(1)</script>";
            return await db.SaveChangesAsync();
        });
        var answered = await browser.GetAsync(statusUrl);
        answered.Text("#status").ShouldBe("Asia on päätetty");
        answered.Text("#advice-answer").ShouldBe("Nukkumaanmenon rutiinit auttavat. <script>alert(1)</script>");
        answered.Body.ShouldContain("&lt;script&gt;");
    }

    [Theory]
    [InlineData("/tila/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/tila/not-a-token")]
    [InlineData("/pyyda-apua/kiitos/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task An_unknown_status_token_gets_the_plain_not_found_page(string url)
    {
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync(url);

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text("h1").ShouldBe("Sivua ei löydy");
    }

    [Fact]
    public async Task Sending_the_same_form_twice_makes_one_contact_and_shows_the_same_confirmation()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");

        var first = await browser.SubmitAsync(form, "#help-request-form", Family(marker));
        var second = await browser.SubmitAsync(form, "#help-request-form", Family(marker));

        first.Status.ShouldBe(HttpStatusCode.Redirect);
        second.Status.ShouldBe(HttpStatusCode.Redirect);
        second.Location.ShouldBe(first.Location);
        (await CountAsync(app, marker)).ShouldBe(1);
        (await app.WithDbAsync(db => db.Set<OutgoingMail>().CountAsync(m => m.To == marker + "@test.perhesilta.example"))).ShouldBe(1);
    }

    [Fact]
    public async Task An_embedded_button_preselects_the_municipality_and_records_the_site()
    {
        var marker = Marker();
        await SetAreaAsync(app, "305", "08 555 0112", null);
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua?kunta=305&lahde=www.kuusamo.example");

        form.Document.QuerySelector("#municipalityCode option[selected]")!.GetAttribute("value").ShouldBe("305");
        form.Text(".notice--emergency").ShouldContain("08 555 0112");
        var values = Family(marker);
        values.Remove("Input.MunicipalityCode");
        var sent = await browser.SubmitAsync(form, "#help-request-form", values);

        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        var contact = await ContactAsync(app, marker);
        contact.MunicipalityCode.ShouldBe("305");
        contact.SourceSite.ShouldBe("www.kuusamo.example");
        var confirmation = await browser.GetAsync(sent.Location!);
        confirmation.Text(".notice--emergency").ShouldContain("08 555 0112");
    }

    [Fact]
    public async Task A_source_site_that_is_not_a_host_name_is_not_carried_into_the_form()
    {
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua?kunta=999&lahde=%3Cscript%3E");

        form.Status.ShouldBe(HttpStatusCode.OK);
        form.Document.QuerySelector("input[name='Input.SourceSite']")!.GetAttribute("value").ShouldBeNullOrEmpty();
        form.Document.QuerySelector("#municipalityCode option[selected]").ShouldBeNull();
    }

    [Fact]
    public async Task The_moment_a_contact_was_recorded_cannot_be_changed()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        await browser.SubmitAsync(form, "#help-request-form", Family(marker));
        var contact = await ContactAsync(app, marker);

        await Should.ThrowAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var saved = await db.Set<Contact>().SingleAsync(c => c.Id == contact.Id);
            saved.InitiatedAt = saved.InitiatedAt.AddDays(-1);
            return await db.SaveChangesAsync();
        }));
        (await ContactAsync(app, marker)).InitiatedAt.ShouldBe(contact.InitiatedAt);
    }

    public sealed class OnSqlite(SqliteApp app) : FamilyFormTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : FamilyFormTests(app), IClassFixture<PostgresApp>;
}
