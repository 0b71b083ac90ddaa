using System.Globalization;
using System.Text;

namespace Perhesilta.Platform.Text;

/// <summary>
/// Splits text into lower-case word tokens: runs of letters and digits (with their combining marks). Everything
/// else — punctuation, emoji, control characters, lone surrogates — separates words.
/// </summary>
internal static class Tokenizer
{
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordCharacter(c))
            {
                current.Append(c);
            }
            else
            {
                Flush(current, tokens);
            }
        }

        Flush(current, tokens);
        return tokens;
    }

    private static bool IsWordCharacter(char c) =>
        !char.IsSurrogate(c)
        && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length == 0)
        {
            return;
        }

        // A token may start with a stray combining mark; normalising composes "a" + "̈" into "ä".
        var token = current.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        current.Clear();
        if (char.IsLetterOrDigit(token[0]))
        {
            tokens.Add(token);
        }
    }
}
