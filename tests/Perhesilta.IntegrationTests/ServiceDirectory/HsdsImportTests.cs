using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.ServiceDirectory;

public abstract class HsdsImportTests(PerhesiltaApp app)
{
    /// <summary>An application on an empty database of its own (no demo content), to import into.</summary>
    protected abstract PerhesiltaApp NewEmptyApp();

    [Fact]
    public async Task An_export_imported_into_an_empty_database_gives_the_same_directory()
    {
        var directory = await HsdsTestData.CreateAsync(app);
        var export = await HsdsTestData.ExportAsync(app, directory.OrganizationId);
        var original = await HsdsTestData.SnapshotsAsync(app, directory.All);

        await using var target = NewEmptyApp();
        target.Settings["Demo:Enabled"] = "false";
        await target.InitializeAsync();
        var result = await HsdsTestData.ImportAsync(target, export);

        result.Errors.ShouldBeEmpty();
        (result.Created, result.Changed, result.Unchanged).ShouldBe((4, 0, 0));
        (await HsdsTestData.SnapshotsAsync(target, directory.All)).ShouldBe(original);
        (await HsdsTestData.ChangeCountAsync(target)).ShouldBe(4);

        // And back again: the imported directory exports to the same records.
        var again = await HsdsTestData.ImportAsync(app, await HsdsTestData.ExportAsync(target, directory.OrganizationId));
        (again.Created, again.Changed, again.Unchanged).ShouldBe((0, 0, 4));
    }

    [Fact]
    public async Task Importing_the_same_set_twice_changes_nothing_the_second_time()
    {
        var (set, _) = NewServiceSet();
        var first = await HsdsTestData.ImportAsync(app, set.ToJsonString());
        first.Errors.ShouldBeEmpty();
        (first.Created, first.Changed, first.Unchanged).ShouldBe((3, 0, 0));
        var changes = await HsdsTestData.ChangeCountAsync(app);

        var second = await HsdsTestData.ImportAsync(app, set.ToJsonString());

        second.Errors.ShouldBeEmpty();
        (second.Created, second.Changed, second.Unchanged).ShouldBe((0, 0, 3));
        (await HsdsTestData.ChangeCountAsync(app)).ShouldBe(changes);
    }

    [Fact]
    public async Task A_changed_record_gets_one_new_version_and_the_others_none()
    {
        var directory = await HsdsTestData.CreateAsync(app);
        var export = HsdsTestData.Package(await HsdsTestData.ExportAsync(app, directory.OrganizationId));
        var service = export["services"]!.AsArray().Single(s => (string)s!["id"]! == directory.ServiceId.ToString())!;
        service["maximum_age"] = 12;
        service["service_at_locations"]![0]!["schedules"]![0]!["closes_at"] = "15:30";
        var changes = await HsdsTestData.ChangeCountAsync(app);

        var result = await HsdsTestData.ImportAsync(app, export.ToJsonString());

        result.Errors.ShouldBeEmpty();
        (result.Created, result.Changed, result.Unchanged).ShouldBe((0, 1, 3));
        (await HsdsTestData.ChangeCountAsync(app)).ShouldBe(changes + 1);
        var stored = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<DirectoryService>().AsNoTracking().WithRows(), s => s.Id == directory.ServiceId));
        stored.MaxAge.ShouldBe(12);
        stored.Version.ShouldBe(2);
        stored.OpeningHours.Single(h => h.Weekday == 1).ClosesAt.ShouldBe(new TimeOnly(15, 30));
    }

    public static TheoryData<string, string, string, string> BadSets() => new()
    {
        { "schema: name is a number", "name=42", "name", "Schema.StringExpected" },
        { "schema: status missing", "-status", "status", "Schema.PropertyRequired" },
        { "schema: status unknown", "status=open", "status", "Schema.NotInEnumeration" },
        { "schema: e-mail not an address", "email=ei-osoite", "email", "Schema.EmailExpected" },
        { "unknown municipality", "service_areas[0].extent='999'", "service_areas[0].extent", "UnknownMunicipality" },
        { "unknown service type", "attributes[0].taxonomy_term.code=no-such-type", "attributes[0].taxonomy_term.code", "UnknownServiceType" },
        { "age above 120", "maximum_age=130", "maximum_age", "AgeOutOfRange" },
        { "age below 0", "minimum_age=-1", "minimum_age", "AgeOutOfRange" },
        { "age not whole", "minimum_age=2.5", "minimum_age", "Import.NotWholeYears" },
        { "hours end before they start", "schedules[0].closes_at=08:00", "schedules[0].closes_at", "HoursReversed" },
        { "not a time", "schedules[0].opens_at=25:99", "schedules[0].opens_at", "Import.NotATime" },
        { "not a weekday", "schedules[0].byday=XX", "schedules[0].byday", "Import.NotAWeekday" },
        { "missing organisation", "organization_id=" + MissingId, "organization_id", "Import.MissingOrganization" },
        { "missing location", "service_at_locations[0].location_id=" + MissingId, "service_at_locations[0].location_id", "Import.MissingLocation" },
    };

    private const string MissingId = "0e9f4f1c-1111-4222-8333-444455556666";

    [Theory]
    [MemberData(nameof(BadSets))]
    public async Task A_set_with_an_error_reports_the_record_and_field_and_saves_nothing(string why, string change, string field, string key)
    {
        _ = why;
        var (set, serviceId) = NewServiceSet();
        var service = set["services"]![0]!.AsObject();
        Apply(service, change);
        var before = (await HsdsTestData.RecordCountAsync(app), await HsdsTestData.ChangeCountAsync(app));

        var result = await HsdsTestData.ImportAsync(app, set.ToJsonString());

        result.Errors.ShouldContain(e => e.Kind == "service" && e.Id == serviceId && e.Field == field && e.Key == key, string.Join("; ", result.Errors));
        (await HsdsTestData.RecordCountAsync(app), await HsdsTestData.ChangeCountAsync(app)).ShouldBe(before);
    }

    [Fact]
    public async Task A_duplicate_id_is_reported_and_nothing_is_saved()
    {
        var (set, serviceId) = NewServiceSet();
        set["services"]!.AsArray().Add(set["services"]![0]!.DeepClone());
        var before = await HsdsTestData.RecordCountAsync(app);

        var result = await HsdsTestData.ImportAsync(app, set.ToJsonString());

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Kind, error.Id, error.Field, error.Key).ShouldBe(("service", serviceId, "id", "Import.DuplicateId"));
        error.Arguments.ShouldBe(["services[1]", "services[0]"]);
        (await HsdsTestData.RecordCountAsync(app)).ShouldBe(before);
    }

    [Fact]
    public async Task A_non_GUID_id_and_broken_JSON_are_reported()
    {
        var (set, _) = NewServiceSet();
        set["services"]![0]!["id"] = "palvelu-1";
        var result = await HsdsTestData.ImportAsync(app, set.ToJsonString());
        result.Errors.ShouldContain(e => e.Kind == "service" && e.Id == "services[0]" && e.Field == "id" && (e.Key == "Schema.UuidExpected" || e.Key == "Schema.GuidExpected"), string.Join("; ", result.Errors));

        var broken = await HsdsTestData.ImportAsync(app, "{\"services\": [");
        broken.Errors.ShouldHaveSingleItem().Key.ShouldBe("Import.NotJson");

        var other = await HsdsTestData.ImportAsync(app, "{\"hello\": 1}");
        other.Errors.ShouldHaveSingleItem().Key.ShouldBe("Import.UnknownShape");
    }

    [Fact]
    public async Task Services_from_elsewhere_with_nested_organisation_and_location_are_read()
    {
        var organization = Guid.NewGuid();
        var location = Guid.NewGuid();
        var address = Guid.NewGuid();
        var services = new JsonArray();
        foreach (var i in Enumerable.Range(1, 2))
        {
            services.Add(JsonNode.Parse($$"""
            {
              "id": "{{Guid.NewGuid()}}", "name": "Nuorten talo {{i}}", "description": "Avoin nuorisotila.", "status": "active",
              "organization": { "id": "{{organization}}", "name": "Nuorisoyhdistys ry", "description": "Järjestö." },
              "service_areas": [ { "id": "{{Guid.NewGuid()}}", "name": "Kempele" } ],
              "minimum_age": 13, "maximum_age": 17,
              "attributes": [ { "id": "{{Guid.NewGuid()}}", "taxonomy_term": { "id": "{{Guid.NewGuid()}}", "name": "Nuorisotyö", "description": "", "taxonomy": "perhesilta-service-types", "code": "youth-work" } } ],
              "service_at_locations": [ { "id": "{{Guid.NewGuid()}}", "location": {
                  "id": "{{location}}", "location_type": "physical", "name": "Nuorten talo",
                  "addresses": [ { "id": "{{address}}", "address_1": "Zatelliitintie 3", "city": "Kempele", "state_province": "Kempele", "postal_code": "90440", "country": "FI", "address_type": "physical" } ] },
                "schedules": [ { "id": "{{Guid.NewGuid()}}", "freq": "WEEKLY", "byday": "MO,TU,WE", "opens_at": "14:00", "closes_at": "20:00" } ] } ]
            }
            """));
        }

        var result = await HsdsTestData.ImportAsync(app, services.ToJsonString());

        result.Errors.ShouldBeEmpty();
        (result.Created, result.Changed, result.Unchanged).ShouldBe((4, 0, 0));
        var stored = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Set<DirectoryService>().AsNoTracking().WithRows().Where(s => s.OrganizationId == organization)));
        stored.Count.ShouldBe(2);
        stored.ShouldAllBe(s => s.Municipalities.Single().MunicipalityCode == "244" && s.OpeningHours.Count == 3 && s.IsFree && s.Access == Perhesilta.Features.ServiceDirectory.ServiceAccess.Self);
        (await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<Perhesilta.Features.ServiceDirectory.DirectoryLocation>(), l => l.Id == location))).OrganizationId.ShouldBe(organization);
    }

    /// <summary>A package of one new organisation, location and service, valid as it is.</summary>
    internal static (JsonObject Set, string ServiceId) NewServiceSet()
    {
        var organization = Guid.NewGuid();
        var location = Guid.NewGuid();
        var service = Guid.NewGuid();
        var set = JsonNode.Parse($$"""
        {
          "organizations": [ { "id": "{{organization}}", "name": "Perheyhdistys ry", "description": "Järjestö perheille." } ],
          "locations": [ { "id": "{{location}}", "location_type": "physical", "organization_id": "{{organization}}", "name": "Perhetalo",
            "addresses": [ { "id": "{{Guid.NewGuid()}}", "address_1": "Torikatu 5", "city": "Oulu", "state_province": "Oulu", "postal_code": "90100", "country": "FI", "address_type": "physical" } ] } ],
          "services": [ {
            "id": "{{service}}", "organization_id": "{{organization}}", "name": "Perhekahvila", "description": "Avoin kohtaamispaikka.", "status": "active",
            "email": "kahvila@test.perhesilta.example", "minimum_age": 0, "maximum_age": 6,
            "service_areas": [ { "id": "{{Guid.NewGuid()}}", "extent": "564", "extent_type": "text" } ],
            "attributes": [ { "id": "{{Guid.NewGuid()}}", "taxonomy_term": { "id": "{{Guid.NewGuid()}}", "name": "Perhetalo", "description": "", "taxonomy": "perhesilta-service-types", "code": "family-meeting-place" } } ],
            "schedules": [ { "id": "{{Guid.NewGuid()}}", "freq": "WEEKLY", "byday": "TH", "opens_at": "09:00", "closes_at": "12:00" } ],
            "service_at_locations": [ { "id": "{{Guid.NewGuid()}}", "location_id": "{{location}}" } ]
          } ]
        }
        """)!.AsObject();
        return (set, service.ToString());
    }

    /// <summary>"path=value" sets a field (a number when it parses as one, a string when quoted: '999'), "-field" removes it.</summary>
    private static void Apply(JsonObject record, string change)
    {
        if (change.StartsWith('-'))
        {
            record.Remove(change[1..]);
            return;
        }

        var (path, value) = (change[..change.IndexOf('=', StringComparison.Ordinal)], change[(change.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        JsonNode node = record;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            node = part.EndsWith(']') ? node[part[..part.IndexOf('[', StringComparison.Ordinal)]]![int.Parse(part[(part.IndexOf('[', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
        }

        if (value.StartsWith('\'') && value.EndsWith('\''))
        {
            node[parts[^1]] = value[1..^1];
            return;
        }

        node[parts[^1]] = double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && !value.Contains(':', StringComparison.Ordinal)
            ? JsonValue.Create(number)
            : JsonValue.Create(value);
    }

    public sealed class OnSqlite(SqliteApp app) : HsdsImportTests(app), IClassFixture<SqliteApp>
    {
        protected override PerhesiltaApp NewEmptyApp() => new SqliteApp();
    }

    public sealed class OnPostgres(PostgresApp app, PostgresCluster cluster) : HsdsImportTests(app), IClassFixture<PostgresApp>
    {
        protected override PerhesiltaApp NewEmptyApp() => new PostgresApp(cluster);
    }
}
