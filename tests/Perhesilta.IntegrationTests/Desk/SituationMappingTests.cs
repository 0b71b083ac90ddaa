using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Shouldly;

namespace Perhesilta.IntegrationTests.Desk;

public abstract class SituationMappingTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_first_mapping_starts_from_what_the_asker_gave_and_saving_keeps_the_original()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);
        var topics = await app.WithDbAsync(db => db.Set<Topic>().OrderBy(t => t.SortOrder).Select(t => t.Code).ToListAsync());
        var form = await desk.Browser.GetAsync(desk.Url + "/mapping");

        form.Status.ShouldBe(HttpStatusCode.OK);
        Checked(form, "Input.TopicCodes").ShouldBe(topics.Take(2));
        form.Document.QuerySelector<IHtmlInputElement>("#members-0-age")!.Value.ShouldBe("7");
        form.Document.QuerySelector<IHtmlInputElement>("#members-1-age")!.Value.ShouldBe("15");
        form.Document.QuerySelector<IHtmlSelectElement>("#members-0-role")!.Value.ShouldBe("Child");
        form.Document.QuerySelector("#original-description")!.TextContent.ShouldBe(DeskTestData.Description);
        form.Text("#original-urgency").ShouldBe("Pian");
        (await DeskTestData.LogOfAsync(app, desk.Contact.Id)).ShouldHaveSingleItem().Action.ShouldBe(AccessAction.View);

        var saved = await desk.Browser.SubmitAsync(form, "#mapping-form", new Dictionary<string, string>
        {
            ["Input.AssessedUrgency"] = "Urgent",
            ["Input.TopicCodes"] = topics[2],
            ["Input.Members[2].Role"] = "Adult",
            ["Input.Members[2].Description"] = "äiti",
            ["Input.TriedAlready"] = "Neuvolan perhetyöntekijä\r\nkävi kerran",
            ["Input.ServicesInUse"] = "neuvola",
            ["Input.Strengths"] = "Läheiset isovanhemmat",
            ["Input.Concerns"] = "Väsymys",
            ["Input.InterpreterNeeded"] = "true",
            ["Input.InterpreterLanguage"] = "arabia",
            ["Input.CorrectedDescription"] = "Huoli koulunkäynnistä ja unesta.",
        });

        saved.Location.ShouldBe(desk.Url);
        var mapping = (await RecordTestData.MappingAsync(app, desk.Contact.Id)).ShouldNotBeNull();
        mapping.Topics.Select(t => t.TopicCode).ShouldBe([topics[2]]);
        mapping.Members.OrderBy(m => m.Id).Select(m => (m.Role, m.Age, m.Description)).ShouldBe([(FamilyRole.Child, 7, null), (FamilyRole.Child, 15, null), (FamilyRole.Adult, null, "äiti")]);
        (mapping.TriedAlready, mapping.InterpreterNeeded, mapping.InterpreterLanguage, mapping.UpdatedByUserId).ShouldBe(("Neuvolan perhetyöntekijä\nkävi kerran", true, "arabia", desk.Guide.Id));
        var contact = await DeskTestData.FindAsync(app, desk.Contact.Id);
        (contact.AssessedUrgency, contact.Urgency, contact.Priority, contact.Description).ShouldBe((FeltUrgency.Urgent, FeltUrgency.Soon, 2, DeskTestData.Description));
        contact.Version.ShouldNotBe(desk.Contact.Version);
        var askerTopics = await app.WithDbAsync(db => db.Set<ContactTopic>().Where(t => t.ContactId == desk.Contact.Id).Select(t => t.TopicCode).ToListAsync());
        askerTopics.Order().ShouldBe(topics.Take(2).Order());
        (await DeskTestData.LogOfAsync(app, desk.Contact.Id)).Count(e => e.Action == AccessAction.Change && e.ActorUserId == desk.Guide.Id).ShouldBe(1);

        var page = await desk.Browser.GetAsync(desk.Url);
        page.Text("#notice").ShouldBe("Tilanteen kartoitus tallennettiin.");
        page.Text("#mapping-heading").ShouldBe("Tilanteen kartoitus (ohjaajan)");
        page.Text("#mapping-by").ShouldStartWith("Kirjannut Greta Guide");
        page.Text("#mapping-description").ShouldBe("Huoli koulunkäynnistä ja unesta.");
        page.Text("#mapping-members").ShouldContain("Aikuinen – äiti");
        page.Text("#assessed-urgency").ShouldBe("Kiireellinen");
        page.Document.QuerySelector("#description")!.TextContent.ShouldBe(DeskTestData.Description);
        page.Text("#urgency").ShouldBe("Pian");

        var again = await desk.Browser.GetAsync(desk.Url + "/mapping");
        Checked(again, "Input.TopicCodes").ShouldBe([topics[2]]);
        again.Document.QuerySelector<IHtmlInputElement>("#interpreter-language")!.Value.ShouldBe("arabia");
    }

    [Theory]
    [InlineData("Input.Members[0].Age", "26", "members-0-age", "Henkilön 1 ikä: anna lapsen ikä kokonaisina vuosina 0–25.")]
    [InlineData("Input.Members[1].Age", "seitsemän", "members-1-age", "Henkilön 2 ikä: anna lapsen ikä kokonaisina vuosina 0–25.")]
    [InlineData("Input.Members[0].Role", "", "members-0-role", "Valitse henkilön 1 rooli: aikuinen tai lapsi.")]
    [InlineData("Input.TopicCodes", "no-such-topic", "topics", "Valitse aiheet annetusta luettelosta; tuntematonta aihetta ei voi tallentaa.")]
    [InlineData("Input.Strengths", "long", "strengths", "Vahvuudet voi kuvata enintään 4 000 merkillä.")]
    [InlineData("Input.Members[0].Description", "short-long", "members-0-description", "Henkilön 1 kuvaus voi olla enintään 200 merkkiä pitkä.")]
    [InlineData("Input.CorrectedDescription", "ohjaus\u0007merkki", "corrected-description", "Tarkennetussa kuvauksessa on ohjausmerkkejä, joita ei voi tallentaa.")]
    [InlineData("Input.InterpreterNeeded", "true", "interpreter-language", "Kerro, mitä kieltä tulkataan, kun perhe tarvitsee tulkin.")]
    public async Task A_bad_mapping_is_refused_with_a_specific_message_what_was_typed_stays_and_nothing_is_saved(string name, string value, string field, string message)
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);
        var form = await desk.Browser.GetAsync(desk.Url + "/mapping");
        var typed = value switch
        {
            "long" => new string('v', ContactLimits.Description + 1),
            "short-long" => new string('d', ContactLimits.ShortText + 1),
            _ => value,
        };

        var page = await desk.Browser.SubmitAsync(form, "#mapping-form", new Dictionary<string, string>
        {
            [name] = typed,
            ["Input.Concerns"] = "Väsymys ja riidat",
            ["Input.Members[2].Role"] = "Adult",
            ["Input.Members[2].Age"] = "41",
            ["Input.AssessedUrgency"] = "Urgent",
        });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text($"#{field}-error").ShouldBe(message);
        page.Document.QuerySelectorAll("#error-summary li a").ShouldHaveSingleItem().GetAttribute("href").ShouldBe($"#{field}");
        page.Document.QuerySelector<IHtmlTextAreaElement>("#concerns")!.Value.ShouldBe("Väsymys ja riidat");
        page.Document.QuerySelector<IHtmlInputElement>("#members-2-age")!.Value.ShouldBe("41");
        page.Document.QuerySelector<IHtmlInputElement>("#urgency-Urgent")!.IsChecked.ShouldBeTrue();
        if (name.EndsWith(".Age", StringComparison.Ordinal))
        {
            page.Document.QuerySelector<IHtmlInputElement>($"#{field}")!.Value.ShouldBe(typed);
        }

        (await RecordTestData.MappingAsync(app, desk.Contact.Id)).ShouldBeNull();
        var contact = await DeskTestData.FindAsync(app, desk.Contact.Id);
        (contact.Version, contact.AssessedUrgency).ShouldBe((desk.Contact.Version, null));
    }

    [Fact]
    public async Task More_rows_are_added_without_saving_and_without_losing_what_was_typed()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);
        var form = await desk.Browser.GetAsync(desk.Url + "/mapping");
        var rows = form.Document.QuerySelectorAll("select[name$='.Role']").Length;

        var more = await desk.Browser.SubmitAsync(form, "#mapping-form", new Dictionary<string, string> { ["Input.Strengths"] = "Sitkeys", ["Input.Members[2].Role"] = "Adult" }, submitterName: "addRows");

        more.Status.ShouldBe(HttpStatusCode.OK);
        more.Document.QuerySelectorAll("select[name$='.Role']").Length.ShouldBe(rows + MappingModel.EmptyRows);
        more.Document.QuerySelector<IHtmlTextAreaElement>("#strengths")!.Value.ShouldBe("Sitkeys");
        more.Document.QuerySelector<IHtmlSelectElement>("#members-2-role")!.Value.ShouldBe("Adult");
        (await RecordTestData.MappingAsync(app, desk.Contact.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task A_stale_mapping_names_who_changed_the_contact_keeps_what_was_typed_and_saves_nothing()
    {
        using var desk = await RecordTestData.GuideDeskAsync(app);
        var form = await desk.Browser.GetAsync(desk.Url + "/mapping");
        var colleague = await RecordTestData.NamedStaffAsync(app, StaffRoles.ServiceGuide, "Kaija Kollega", desk.Area.Code);
        using (var other = await StaffTestData.SignedInAsync(app, colleague))
        {
            var theirs = await other.SubmitAsync(await other.GetAsync(desk.Url + "/mapping"), "#mapping-form", new Dictionary<string, string> { ["Input.Strengths"] = "Kaijan havainto" });
            theirs.Location.ShouldBe(desk.Url);
        }

        var changed = await DeskTestData.FindAsync(app, desk.Contact.Id);
        var page = await desk.Browser.SubmitAsync(form, "#mapping-form", new Dictionary<string, string> { ["Input.Strengths"] = "Gretan havainto" });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#change-error").ShouldStartWith("Kaija Kollega muutti tätä yhteydenottoa sillä välin (");
        page.Text("#mapping-strengths").ShouldBe("Kaijan havainto");
        page.Document.QuerySelector<IHtmlTextAreaElement>("#strengths")!.Value.ShouldBe("Gretan havainto");
        page.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value.ShouldBe(changed.Version.ToString());
        var mapping = (await RecordTestData.MappingAsync(app, desk.Contact.Id)).ShouldNotBeNull();
        (mapping.Strengths, mapping.UpdatedByUserId).ShouldBe(("Kaijan havainto", colleague.Id));
        (await DeskTestData.FindAsync(app, desk.Contact.Id)).Version.ShouldBe(changed.Version);
    }

    private static List<string> Checked(Page page, string name) =>
        page.Document.QuerySelectorAll<IHtmlInputElement>($"input[name='{name}']").Where(i => i.IsChecked).Select(i => i.Value).ToList();

    public sealed class OnSqlite(SqliteApp app) : SituationMappingTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SituationMappingTests(app), IClassFixture<PostgresApp>;
}
