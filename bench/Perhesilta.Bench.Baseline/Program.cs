using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Npgsql;

// The bare baseline of the help-request benchmark: the same row as the product writes (a contact, its children
// and topics), inserted with plain ADO.NET behind a minimal endpoint — no validation, no EF Core, no anti-forgery,
// no access log. What it reaches on this machine is the ceiling the product is compared with.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var provider = builder.Configuration["Database:Provider"] ?? "sqlite";
var connectionString = builder.Configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("ConnectionStrings:Default is required.");
var app = builder.Build();

await using var postgres = provider == "postgres" ? NpgsqlDataSource.Create(connectionString) : null;
var areaId = await ScalarAsync<long>("SELECT \"AreaId\" FROM \"Municipality\" WHERE \"Code\" = '564'");

app.MapPost("/baseline/help-requests", async (BaselineRequest request) =>
{
    await using var connection = await OpenAsync();
    await using var transaction = await connection.BeginTransactionAsync();
    var id = Guid.CreateVersion7();
    var now = DateTime.UtcNow;
    var token = Convert.ToHexStringLower(SHA256.HashData(RandomNumberGenerator.GetBytes(32)));
    var reference = "PS-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5));
    await ExecuteAsync(connection, transaction,
        """
        INSERT INTO "Contact" ("Id", "ReferenceCode", "StatusTokenHash", "InitiatedAt", "Channel", "Kind", "Requester",
            "MunicipalityCode", "AreaId", "Description", "Urgency", "NeedsImmediateUrgencyAssessment", "ContactName", "Phone",
            "Email", "ContactMethod", "PreferredLanguage", "InterpreterNeeded", "ConsentToContactProfessionals",
            "IdempotencyKey", "Status", "RespondBy", "ServiceTask", "UpdatedAt", "Version", "Priority")
        VALUES (@id, @reference, @token, @now, 'Api', 'FamilyRequest', 'Parent', @municipality, @area, @description,
            'Soon', @false, @name, @phone, @email, 'Phone', 'fi', @false, @true, @key, 'Received', @respondBy,
            'family-services', @now, @version, 1)
        """,
        ("id", Id(id)), ("reference", reference), ("token", token), ("now", Instant(now)), ("municipality", request.Municipality),
        ("area", areaId), ("description", request.Description), ("false", false), ("true", true), ("name", request.Name),
        ("phone", request.Phone), ("email", request.Email), ("key", Guid.NewGuid().ToString("N")),
        ("respondBy", Day(DateOnly.FromDateTime(now).AddDays(3))), ("version", Id(Guid.NewGuid())));
    foreach (var age in request.ChildrenAges)
    {
        await ExecuteAsync(connection, transaction,
            "INSERT INTO \"ContactChild\" (\"ContactId\", \"Age\", \"Unborn\") VALUES (@id, @age, @false)",
            ("id", Id(id)), ("age", age), ("false", false));
    }

    foreach (var topic in request.Topics)
    {
        await ExecuteAsync(connection, transaction,
            "INSERT INTO \"ContactTopic\" (\"ContactId\", \"TopicCode\") VALUES (@id, @topic)", ("id", Id(id)), ("topic", topic));
    }

    await transaction.CommitAsync();
    return Results.Json(new { referenceCode = reference }, statusCode: StatusCodes.Status201Created);
});

await app.RunAsync();

// EF Core's SQLite provider stores GUIDs, instants and dates as text; write them the same way.
object Id(Guid value) => postgres is null ? value.ToString().ToUpperInvariant() : value;

object Instant(DateTime value) => postgres is null ? value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) : value;

object Day(DateOnly value) => postgres is null ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value;

async Task<DbConnection> OpenAsync()
{
    if (postgres is not null)
    {
        return await postgres.OpenConnectionAsync();
    }

    var sqlite = new SqliteConnection(connectionString);
    await sqlite.OpenAsync();
    return sqlite;
}

async Task<T> ScalarAsync<T>(string sql)
{
    await using var connection = await OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
}

static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
{
    await using var command = connection.CreateCommand();
    command.Transaction = transaction;
    command.CommandText = sql;
    foreach (var (name, value) in parameters)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    await command.ExecuteNonQueryAsync();
}

internal sealed record BaselineRequest(string Municipality, int[] ChildrenAges, string[] Topics, string Description, string? Name, string? Phone, string? Email);
