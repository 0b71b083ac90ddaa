using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Perhesilta.Platform.AccessLog;

/// <summary>
/// A signed note of the chain's head at one moment, kept as a file outside the database: entry <see cref="Sequence"/>
/// had hash <see cref="HeadHash"/>. Removing the newest entries, or rewriting the chain, cannot agree with it any more.
/// </summary>
/// <param name="Number">1, 2, 3… in the order written; never reused.</param>
/// <param name="KeyedFrom">The first sequence written keyed (version 2): an unkeyed entry from there on is a forgery.</param>
/// <param name="Signature">HMAC-SHA256 with the log key over <see cref="SignedText"/>.</param>
public sealed record AccessLogCheckpoint(long Number, long Sequence, string HeadHash, long KeyedFrom, DateTime WrittenAt, string Signature)
{
    public string SignedText() => string.Join(
        '\n',
        "perhesilta-access-log-checkpoint-v1",
        Number.ToString(CultureInfo.InvariantCulture),
        Sequence.ToString(CultureInfo.InvariantCulture),
        HeadHash,
        KeyedFrom.ToString(CultureInfo.InvariantCulture),
        DateTime.SpecifyKind(WrittenAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));

    public bool IsSignedWith(AccessLogKey key) => key.Verify(SignedText(), Signature);

    public static AccessLogCheckpoint Sign(AccessLogKey key, long number, long sequence, string headHash, long keyedFrom, DateTime writtenAtUtc)
    {
        var unsigned = new AccessLogCheckpoint(number, sequence, headHash, keyedFrom, AccessLogEntry.TruncateToMicroseconds(writtenAtUtc), "");
        return unsigned with { Signature = key.SignHex(unsigned.SignedText()) };
    }
}

/// <summary>One file of the checkpoint folder: its checkpoint, or null when it cannot be read as one (itself a finding).</summary>
public sealed record CheckpointFile(string Name, AccessLogCheckpoint? Checkpoint);

/// <summary>
/// The checkpoint folder (<c>AccessLog:CheckpointFolder</c>): one JSON file a checkpoint, named by its number, each
/// created once and never rewritten. Any number of instances may write into one shared folder.
/// </summary>
public sealed class AccessLogCheckpointFolder(AccessLogFiles files)
{
    private const string Prefix = "checkpoint-";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Folder => files.CheckpointFolder;

    /// <summary>Every checkpoint file, in the order of their numbers.</summary>
    public IReadOnlyList<CheckpointFile> ReadAll()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(Folder, Prefix + "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new CheckpointFile(Path.GetFileName(path), Read(path)))
            .ToList();
    }

    /// <summary>Writes the next checkpoint, numbered after the highest in the folder; the signature is made here.</summary>
    public AccessLogCheckpoint Write(AccessLogKey key, long sequence, string headHash, long keyedFrom, DateTime writtenAtUtc)
    {
        Directory.CreateDirectory(Folder);
        for (var attempt = 0; ; attempt++)
        {
            var number = ReadAll().Select(f => f.Checkpoint?.Number ?? NumberOf(f.Name)).DefaultIfEmpty(0).Max() + 1;
            var checkpoint = AccessLogCheckpoint.Sign(key, number, sequence, headHash, keyedFrom, writtenAtUtc);
            try
            {
                // CreateNew: a checkpoint is never overwritten; another instance that took the number first wins.
                using var stream = new FileStream(Path.Combine(Folder, FileName(number)), FileMode.CreateNew, FileAccess.Write);
                JsonSerializer.Serialize(stream, new CheckpointJson(checkpoint), Json);
                stream.Flush(flushToDisk: true);
                return checkpoint;
            }
            catch (IOException) when (attempt < 20 && File.Exists(Path.Combine(Folder, FileName(number))))
            {
                // Taken by another instance; number again.
            }
        }
    }

    public static string FileName(long number) => $"{Prefix}{number.ToString("D10", CultureInfo.InvariantCulture)}.json";

    private static long NumberOf(string name) =>
        long.TryParse(Path.GetFileNameWithoutExtension(name).AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

    private static AccessLogCheckpoint? Read(string path)
    {
        try
        {
            var json = JsonSerializer.Deserialize<CheckpointJson>(File.ReadAllText(path), Json);
            return json is { HeadHash: not null, Signature: not null } && json.WrittenAt.Kind == DateTimeKind.Utc
                ? new AccessLogCheckpoint(json.Number, json.Sequence, json.HeadHash, json.KeyedFrom, json.WrittenAt, json.Signature)
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private sealed class CheckpointJson
    {
        public CheckpointJson()
        {
        }

        public CheckpointJson(AccessLogCheckpoint checkpoint) =>
            (Number, Sequence, HeadHash, KeyedFrom, WrittenAt, Signature) =
            (checkpoint.Number, checkpoint.Sequence, checkpoint.HeadHash, checkpoint.KeyedFrom, checkpoint.WrittenAt, checkpoint.Signature);

        public long Number { get; set; }

        public long Sequence { get; set; }

        public string? HeadHash { get; set; }

        public long KeyedFrom { get; set; }

        [JsonConverter(typeof(UtcMicrosecondsConverter))]
        public DateTime WrittenAt { get; set; }

        public string? Signature { get; set; }
    }

    /// <summary>The same fixed form as in the signed text, so that what is read back is exactly what was signed.</summary>
    private sealed class UtcMicrosecondsConverter : JsonConverter<DateTime>
    {
        private const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTime.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
                ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
                : throw new JsonException("A checkpoint's time must be UTC with microseconds.");

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString(Format, CultureInfo.InvariantCulture));
    }
}
