using System.Text.RegularExpressions;

namespace Perhesilta.Features.HelpRequests;

/// <summary>
/// The rules of single fields: text is kept exactly as typed (trimmed only); what cannot be stored faithfully —
/// control characters, broken UTF-8, text over the limit — and numbers, addresses and host names that cannot be
/// real are refused with a message for the field.
/// </summary>
internal static partial class FieldRules
{
    public static bool IsHost(string? value) =>
        value?.Trim().ToLowerInvariant() is { Length: > 0 and <= 253 } host && HostPattern().IsMatch(host);

    public static string? SourceSite(FormErrors errors, string? value)
    {
        var host = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        if (host.Length > 253 || !HostPattern().IsMatch(host))
        {
            errors.Add("sourceSite", "Error.SourceSite.Invalid");
            return null;
        }

        return host;
    }

    /// <summary>Trims, checks the length and refuses what cannot be stored faithfully; returns null for empty text.</summary>
    public static string? Text(FormErrors errors, string field, string? value, int maxLength, bool required)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(field, "Error." + char.ToUpperInvariant(field[0]) + field[1..] + ".Required");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(field, "Error.Text.TooLong", maxLength, text.Length);
        }
        else if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            errors.Add(field, "Error.Text.ControlCharacters");
        }
        else if (text.Contains('\uFFFD', StringComparison.Ordinal) || HasLoneSurrogate(text))
        {
            // Broken UTF-8 arrives as replacement characters: what was typed cannot be known any more.
            errors.Add(field, "Error.Text.InvalidCharacters");
        }

        return text;
    }

    public static string? PhoneNumber(FormErrors errors, string field, string? value)
    {
        var phone = Text(errors, field, value, ContactLimits.Phone, required: false);
        if (phone is not null && errors.For(field) is null)
        {
            var digits = phone.Count(char.IsAsciiDigit);
            if (!PhonePattern().IsMatch(phone) || digits is < 5 or > 15)
            {
                errors.Add(field, "Error.Phone.Format");
            }
        }

        return phone;
    }

    public static string? EmailAddress(FormErrors errors, string field, string? value)
    {
        var email = Text(errors, field, value, ContactLimits.Email, required: false);
        if (email is not null && errors.For(field) is null && !EmailPattern().IsMatch(email))
        {
            errors.Add(field, "Error.Email.Format");
        }

        return email;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]*$")]
    private static partial Regex PhonePattern();

    /// <summary>One @, no spaces, and a domain with a dot: an address that mail can be sent to.</summary>
    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex HostPattern();
}
