using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Text;

namespace Perhesilta.Bench.DirectoryQuality;

/// <summary>
/// The plain keyword search a directory without language analysis would have: SQL LIKE '%word%' of each word of the
/// text (three letters or more) against the service's name and description in the query's language, services
/// ranked by how many words they contain, with the same filters (active, serves the municipality and the age).
/// </summary>
public sealed class KeywordBaseline(PerhesiltaDbContext db)
{
    private Dictionary<string, IReadOnlyList<string>>? typesByService;

    public async Task<IReadOnlyList<IReadOnlyList<string>>> SearchAsync(string text, string language, string municipality, int? age, int limit)
    {
        typesByService ??= (await db.Set<DirectoryServiceType>().AsNoTracking().ToListAsync())
            .GroupBy(t => t.ServiceId.ToString().ToUpperInvariant())
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(t => t.ServiceTypeCode)]);
        var words = Tokenizer.Tokens(text).Where(w => w.Length >= 3).Distinct().Take(30).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var suffix = language switch { "sv" => "Sv", "en" => "En", _ => "Fi" };
        var matches = string.Join(" + ", words.Select((_, i) =>
            $"(CASE WHEN lower(s.\"Name_{suffix}\") LIKE @w{i} OR lower(s.\"Description_{suffix}\") LIKE @w{i} THEN 1 ELSE 0 END)"));
        var sql = $"""
            SELECT s."Id", {matches} AS hits
            FROM "DirectoryService" s
            WHERE s."Status" = 'Active'
              AND EXISTS (SELECT 1 FROM "DirectoryServiceArea" a WHERE a."ServiceId" = s."Id" AND a."MunicipalityCode" = @municipality)
              AND (@age IS NULL OR (s."MinAge" <= @age AND s."MaxAge" >= @age))
              AND hits > 0
            ORDER BY hits DESC, s."Name_{suffix}"
            LIMIT @limit
            """;
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < words.Count; i++)
        {
            Add(command, $"w{i}", $"%{words[i]}%");
        }

        Add(command, "municipality", municipality);
        Add(command, "age", age is null ? DBNull.Value : age.Value);
        Add(command, "limit", limit);
        var results = new List<IReadOnlyList<string>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            results.Add(typesByService.GetValueOrDefault(reader.GetString(0).ToUpperInvariant()) ?? []);
        }

        return results;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
