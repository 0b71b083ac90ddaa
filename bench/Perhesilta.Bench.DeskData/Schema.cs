using Npgsql;

namespace Perhesilta.Bench.DeskData;

/// <summary>Guards against a model change the generator has not followed: every column must be written or numbered by the database.</summary>
internal static class Schema
{
    public static async Task CheckEveryColumnIsWrittenAsync(NpgsqlDataSource db)
    {
        var missing = new List<string>();
        foreach (var (table, written) in Tables.Columns)
        {
            await using var command = db.CreateCommand("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = $1 AND is_identity = 'NO'
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = table });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (!written.Contains(reader.GetString(0)))
                {
                    missing.Add($"{table}.{reader.GetString(0)}");
                }
            }
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException("The generator does not write these columns; add them to BulkLoad: " + string.Join(", ", missing));
        }
    }
}
