using Perhesilta.Features.Meetings;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>While a meeting is planned, the guide adds and removes participants on its page (issue 7).</summary>
public abstract class ParticipantEditTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_family_member_is_added_and_a_professional_removed_but_the_last_required_participant_stays()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var id = await PlanningTestData.RequestAsync(app, setup);
        var url = $"/desk/meetings/{id}";

        var added = await setup.Guide.SubmitAsync(await setup.Guide.GetAsync(url), "#add-family-form", new Dictionary<string, string>
        {
            ["Family.Name"] = "Matti Meikäläinen",
            ["Family.Role"] = "isä",
            ["Family.Language"] = "fi",
        });
        added.Location.ShouldBe(url);
        var meeting = await PlanningTestData.FindAsync(app, id);
        meeting.Participants.Count.ShouldBe(4);
        var father = meeting.Participants.Single(p => p.Name == "Matti Meikäläinen");
        (father.Kind, father.Required, father.Role).ShouldBe((ParticipantKind.FamilyMember, false, "isä"));

        var professional = meeting.Participants.Single(p => p.Kind == ParticipantKind.Professional);
        var removed = await setup.Guide.SubmitAsync(await setup.Guide.GetAsync(url), $"tr[data-participant='{professional.Id}'] form");
        removed.Location.ShouldBe(url);
        (await PlanningTestData.FindAsync(app, id)).Participants.ShouldNotContain(p => p.Id == professional.Id);

        var mother = meeting.Participants.Single(p => p.Email == setup.MotherEmail);
        var refused = await setup.Guide.SubmitAsync(await setup.Guide.GetAsync(url), $"tr[data-participant='{mother.Id}'] form");
        refused.Text("#form-message").ShouldContain("välttämättömäksi");
        (await PlanningTestData.FindAsync(app, id)).Participants.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_professional_from_outside_without_the_familys_consent_is_not_added()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var fields = PlanningTestData.Fields(setup);
        fields["Input.Professionals[0].Choice"] = "";
        fields["Input.Professionals[0].Role"] = "";
        fields["Input.Professionals[0].Required"] = "";
        foreach (var key in fields.Keys.Where(k => k.StartsWith("Input.Consents", StringComparison.Ordinal)).ToList())
        {
            fields[key] = "";
        }

        var id = await PlanningTestData.RequestAsync(app, setup, fields);
        var page = await setup.Guide.GetAsync($"/desk/meetings/{id}");
        var refused = await setup.Guide.SubmitAsync(page, "#add-professional-form", new Dictionary<string, string>
        {
            ["Professional.Name"] = "Kalle Kuraattori",
            ["Professional.Email"] = "kalle@test.perhesilta.example",
            ["Professional.Required"] = "true",
        });

        refused.Text("#add-professional-error").ShouldContain("suostumusta");
        refused.Document.QuerySelector("#add-professional-name")!.GetAttribute("value").ShouldBe("Kalle Kuraattori");
        (await PlanningTestData.FindAsync(app, id)).Participants.Count.ShouldBe(2);
    }

    public sealed class OnSqlite(SqliteApp app) : ParticipantEditTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ParticipantEditTests(app), IClassFixture<PostgresApp>;
}
