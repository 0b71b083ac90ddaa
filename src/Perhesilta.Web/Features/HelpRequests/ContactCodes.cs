using System.Security.Cryptography;
using System.Text;

namespace Perhesilta.Features.HelpRequests;

/// <summary>The reference code read aloud on the phone and the private status token of a contact.</summary>
internal static class ContactCodes
{
    // No look-alike characters (0/O, 1/I/L), so that the code can be read aloud and typed by hand.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>E.g. <c>PS-7K3M-Q9XD</c>: about 40 bits, enough to be unique with the unique index as the last word.</summary>
    public static string NewReferenceCode()
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"PS-{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }

    /// <summary>32 random bytes, base64url: unguessable, and safe in a URL path.</summary>
    public static string NewStatusToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string HashStatusToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A token has the shape of one that was handed out; anything else is not looked up at all.</summary>
    public static bool LooksLikeStatusToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
