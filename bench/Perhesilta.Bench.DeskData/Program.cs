using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using Perhesilta.Bench.DeskData;
using Perhesilta.Features.Demo;

// Fills a migrated PostgreSQL database with the desk benchmark's data: service guides for every area, and open and
// closed contacts over the years with their children, topics, actions, situation mappings, statutory routes and
// families. Needs `Demo__Enabled=true dotnet Perhesilta.Web.dll migrate` first (the demo guide's sign-in is copied).
//   --connection "Host=…" [--open 10000] [--closed 1000000] [--years 5] [--seed 4] [--out desk-bench.json]
// Writes the guides and the open contacts of each area to --out for the load generator; prints one JSON line.
var options = Arguments.Parse(args);
var clock = Stopwatch.StartNew();
await using var db = NpgsqlDataSource.Create(options.Connection);

if (await Scalar<long>(db, $"SELECT count(*) FROM \"AspNetUsers\" WHERE \"Email\" LIKE '{Guides.EmailPrefix}%'") > 0)
{
    Console.Error.WriteLine("This database already has the benchmark's data; generate into a fresh one.");
    return 1;
}

if (await Scalar<long>(db, $"SELECT count(*) FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = upper('{Guides.DemoGuide}')") == 0)
{
    Console.Error.WriteLine($"The demo guide {Guides.DemoGuide} is missing: run `Demo__Enabled=true dotnet Perhesilta.Web.dll migrate` first.");
    return 1;
}

await Schema.CheckEveryColumnIsWrittenAsync(db);

var areaOf = new Dictionary<string, int>();
await using (var reader = await db.CreateCommand("SELECT \"Code\", \"AreaId\" FROM \"Municipality\"").ExecuteReaderAsync())
{
    while (await reader.ReadAsync())
    {
        areaOf[reader.GetString(0)] = reader.GetInt32(1);
    }
}

var areas = new List<(int Id, string Name, string? Unit)>();
await using (var reader = await db.CreateCommand("SELECT \"Id\", \"NameFi\", \"NotificationReceivingUnit\" FROM \"Area\" ORDER BY \"Id\"").ExecuteReaderAsync())
{
    while (await reader.ReadAsync())
    {
        areas.Add((reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
    }
}

var topicCodes = new List<string>();
await using (var reader = await db.CreateCommand("SELECT \"Code\" FROM \"Topic\" ORDER BY \"SortOrder\"").ExecuteReaderAsync())
{
    while (await reader.ReadAsync())
    {
        topicCodes.Add(reader.GetString(0));
    }
}

// Guides in proportion to each area's families: about 30 in all, at least two an area.
var weightOfArea = Fictional.Municipalities.GroupBy(m => areaOf[m.Code]).ToDictionary(g => g.Key, g => g.Sum(m => m.Weight));
var totalWeight = weightOfArea.Values.Sum();
var guides = new Dictionary<int, AreaGuides>();
var guideEmails = new List<(string Email, int AreaId)>();
foreach (var area in areas)
{
    var count = Math.Max(2, (int)Math.Round(30.0 * weightOfArea.GetValueOrDefault(area.Id) / totalWeight));
    var ids = new List<string>();
    for (var i = 0; i < count; i++)
    {
        var number = guideEmails.Count + 1;
        ids.Add(await Guides.CreateAsync(db, number, area.Id, area.Name));
        guideEmails.Add((Guides.Email(number), area.Id));
    }

    guides[area.Id] = new AreaGuides(area.Id, [.. ids], area.Unit ?? $"Perhepalvelujen alkuarviotiimi ({area.Name}) – testi");
}

var plan = new Plan(options.Open, options.Closed, options.Years, options.Seed, DateTime.UtcNow);
var generator = new ContactGenerator(plan, areaOf, guides, [.. topicCodes]);
var openByArea = areas.ToDictionary(a => a.Id, _ => new List<Guid>());
await using (var tables = await Tables.OpenAsync(db))
{
    for (var index = 0; index < plan.Closed + plan.Open; index++)
    {
        var generated = generator.Next(index);
        tables.Write(generated);
        if (index >= plan.Closed)
        {
            openByArea[generated.Contact.AreaId].Add(generated.Contact.Id);
        }

        if (index % 100_000 == 0)
        {
            Console.Error.WriteLine($"  {index:N0} contacts, {clock.Elapsed.TotalSeconds:F0} s");
        }
    }

    await tables.CompleteAsync();
}

var loadedAt = clock.Elapsed.TotalSeconds;
Console.Error.WriteLine($"  loaded in {loadedAt:F0} s; VACUUM ANALYZE, CHECKPOINT");

// As a database in use would be: statistics and visibility maps up to date, and the bulk load's gigabytes written out
// now rather than by a checkpoint in the middle of the measurement.
foreach (var sql in new[] { "VACUUM (ANALYZE)", "CHECKPOINT" })
{
    await using var command = db.CreateCommand(sql);
    command.CommandTimeout = 0;
    await command.ExecuteNonQueryAsync();
}

var counts = new Dictionary<string, long>();
foreach (var table in new[] { "Contact", "ContactChild", "ContactTopic", "ContactAction", "SituationMapping", "SituationTopic", "SituationMember", "StatutoryRoute", "Family", "FamilyMember" })
{
    counts[table] = await Scalar<long>(db, $"SELECT count(*) FROM \"{table}\"");
}

var openContacts = await Scalar<long>(db, "SELECT count(*) FROM \"Contact\" WHERE \"Status\" <> 'Closed'");
var closedContacts = await Scalar<long>(db, "SELECT count(*) FROM \"Contact\" WHERE \"Status\" = 'Closed'");
var sizeMb = await Scalar<long>(db, "SELECT pg_database_size(current_database()) / 1048576");

await File.WriteAllTextAsync(options.Out, JsonSerializer.Serialize(new
{
    password = DemoData.Password,
    totpSecret = DemoData.TotpSecret,
    guides = guideEmails.Select(g => new { email = g.Email, areaId = g.AreaId, openContacts = openByArea[g.AreaId] }),
}));

Console.WriteLine(JsonSerializer.Serialize(new
{
    open = openContacts,
    closed = closedContacts,
    guides = guideEmails.Count,
    families = counts["Family"],
    rows = counts,
    databaseMb = sizeMb,
    loadSeconds = Math.Round(loadedAt),
    totalSeconds = Math.Round(clock.Elapsed.TotalSeconds),
}));
return 0;

static async Task<T> Scalar<T>(NpgsqlDataSource db, string sql)
{
    await using var command = db.CreateCommand(sql);
    return (T)(await command.ExecuteScalarAsync())!;
}

internal sealed record Arguments(string Connection, int Open, int Closed, int Years, int Seed, string Out)
{
    public static Arguments Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, "--" + name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new Arguments(
            Value("connection", "") is { Length: > 0 } connection ? connection : throw new ArgumentException("--connection is required"),
            Number("open", 10_000),
            Number("closed", 1_000_000),
            Number("years", 5),
            Number("seed", 4),
            Value("out", "desk-bench.json"));
    }
}
