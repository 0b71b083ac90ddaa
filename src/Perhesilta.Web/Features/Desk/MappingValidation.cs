using System.Globalization;
using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Features.Desk;

/// <summary>What was wrong with a situation mapping form: per field id, a <see cref="DeskText"/> key and its arguments.</summary>
public sealed class MappingErrors
{
    private readonly List<(string Field, string Key, object[] Args)> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<(string Field, string Key, object[] Args)> All => _errors;

    public void Add(string field, string key, params object[] args) => _errors.Add((field, key, args));

    public (string Key, object[] Args)? For(string field) =>
        _errors.FindIndex(e => e.Field == field) is var i and >= 0 ? (_errors[i].Key, _errors[i].Args) : null;
}

/// <summary>The rules of the situation mapping form: a pure function of what was typed and the known topic codes.</summary>
public static class MappingValidation
{
    public const int MaxMembers = 20;
    public const int MaxChildAge = 25;
    public const int MaxAdultAge = 120;

    public static MappingErrors Validate(MappingInput input, IReadOnlyCollection<string> knownTopics)
    {
        var errors = new MappingErrors();
        if (input.AssessedUrgency is { } urgency && !Enum.IsDefined(urgency))
        {
            errors.Add("urgency", "Mapping.Error.Urgency");
        }

        if (input.TopicCodes.Any(code => !knownTopics.Contains(code)))
        {
            errors.Add("topics", "Mapping.Error.UnknownTopic");
        }

        if (input.Members.Count(m => !m.IsEmpty) > MaxMembers)
        {
            errors.Add("members-0-role", "Mapping.Error.TooManyMembers", MaxMembers);
        }

        for (var i = 0; i < input.Members.Count; i++)
        {
            var member = input.Members[i];
            if (member.IsEmpty)
            {
                continue;
            }

            if (member.Role is not { } role || !Enum.IsDefined(role))
            {
                errors.Add($"members-{i}-role", "Mapping.Error.MemberRole", i + 1);
            }
            else if (!string.IsNullOrWhiteSpace(member.Age))
            {
                var max = role == FamilyRole.Child ? MaxChildAge : MaxAdultAge;
                if (AgeOf(member.Age) is not { } age || age < 0 || age > max)
                {
                    errors.Add($"members-{i}-age", role == FamilyRole.Child ? "Mapping.Error.ChildAge" : "Mapping.Error.AdultAge", i + 1, max);
                }
            }

            CheckText(errors, $"members-{i}-description", member.Description, ContactLimits.ShortText, "Mapping.Error.MemberDescription", i + 1);
        }

        CheckText(errors, "tried", input.TriedAlready, ContactLimits.Description, "Mapping.Error.TriedAlready");
        CheckText(errors, "services", input.ServicesInUse, ContactLimits.Description, "Mapping.Error.ServicesInUse");
        CheckText(errors, "strengths", input.Strengths, ContactLimits.Description, "Mapping.Error.Strengths");
        CheckText(errors, "concerns", input.Concerns, ContactLimits.Description, "Mapping.Error.Concerns");
        if (input.InterpreterNeeded && string.IsNullOrWhiteSpace(input.InterpreterLanguage))
        {
            errors.Add("interpreter-language", "Mapping.Error.InterpreterLanguageRequired");
        }

        CheckText(errors, "interpreter-language", input.InterpreterLanguage, ContactLimits.ShortText, "Mapping.Error.InterpreterLanguage");
        CheckText(errors, "corrected-description", input.CorrectedDescription, ContactLimits.Description, "Mapping.Error.CorrectedDescription");
        return errors;
    }

    /// <summary>A whole number of years as typed ("7", " 12 "); null for anything else.</summary>
    public static int? AgeOf(string? typed) =>
        int.TryParse(typed?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) ? age : null;

    /// <summary>Trimmed, with Windows line ends made plain; null when nothing is left.</summary>
    public static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    // The key names the field; the message says what is wrong: "{field} can be at most N characters" or has control characters.
    private static void CheckText(MappingErrors errors, string field, string? text, int max, string fieldKey, params object[] args)
    {
        if (Clean(text) is not { } clean)
        {
            return;
        }

        if (clean.Length > max)
        {
            errors.Add(field, fieldKey + ".TooLong", [.. args, max]);
        }
        else if (clean.Any(ch => char.IsControl(ch) && ch is not '\n' and not '\t'))
        {
            errors.Add(field, fieldKey + ".ControlCharacters", args);
        }
    }
}
