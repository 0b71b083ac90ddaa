using System.Net;
using System.Text;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;
using static Perhesilta.IntegrationTests.HelpRequests.HelpRequestTestData;

namespace Perhesilta.IntegrationTests.HelpRequests;

/// <summary>Every kind of bad input gets a 4xx answer with a specific message, keeps what was typed, and saves nothing.</summary>
public abstract class BadInputTests(PerhesiltaApp app)
{
    public static TheoryData<string, string, string, string> BadFields => new()
    {
        { "Input.Phone", "soita minulle", "phone", "Puhelinnumerossa voi olla vain numeroita" },
        { "Input.Phone", "12", "phone", "Puhelinnumerossa voi olla vain numeroita" },
        { "Input.Email", "vanhempi@", "email", "Sähköpostiosoite ei ole kelvollinen" },
        { "Input.Email", "vanhempi esimerkki@test.perhesilta.example", "email", "Sähköpostiosoite ei ole kelvollinen" },
        { "Input.ChildAgesText", "4, 26", "childAges", "Iän pitää olla 0–25 vuotta." },
        { "Input.ChildAgesText", "-1", "childAges", "Kirjoita iät numeroina" },
        { "Input.ChildAgesText", "neljä", "childAges", "Kirjoita iät numeroina" },
        { "Input.MunicipalityCode", "999", "municipalityCode", "Kuntaa ei löydy hyvinvointialueen kunnista." },
        { "Input.Topics", "no-such-topic", "topics", "Valittu aihe ei ole aiheluettelossa." },
        { "Input.ContactName", new string('n', 201), "contactName", "Teksti on liian pitkä: enintään 200 merkkiä, nyt 201." },
        { "Input.ContactName", "Testi\u0007Vanhempi", "contactName", "Tekstissä on ohjausmerkkejä" },
        { "Input.Kind", "Garbage", "kind", "Valittu arvo ei ole mikään lomakkeen vaihtoehdoista." },
        { "Input.Requester", "Professional", "requester", "Ammattilaisen yhteydenotot tehdään ammattilaisten lomakkeella." },
        { "Input.Urgency", "Yesterday", "urgency", "Valittu arvo ei ole mikään lomakkeen vaihtoehdoista." },
        { "Input.CallbackDate", "31.2.2026", "callbackDate", "Päivämäärä ei ole kelvollinen." },
        { "Input.CallbackWindow", "03:00-04:00", "callbackWindow", "Valittu arvo ei ole mikään lomakkeen vaihtoehdoista." },
        { "Input.PreferredLanguage", "xx", "preferredLanguage", "Valittu arvo ei ole mikään lomakkeen vaihtoehdoista." },
        { "Input.SourceSite", "evil site/<x>", "sourceSite", "Lähdesivuston osoite ei ole kelvollinen verkko-osoite." },
        { "Input.ContactMethod", "Email", "email", "Kirjoita sähköpostiosoite, johon vastaus lähetetään." },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_bad_value_is_refused_with_a_message_at_its_field_and_nothing_is_saved(string name, string value, string field, string message)
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var values = Family(marker);
        if (name == "Input.ContactMethod")
        {
            values["Input.Email"] = "";
        }

        values[name] = value;

        var page = await browser.SubmitAsync(form, "#help-request-form", values);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text($"#{field}-error").ShouldStartWith(message);
        page.Document.QuerySelector($"#error-summary a[href='#{field}']")!.TextContent.ShouldStartWith(message);
        page.Document.QuerySelector("#description")!.TextContent.ShouldBe(values["Input.Description"]);
        page.Document.QuerySelector("#contactName")!.GetAttribute("value").ShouldBe(name == "Input.ContactName" ? value : "Testi Vanhempi");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task Missing_required_fields_are_each_named_in_the_error_summary()
    {
        var before = await app.WithDbAsync(db => Task.FromResult(db.Set<Features.HelpRequests.Contact>().Count()));
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");

        var page = await browser.SubmitAsync(form, "#help-request-form");

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        var links = page.Document.QuerySelectorAll("#error-summary a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe(["#kind", "#requester", "#municipalityCode", "#childAges", "#description", "#urgency"], ignoreOrder: true);
        page.Text("#kind-error").ShouldBe("Valitse, miten haluat apua.");
        page.Text("#description-error").ShouldBe("Kerro omin sanoin, mistä on kyse.");
        page.Document.QuerySelector("#kind")!.Closest("fieldset")!.QuerySelector("legend")!.TextContent.ShouldBe("Miten haluat apua?");
        (await app.WithDbAsync(db => Task.FromResult(db.Set<Features.HelpRequests.Contact>().Count()))).ShouldBe(before);
    }

    [Fact]
    public async Task A_family_request_without_contact_details_asks_for_them()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var values = Family(marker);
        values["Input.ContactName"] = "";
        values["Input.Phone"] = "";
        values.Remove("Input.ConsentToContactProfessionals");

        var page = await browser.SubmitAsync(form, "#help-request-form", values);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text("#contactName-error").ShouldBe("Kirjoita nimi.");
        page.Text("#phone-error").ShouldBe("Kirjoita puhelinnumero, johon palveluohjaaja voi soittaa.");
        page.Text("#consentToContactProfessionals-error").ShouldBe("Vastaa, saako muihin ammattilaisiin olla yhteydessä.");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task Text_over_the_field_limit_is_refused_with_the_limit_and_the_length()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var values = Family(marker);
        values["Input.Description"] = marker + new string('x', 4001);

        var page = await browser.SubmitAsync(form, "#help-request-form", values);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text("#description-error").ShouldBe($"Teksti on liian pitkä: enintään 4000 merkkiä, nyt {4001 + marker.Length}.");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task A_body_of_100_000_characters_is_refused_as_too_large()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var values = Family(marker);
        values["Input.Description"] = marker + new string('x', 100_000);

        var page = await browser.SubmitAsync(form, "#help-request-form", values);

        page.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        page.Text("h1").ShouldBe("Liian suuri lähetys");
        page.Body.ShouldContain("Lyhennä tekstiä");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF_8_are_refused()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var values = Family(marker);
        values.Remove("Input.Description");
        var fields = FormFieldsOf(form, values);
        using var body = new MemoryStream();
        body.Write(Encoding.ASCII.GetBytes(string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)))));
        body.Write(Encoding.ASCII.GetBytes("&Input.Description=" + marker + "+"));
        body.Write([0xC3, 0x28, 0xFF, 0xFE]);
        using var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = new("application/x-www-form-urlencoded");

        var page = await Page.ReadAsync(await browser.Http.PostAsync("/pyyda-apua", content, TestContext.Current.CancellationToken));

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text("#description-error").ShouldBe("Tekstissä on rikkinäisiä merkkejä (virheellistä UTF-8:aa). Kirjoita teksti uudelleen.");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task Script_tags_are_stored_as_typed_and_shown_encoded()
    {
        var marker = Marker();
        var typed = $"<script>alert('x')</script> & <b>{marker}</b>";
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var values = Family(marker);
        values["Input.Description"] = typed;
        values["Input.Urgency"] = "";

        var refused = await browser.SubmitAsync(form, "#help-request-form", values);

        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.Body.ShouldNotContain("<script>alert");
        refused.Body.ShouldContain("&lt;script&gt;");
        refused.Document.QuerySelector("#description")!.TextContent.ShouldBe(typed);

        values["Input.Urgency"] = "CanWait";
        var sent = await browser.SubmitAsync(refused, "#help-request-form", values);
        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        (await ContactAsync(app, marker)).Description.ShouldBe(typed);
    }

    [Fact]
    public async Task A_filled_honeypot_is_refused_and_nothing_is_saved()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var honeypot = form.Document.QuerySelector("#verkkosivu")!;
        honeypot.GetAttribute("tabindex").ShouldBe("-1");
        honeypot.GetAttribute("autocomplete").ShouldBe("off");
        honeypot.Closest("[aria-hidden='true']").ShouldNotBeNull();
        var values = Family(marker);
        values["verkkosivu"] = "https://spam.example";

        var page = await browser.SubmitAsync(form, "#help-request-form", values);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text("#error-summary").ShouldContain("Lomaketta ei lähetetty.");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task A_tampered_idempotency_key_is_refused()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var values = Family(marker);
        values["Input.IdempotencyKey"] = "'; drop table contacts; --";

        var page = await browser.SubmitAsync(form, "#help-request-form", values);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text("#error-summary").ShouldContain("Lomakkeen piilotettu tunniste on virheellinen.");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_anti_forgery_token_shows_the_form_again_with_everything_typed()
    {
        var marker = Marker();
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var fields = FormFieldsOf(form, Family(marker)).Where(f => f.Key != "__RequestVerificationToken").ToList();

        var page = await browser.PostAsync("/pyyda-apua", fields);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text("#error-summary").ShouldContain("Lomake on vanhentunut tai se avattiin toisessa selaimessa.");
        page.Document.QuerySelector("#description")!.TextContent.ShouldContain(marker);
        (await CountAsync(app, marker)).ShouldBe(0);

        var resent = await browser.SubmitAsync(page, "#help-request-form", Family(marker));
        resent.Status.ShouldBe(HttpStatusCode.Redirect);
        (await CountAsync(app, marker)).ShouldBe(1);
    }

    [Fact]
    public async Task An_anti_forgery_token_from_another_session_is_refused()
    {
        var marker = Marker();
        using var other = app.NewBrowser();
        var othersForm = await other.GetAsync("/pyyda-apua");
        var othersToken = othersForm.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync("/pyyda-apua");
        var values = Family(marker);
        values["__RequestVerificationToken"] = othersToken;

        var page = await browser.SubmitAsync(form, "#help-request-form", values);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text("#error-summary").ShouldContain("Lomake on vanhentunut");
        (await CountAsync(app, marker)).ShouldBe(0);
    }

    /// <summary>The fields a browser would send for the form, with the given values in place of its own.</summary>
    private static List<KeyValuePair<string, string>> FormFieldsOf(Page form, Dictionary<string, string> values)
    {
        var fields = form.Document.QuerySelectorAll("#help-request-form input[type='hidden']")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Where(f => !values.ContainsKey(f.Key))
            .ToList();
        fields.AddRange(values);
        return fields;
    }

    public sealed class OnSqlite(SqliteApp app) : BadInputTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : BadInputTests(app), IClassFixture<PostgresApp>;
}
