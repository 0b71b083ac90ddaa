using System.Text;

namespace Perhesilta.Features.Families;

/// <summary>Names, phone numbers and e-mail addresses in the form they are compared in when suggesting a family.</summary>
internal static class ContactDetailsNormalizer
{
    /// <summary>Digits only, with the Finnish country code written as the trunk prefix: "+358 40 123" and "040-123" match.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new StringBuilder();
        foreach (var c in phone.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        var text = digits.ToString();
        var international = phone.TrimStart().StartsWith('+') || text.StartsWith("00", StringComparison.Ordinal);
        if (international)
        {
            text = text.TrimStart('0');
            if (text.StartsWith("358", StringComparison.Ordinal))
            {
                text = "0" + text[3..];
            }
            else
            {
                text = "+" + text;
            }
        }

        return text.Length == 0 ? null : text;
    }

    public static string? Email(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>The words of a name in lower case, in order: "  Maija  MEIKÄLÄINEN" is "maija meikäläinen".</summary>
    public static string Name(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
