using System.Security.Cryptography;
using System.Text;

namespace Perhesilta.Platform.AccessLog;

/// <summary>
/// The secret that keys the access log's chain and signs its checkpoints: at least 32 random bytes in a file outside
/// the database (<c>AccessLog:KeyFile</c>). Without it, someone who can write the log table cannot compute a valid
/// entry, so a rewritten chain no longer verifies.
/// </summary>
public sealed class AccessLogKey
{
    public const int MinimumLength = 32;

    private readonly byte[] _key;

    public AccessLogKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumLength)
        {
            throw new ArgumentException($"The access-log key must be at least {MinimumLength} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>HMAC-SHA256 of the UTF-8 text, lower-case hex.</summary>
    public string SignHex(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));

    /// <summary>Whether <paramref name="signatureHex"/> is the signature of <paramref name="text"/>, compared in constant time.</summary>
    public bool Verify(string text, string? signatureHex) =>
        signatureHex is { Length: 64 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(SignHex(text)), Encoding.ASCII.GetBytes(signatureHex));

    /// <summary>A new random key, for a generated key file.</summary>
    public static byte[] NewKeyBytes() => RandomNumberGenerator.GetBytes(MinimumLength);

    /// <summary>Reads the key file; a missing, unreadable or short file gives an error that names the file and the setting.</summary>
    public static AccessLogKey Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"The access-log key file '{path}' (AccessLog:KeyFile) cannot be read: {ex.Message}", ex);
        }

        return bytes.Length >= MinimumLength
            ? new AccessLogKey(bytes)
            : throw new InvalidOperationException($"The access-log key file '{path}' (AccessLog:KeyFile) holds {bytes.Length} bytes; it needs at least {MinimumLength} random bytes.");
    }

    /// <summary>
    /// Reads the key file, first creating it with a new random key if it does not exist (outside production). Two
    /// processes that start at once end up with the same key: the file appears whole or not at all, and only once.
    /// </summary>
    public static AccessLogKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, NewKeyBytes());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first; its key is the one.
                File.Delete(temporary);
            }
        }

        return Load(path);
    }
}
