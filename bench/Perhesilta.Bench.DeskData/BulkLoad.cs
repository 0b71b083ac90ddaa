using Npgsql;
using NpgsqlTypes;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Families;
using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Bench.DeskData;

/// <summary>A COPY stream, whatever its rows.</summary>
internal interface ITable : IAsyncDisposable
{
    Task CompleteAsync();
}

/// <summary>A column of a table as EF Core maps it: enums as their names, times in UTC.</summary>
internal sealed record Column<T>(string Name, NpgsqlDbType Type, Func<T, object?> Value);

/// <summary>
/// One table written with binary COPY on its own connection, so that each table's server process works in parallel
/// while the generator produces the rows. Identity columns are left out; the database numbers them.
/// </summary>
internal sealed class Table<T> : ITable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlBinaryImporter _importer;
    private readonly Column<T>[] _columns;

    private Table(NpgsqlConnection connection, NpgsqlBinaryImporter importer, Column<T>[] columns)
    {
        _connection = connection;
        _importer = importer;
        _columns = columns;
    }

    public string Name { get; private init; } = "";

    public long Rows { get; private set; }

    public static async Task<Table<T>> OpenAsync(NpgsqlDataSource dataSource, string name, params Column<T>[] columns)
    {
        var connection = await dataSource.OpenConnectionAsync();
        await using (var settings = new NpgsqlCommand(BulkLoad.SessionSettings, connection))
        {
            await settings.ExecuteNonQueryAsync();
        }

        var list = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var importer = await connection.BeginBinaryImportAsync($"COPY \"{name}\" ({list}) FROM STDIN (FORMAT BINARY)");
        return new Table<T>(connection, importer, columns) { Name = name };
    }

    public void Write(T row)
    {
        _importer.StartRow();
        foreach (var column in _columns)
        {
            if (column.Value(row) is { } value)
            {
                _importer.Write(value, column.Type);
            }
            else
            {
                _importer.WriteNull();
            }
        }

        Rows++;
    }

    public async Task CompleteAsync() => await _importer.CompleteAsync();


    public async ValueTask DisposeAsync()
    {
        await _importer.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

internal static class BulkLoad
{
    /// <summary>
    /// The rows are consistent by construction, so the foreign-key triggers are skipped while loading (replica mode; the
    /// throwaway cluster's superuser may do this), and commits need not wait for the disk. Indexes are kept and filled
    /// as the rows arrive, as they would be in production.
    /// </summary>
    public const string SessionSettings = "SET session_replication_role = replica; SET synchronous_commit = off;";

    private static string? Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value?.ToString();

    public static readonly Column<Contact>[] Contact =
    [
        new("Id", NpgsqlDbType.Uuid, c => c.Id),
        new("ReferenceCode", NpgsqlDbType.Varchar, c => c.ReferenceCode),
        new("StatusTokenHash", NpgsqlDbType.Varchar, c => c.StatusTokenHash),
        new("InitiatedAt", NpgsqlDbType.TimestampTz, c => c.InitiatedAt),
        new("Channel", NpgsqlDbType.Varchar, c => c.Channel.ToString()),
        new("Kind", NpgsqlDbType.Varchar, c => c.Kind.ToString()),
        new("Requester", NpgsqlDbType.Varchar, c => c.Requester.ToString()),
        new("MunicipalityCode", NpgsqlDbType.Varchar, c => c.MunicipalityCode),
        new("AreaId", NpgsqlDbType.Integer, c => c.AreaId),
        new("Description", NpgsqlDbType.Varchar, c => c.Description),
        new("Urgency", NpgsqlDbType.Varchar, c => c.Urgency.ToString()),
        new("NeedsImmediateUrgencyAssessment", NpgsqlDbType.Boolean, c => c.NeedsImmediateUrgencyAssessment),
        new("RoutedToUnit", NpgsqlDbType.Varchar, c => c.RoutedToUnit),
        new("ContactName", NpgsqlDbType.Varchar, c => c.ContactName),
        new("Phone", NpgsqlDbType.Varchar, c => c.Phone),
        new("Email", NpgsqlDbType.Varchar, c => c.Email),
        new("ContactMethod", NpgsqlDbType.Varchar, c => c.ContactMethod.ToString()),
        new("CallbackDate", NpgsqlDbType.Date, c => c.CallbackDate),
        new("CallbackFrom", NpgsqlDbType.Time, c => c.CallbackFrom),
        new("CallbackTo", NpgsqlDbType.Time, c => c.CallbackTo),
        new("PreferredLanguage", NpgsqlDbType.Varchar, c => c.PreferredLanguage),
        new("InterpreterNeeded", NpgsqlDbType.Boolean, c => c.InterpreterNeeded),
        new("InterpreterLanguage", NpgsqlDbType.Varchar, c => c.InterpreterLanguage),
        new("ConsentToContactProfessionals", NpgsqlDbType.Boolean, c => c.ConsentToContactProfessionals),
        new("ProfessionalName", NpgsqlDbType.Varchar, c => c.ProfessionalName),
        new("ProfessionalOrganisation", NpgsqlDbType.Varchar, c => c.ProfessionalOrganisation),
        new("ProfessionalRole", NpgsqlDbType.Varchar, c => c.ProfessionalRole),
        new("ProfessionalPhone", NpgsqlDbType.Varchar, c => c.ProfessionalPhone),
        new("ProfessionalEmail", NpgsqlDbType.Varchar, c => c.ProfessionalEmail),
        new("ConsentGivenBy", NpgsqlDbType.Varchar, c => c.ConsentGivenBy),
        new("ConsentMethod", NpgsqlDbType.Varchar, c => Name(c.ConsentMethod)),
        new("ConsentGivenAt", NpgsqlDbType.TimestampTz, c => c.ConsentGivenAt),
        new("SourceSite", NpgsqlDbType.Varchar, c => c.SourceSite),
        new("IdempotencyKey", NpgsqlDbType.Varchar, c => c.IdempotencyKey),
        new("Status", NpgsqlDbType.Varchar, c => c.Status.ToString()),
        new("RespondBy", NpgsqlDbType.Date, c => c.RespondBy),
        new("AdviceAnswer", NpgsqlDbType.Varchar, c => c.AdviceAnswer),
        new("AdviceAnsweredAt", NpgsqlDbType.TimestampTz, c => c.AdviceAnsweredAt),
        new("RecordedByUserId", NpgsqlDbType.Text, c => c.RecordedByUserId),
        new("ServiceTask", NpgsqlDbType.Varchar, c => c.ServiceTask),
        new("UpdatedAt", NpgsqlDbType.TimestampTz, c => c.UpdatedAt),
        new("Version", NpgsqlDbType.Uuid, c => c.Version),
        new("StatusTokenProtected", NpgsqlDbType.Varchar, c => c.StatusTokenProtected),
        new("AssessedUrgency", NpgsqlDbType.Varchar, c => Name(c.AssessedUrgency)),
        new("AssignedAt", NpgsqlDbType.TimestampTz, c => c.AssignedAt),
        new("AssignedToUserId", NpgsqlDbType.Text, c => c.AssignedToUserId),
        new("ClosedAt", NpgsqlDbType.TimestampTz, c => c.ClosedAt),
        new("ClosedByUserId", NpgsqlDbType.Text, c => c.ClosedByUserId),
        new("ClosingNote", NpgsqlDbType.Varchar, c => c.ClosingNote),
        new("FamilyId", NpgsqlDbType.Uuid, c => c.FamilyId),
        new("FirstReachedAt", NpgsqlDbType.TimestampTz, c => c.FirstReachedAt),
        new("HelpedWithOneContact", NpgsqlDbType.Boolean, c => c.HelpedWithOneContact),
        new("Outcome", NpgsqlDbType.Varchar, c => Name(c.Outcome)),
        new("OutcomeService", NpgsqlDbType.Varchar, c => c.OutcomeService),

        // The entity's own rule (3 for an immediate assessment, else 2/1/0 by urgency), as EF Core stores it.
        new("Priority", NpgsqlDbType.Integer, c => c.Priority),
        new("UpdatedByUserId", NpgsqlDbType.Text, c => c.UpdatedByUserId),
        new("WaitingFor", NpgsqlDbType.Varchar, c => c.WaitingFor),
        new("WaitingSince", NpgsqlDbType.TimestampTz, c => c.WaitingSince),
    ];

    public static readonly Column<(Guid ContactId, ContactChild Child)>[] ContactChild =
    [
        new("ContactId", NpgsqlDbType.Uuid, r => r.ContactId),
        new("Age", NpgsqlDbType.Integer, r => r.Child.Age),
        new("Unborn", NpgsqlDbType.Boolean, r => r.Child.Unborn),
    ];

    public static readonly Column<ContactTopic>[] ContactTopic =
    [
        new("ContactId", NpgsqlDbType.Uuid, t => t.ContactId),
        new("TopicCode", NpgsqlDbType.Varchar, t => t.TopicCode),
    ];

    public static readonly Column<ContactAction>[] ContactAction =
    [
        new("Id", NpgsqlDbType.Uuid, a => a.Id),
        new("ContactId", NpgsqlDbType.Uuid, a => a.ContactId),
        new("Kind", NpgsqlDbType.Varchar, a => a.Kind.ToString()),
        new("PerformedAt", NpgsqlDbType.TimestampTz, a => a.PerformedAt),
        new("DurationMinutes", NpgsqlDbType.Integer, a => a.DurationMinutes),
        new("Note", NpgsqlDbType.Varchar, a => a.Note),
        new("PerformedByUserId", NpgsqlDbType.Text, a => a.PerformedByUserId),
        new("RecordedAt", NpgsqlDbType.TimestampTz, a => a.RecordedAt),
        new("VisitNumber", NpgsqlDbType.Integer, a => a.VisitNumber),
        new("ReachedFamily", NpgsqlDbType.Boolean, a => a.ReachedFamily),
        new("ServiceId", NpgsqlDbType.Uuid, a => a.ServiceId),
    ];

    public static readonly Column<SituationMapping>[] SituationMapping =
    [
        new("ContactId", NpgsqlDbType.Uuid, m => m.ContactId),
        new("CorrectedDescription", NpgsqlDbType.Varchar, m => m.CorrectedDescription),
        new("TriedAlready", NpgsqlDbType.Varchar, m => m.TriedAlready),
        new("ServicesInUse", NpgsqlDbType.Varchar, m => m.ServicesInUse),
        new("Strengths", NpgsqlDbType.Varchar, m => m.Strengths),
        new("Concerns", NpgsqlDbType.Varchar, m => m.Concerns),
        new("InterpreterNeeded", NpgsqlDbType.Boolean, m => m.InterpreterNeeded),
        new("InterpreterLanguage", NpgsqlDbType.Varchar, m => m.InterpreterLanguage),
        new("UpdatedByUserId", NpgsqlDbType.Text, m => m.UpdatedByUserId),
        new("UpdatedAt", NpgsqlDbType.TimestampTz, m => m.UpdatedAt),
    ];

    public static readonly Column<SituationTopic>[] SituationTopic =
    [
        new("ContactId", NpgsqlDbType.Uuid, t => t.ContactId),
        new("TopicCode", NpgsqlDbType.Varchar, t => t.TopicCode),
    ];

    public static readonly Column<SituationMember>[] SituationMember =
    [
        new("ContactId", NpgsqlDbType.Uuid, m => m.ContactId),
        new("Role", NpgsqlDbType.Varchar, m => m.Role.ToString()),
        new("Age", NpgsqlDbType.Integer, m => m.Age),
        new("Description", NpgsqlDbType.Varchar, m => m.Description),
    ];

    public static readonly Column<StatutoryRoute>[] StatutoryRoute =
    [
        new("Id", NpgsqlDbType.Uuid, r => r.Id),
        new("ContactId", NpgsqlDbType.Uuid, r => r.ContactId),
        new("Kind", NpgsqlDbType.Varchar, r => r.Kind.ToString()),
        new("MadeAt", NpgsqlDbType.TimestampTz, r => r.MadeAt),
        new("MadeByUserId", NpgsqlDbType.Text, r => r.MadeByUserId),
        new("ToUnit", NpgsqlDbType.Varchar, r => r.ToUnit),
        new("Basis", NpgsqlDbType.Varchar, r => r.Basis),
        new("ConsentGivenBy", NpgsqlDbType.Varchar, r => r.ConsentGivenBy),
        new("ConsentMethod", NpgsqlDbType.Varchar, r => Name(r.ConsentMethod)),
        new("RecordedAt", NpgsqlDbType.TimestampTz, r => r.RecordedAt),
    ];

    public static readonly Column<Family>[] Family =
    [
        new("Id", NpgsqlDbType.Uuid, f => f.Id),
        new("AreaId", NpgsqlDbType.Integer, f => f.AreaId),
        new("MunicipalityCode", NpgsqlDbType.Varchar, f => f.MunicipalityCode),
        new("CreatedByUserId", NpgsqlDbType.Text, f => f.CreatedByUserId),
        new("CreatedAt", NpgsqlDbType.TimestampTz, f => f.CreatedAt),
        new("UpdatedAt", NpgsqlDbType.TimestampTz, f => f.UpdatedAt),
        new("Version", NpgsqlDbType.Uuid, f => f.Version),
    ];

    public static readonly Column<FamilyMember>[] FamilyMember =
    [
        new("FamilyId", NpgsqlDbType.Uuid, m => m.FamilyId),
        new("Role", NpgsqlDbType.Varchar, m => m.Role.ToString()),
        new("FirstName", NpgsqlDbType.Varchar, m => m.FirstName),
        new("LastName", NpgsqlDbType.Varchar, m => m.LastName),
        new("Relationship", NpgsqlDbType.Varchar, m => m.Relationship),
        new("BirthDate", NpgsqlDbType.Date, m => m.BirthDate),
        new("PersonalIdentityCode", NpgsqlDbType.Varchar, m => m.PersonalIdentityCode),
        new("Phone", NpgsqlDbType.Varchar, m => m.Phone),
        new("Email", NpgsqlDbType.Varchar, m => m.Email),
    ];
}
