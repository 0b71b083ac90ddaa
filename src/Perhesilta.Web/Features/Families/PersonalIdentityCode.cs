using System.Globalization;

namespace Perhesilta.Features.Families;

/// <summary>Why a personal identity code was refused; each has its own message.</summary>
public enum IdentityCodeProblem
{
    None,

    /// <summary>Not DDMMYY, a century sign, an individual number 002–999 and a check character.</summary>
    Format,

    /// <summary>The date part is no date of the calendar (31 February, month 13).</summary>
    ImpossibleDate,

    /// <summary>A birth date after today.</summary>
    FutureDate,

    /// <summary>The check character does not match the rest of the code: a typing error.</summary>
    CheckCharacter,
}

/// <summary>The outcome of checking a code: the code in its normal form and the birth date it holds, or the problem.</summary>
public sealed record IdentityCodeCheck(IdentityCodeProblem Problem, string? Code = null, DateOnly? BirthDate = null)
{
    public bool IsValid => Problem == IdentityCodeProblem.None;
}

/// <summary>
/// henkilötunnus, the Finnish personal identity code: DDMMYY, a century sign, a three-digit individual number and a
/// check character. The century signs are those of the 2023 reform (Population Information Act amendment 2022):
/// <c>+</c> for the 1800s; <c>-</c>, <c>Y</c>, <c>X</c>, <c>W</c>, <c>V</c>, <c>U</c> for the 1900s; <c>A</c>–<c>F</c>
/// for the 2000s. The check character is the remainder of the nine digits (date and individual number) divided by 31,
/// taken from "0123456789ABCDEFHJKLMNPRSTUVWXY".
/// </summary>
/// <remarks>
/// Individual numbers 900–999 are temporary codes given e.g. by health care before the population register gives a
/// permanent one. They are accepted: a family may well be known to other services by such a code, and the checksum
/// rules are the same. 000 and 001 are never issued and are refused as a wrong format.
/// </remarks>
public static class PersonalIdentityCode
{
    public const int Length = 11;

    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>Checks <paramref name="input"/> as typed (surrounding spaces and lower case allowed) against <paramref name="today"/>.</summary>
    public static IdentityCodeCheck Check(string input, DateOnly today)
    {
        var code = Normalize(input);
        if (code.Length != Length
            || !AllDigits(code.AsSpan(0, 6))
            || CenturyOf(code[6]) is not { } century
            || !AllDigits(code.AsSpan(7, 3))
            || !CheckCharacters.Contains(code[10], StringComparison.Ordinal))
        {
            return new IdentityCodeCheck(IdentityCodeProblem.Format);
        }

        var individual = int.Parse(code.AsSpan(7, 3), CultureInfo.InvariantCulture);
        if (individual < 2)
        {
            return new IdentityCodeCheck(IdentityCodeProblem.Format);
        }

        var day = int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(code.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var year = century + int.Parse(code.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return new IdentityCodeCheck(IdentityCodeProblem.ImpossibleDate);
        }

        var birthDate = new DateOnly(year, month, day);
        if (birthDate > today)
        {
            return new IdentityCodeCheck(IdentityCodeProblem.FutureDate);
        }

        if (code[10] != CheckCharacterOf(code.AsSpan(0, 6), code.AsSpan(7, 3)))
        {
            return new IdentityCodeCheck(IdentityCodeProblem.CheckCharacter);
        }

        return new IdentityCodeCheck(IdentityCodeProblem.None, code, birthDate);
    }

    /// <summary>The form codes are stored and compared in: no surrounding spaces, upper case.</summary>
    public static string Normalize(string input) => input.Trim().ToUpperInvariant();

    /// <summary>The check character for a date part DDMMYY and an individual number NNN.</summary>
    public static char CheckCharacterOf(ReadOnlySpan<char> datePart, ReadOnlySpan<char> individualNumber)
    {
        Span<char> digits = stackalloc char[9];
        datePart.CopyTo(digits);
        individualNumber.CopyTo(digits[6..]);
        return CheckCharacters[int.Parse(digits, CultureInfo.InvariantCulture) % 31];
    }

    private static int? CenturyOf(char sign) => sign switch
    {
        '+' => 1800,
        '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
        'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
        _ => null,
    };

    private static bool AllDigits(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
