using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.AccessLog;

/// <summary>The <c>AccessLog</c> configuration section.</summary>
public sealed class AccessLogOptions
{
    public const string Section = "AccessLog";

    /// <summary>The key file (at least 32 random bytes). Unset: <c>access-log.key</c> in the data folder.</summary>
    public string? KeyFile { get; set; }

    /// <summary>Where the signed checkpoints of the chain's head are written. Unset: <c>access-log-checkpoints</c> in the data folder.</summary>
    public string? CheckpointFolder { get; set; }

    /// <summary>How often each instance looks whether the chain's head has moved and writes a checkpoint if it has.</summary>
    public int CheckpointIntervalSeconds { get; set; } = 60;
}

/// <summary>The key file and checkpoint folder this installation uses, the settings resolved against their defaults.</summary>
public sealed record AccessLogFiles(string KeyFile, string CheckpointFolder, bool MayCreateKey)
{
    public const string DefaultKeyFileName = "access-log.key";
    public const string DefaultCheckpointFolderName = "access-log-checkpoints";

    /// <summary>
    /// The defaults lie in the data folder: beside the SQLite database file, or <c>data/</c> under the content root.
    /// Outside production a missing key file is created; in production it must be there, made and kept by the operator.
    /// </summary>
    public static AccessLogFiles Resolve(AccessLogOptions options, DatabaseOptions database, IConfiguration configuration, IHostEnvironment environment)
    {
        var dataFolder = Path.Combine(environment.ContentRootPath, "data");
        if (database.IsSqlite)
        {
            var sqlite = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DataServices.ResolveConnectionString(database, configuration, environment));
            if (Path.IsPathRooted(sqlite.DataSource))
            {
                dataFolder = Path.GetDirectoryName(sqlite.DataSource)!;
            }
        }

        return new AccessLogFiles(
            Path.GetFullPath(string.IsNullOrWhiteSpace(options.KeyFile) ? Path.Combine(dataFolder, DefaultKeyFileName) : options.KeyFile, environment.ContentRootPath),
            Path.GetFullPath(string.IsNullOrWhiteSpace(options.CheckpointFolder) ? Path.Combine(dataFolder, DefaultCheckpointFolderName) : options.CheckpointFolder, environment.ContentRootPath),
            MayCreateKey: !environment.IsProduction());
    }

    public AccessLogKey LoadKey() => MayCreateKey
        ? AccessLogKey.LoadOrCreate(KeyFile)
        : File.Exists(KeyFile)
            ? AccessLogKey.Load(KeyFile)
            : throw new InvalidOperationException(
                $"The access-log key file '{KeyFile}' does not exist. In production the key is made once by the operator " +
                "(e.g. 'head -c 32 /dev/urandom > access-log.key'), kept outside the database and backed up; set AccessLog:KeyFile to it.");
}
