using System.Text;

namespace Perhesilta.Features.Account;

/// <summary>How an authenticator key is shown to a person: as an otpauth:// URI for a QR code and as readable text.</summary>
public static class AuthenticatorKey
{
    public const string Issuer = "Perhesilta";

    /// <summary>The key in groups of four, lower case, as people type it from a screen.</summary>
    public static string Format(string key)
    {
        var plain = key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var text = new StringBuilder();
        for (var i = 0; i < plain.Length; i += 4)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(plain.AsSpan(i, Math.Min(4, plain.Length - i)));
        }

        return text.ToString();
    }

    /// <summary>The Key Uri Format that authenticator apps read from a QR code (TOTP, SHA-1, six digits, 30 s).</summary>
    public static string Uri(string accountName, string key)
    {
        var label = System.Uri.EscapeDataString(Issuer) + ":" + System.Uri.EscapeDataString(accountName);
        return $"otpauth://totp/{label}?secret={key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()}"
            + $"&issuer={System.Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30";
    }
}
