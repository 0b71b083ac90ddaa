using System.Globalization;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using FormErrors = Perhesilta.Features.Staff.FormErrors;

namespace Perhesilta.Features.Families;

/// <summary>One row of the members form, as typed; the birth date stays text so that a wrong one is shown back as it was.</summary>
public sealed class FamilyMemberInput
{
    /// <summary>The member this row edits; null for a new member.</summary>
    public int? Id { get; set; }

    /// <summary>Remove this existing member.</summary>
    public bool Remove { get; set; }

    public FamilyRole Role { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Relationship { get; set; }

    public string? BirthDate { get; set; }

    public string? IdentityCode { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public bool IsBlank =>
        Id is null
        && new[] { FirstName, LastName, Relationship, BirthDate, IdentityCode, Phone, Email }.All(string.IsNullOrWhiteSpace);

    public static FamilyMemberInput From(FamilyMember member) => new()
    {
        Id = member.Id,
        Role = member.Role,
        FirstName = member.FirstName,
        LastName = member.LastName,
        Relationship = member.Relationship,
        BirthDate = member.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IdentityCode = member.PersonalIdentityCode,
        Phone = member.Phone,
        Email = member.Email,
    };
}

/// <summary>The members' rows checked: each problem a <see cref="FamilyText"/> key on the field it belongs to.</summary>
internal static class FamilyMemberRules
{
    /// <summary>Rows shown when the form opens, and added by "more rows": enough for most families without JavaScript.</summary>
    public const int RowsAtATime = 4;

    public static string FieldId(int row, string field) => $"member-{row}-{field}";

    /// <summary>Checks every row that is not blank (and not being removed); returns the members to keep, with row numbers.</summary>
    public static List<(int Row, FamilyMember Member)> Check(IReadOnlyList<FamilyMemberInput> rows, DateOnly today, FormErrors errors)
    {
        var members = new List<(int Row, FamilyMember Member)>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var row = 0; row < rows.Count; row++)
        {
            var input = rows[row];
            if (input.IsBlank || input.Remove)
            {
                continue;
            }

            var errorCount = errors.All.Count;
            Require(input.FirstName, FieldId(row, "first-name"), "Member.Error.FirstNameMissing", ContactLimits.Name, errors);
            Require(input.LastName, FieldId(row, "last-name"), "Member.Error.LastNameMissing", ContactLimits.Name, errors);
            Limit(input.Relationship, FieldId(row, "relationship"), ContactLimits.ShortText, errors);

            DateOnly? birthDate = null;
            if (!string.IsNullOrWhiteSpace(input.BirthDate))
            {
                // A date field sends ISO dates; a browser without one sends what the guide typed, in the Finnish way.
                if (!DateOnly.TryParseExact(input.BirthDate.Trim(), ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    errors.Add(FieldId(row, "birth-date"), "Member.Error.BirthDateFormat");
                }
                else if (parsed > today)
                {
                    errors.Add(FieldId(row, "birth-date"), "Member.Error.BirthDateFuture");
                }
                else
                {
                    birthDate = parsed;
                }
            }

            string? code = null;
            if (!string.IsNullOrWhiteSpace(input.IdentityCode))
            {
                var check = PersonalIdentityCode.Check(input.IdentityCode, today);
                if (!check.IsValid)
                {
                    errors.Add(FieldId(row, "identity-code"), IdentityCodeMessages.KeyOf(check.Problem));
                }
                else if (!codes.Add(check.Code!))
                {
                    errors.Add(FieldId(row, "identity-code"), "Member.Error.IdentityCodeTwice");
                }
                else if (birthDate is not null && birthDate != check.BirthDate)
                {
                    errors.Add(FieldId(row, "birth-date"), "Member.Error.BirthDateDiffers");
                }
                else
                {
                    code = check.Code;
                    birthDate = check.BirthDate;
                }
            }

            Limit(input.Phone, FieldId(row, "phone"), ContactLimits.Phone, errors);
            if (!string.IsNullOrWhiteSpace(input.Email) && !LooksLikeEmail(input.Email.Trim()))
            {
                errors.Add(FieldId(row, "email"), "Member.Error.EmailFormat");
            }
            else
            {
                Limit(input.Email, FieldId(row, "email"), ContactLimits.Email, errors);
            }

            if (errors.All.Count == errorCount)
            {
                members.Add((row, new FamilyMember
                {
                    Id = input.Id ?? 0,
                    Role = Enum.IsDefined(input.Role) ? input.Role : FamilyRole.Adult,
                    FirstName = input.FirstName!.Trim(),
                    LastName = input.LastName!.Trim(),
                    Relationship = Trimmed(input.Relationship),
                    BirthDate = birthDate,
                    PersonalIdentityCode = code,
                    Phone = Trimmed(input.Phone),
                    Email = Trimmed(input.Email),
                }));
            }
        }

        if (!errors.Any && members.Count == 0)
        {
            errors.Add(FieldId(0, "first-name"), "Family.Error.NoMembers");
        }

        return members;
    }

    private static void Require(string? value, string field, string missingKey, int limit, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, missingKey);
        }
        else
        {
            Limit(value, field, limit, errors);
        }
    }

    private static void Limit(string? value, string field, int limit, FormErrors errors)
    {
        if (value is not null && value.Trim().Length > limit)
        {
            errors.Add(field, "Member.Error.TooLong", limit);
        }
    }

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The message of each identity-code problem, shared by the member rows and the search box.</summary>
internal static class IdentityCodeMessages
{
    public static string KeyOf(IdentityCodeProblem problem) => problem switch
    {
        IdentityCodeProblem.Format => "IdentityCode.Error.Format",
        IdentityCodeProblem.ImpossibleDate => "IdentityCode.Error.ImpossibleDate",
        IdentityCodeProblem.FutureDate => "IdentityCode.Error.FutureDate",
        IdentityCodeProblem.CheckCharacter => "IdentityCode.Error.CheckCharacter",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };
}
