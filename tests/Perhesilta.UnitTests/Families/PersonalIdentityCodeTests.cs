using System.Globalization;
using Perhesilta.Features.Families;
using Shouldly;

namespace Perhesilta.UnitTests.Families;

/// <summary>
/// The henkilötunnus rules. Every code here is a fictional test code computed from a made-up date and individual
/// number (the check characters were worked out separately, by hand arithmetic and a one-line script); none belongs
/// to a real person as far as we know, and none is taken from any register.
/// </summary>
public sealed class PersonalIdentityCodeTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    public static TheoryData<string, string> ValidCodes => new()
    {
        { "010190-123M", "1990-01-01" },
        { "150615A234X", "2015-06-15" },
        { "291288Y456T", "1988-12-29" },
        { "290200A345E", "2000-02-29" },
        { "311299+998D", "1899-12-31" },
        { "050520B9502", "2020-05-05" },
        { "121212C002K", "2012-12-12" },
        { "010101U899P", "1901-01-01" },
        { "240392X711K", "1992-03-24" },
    };

    [Theory]
    [MemberData(nameof(ValidCodes))]
    public void A_valid_code_is_accepted_with_the_birth_date_it_holds(string code, string birthDate)
    {
        var check = PersonalIdentityCode.Check(code, Today);

        check.Problem.ShouldBe(IdentityCodeProblem.None);
        check.Code.ShouldBe(code);
        check.BirthDate.ShouldBe(DateOnly.Parse(birthDate, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(" 150615a234x ", "150615A234X")]
    [InlineData("291288y456t", "291288Y456T")]
    public void A_code_typed_in_lower_case_or_with_spaces_around_is_normalised(string typed, string normal) =>
        PersonalIdentityCode.Check(typed, Today).Code.ShouldBe(normal);

    [Theory]
    [InlineData("")]
    [InlineData("010190123M")]
    [InlineData("010190-123MM")]
    [InlineData("010190 123M")]
    [InlineData("0101 90-123M")]
    [InlineData("010190G123M")]
    [InlineData("010190Z123M")]
    [InlineData("010190-12AM")]
    [InlineData("01O190-123M")]
    [InlineData("010190-123G")]
    [InlineData("010190-123I")]
    [InlineData("010190-123O")]
    [InlineData("010190-123Z")]
    [InlineData("010190-000J")]
    [InlineData("010190-001K")]
    [InlineData("010190—123M")]
    [InlineData("０10190-123M")]
    public void A_code_of_the_wrong_shape_is_a_format_error(string code) =>
        PersonalIdentityCode.Check(code, Today).Problem.ShouldBe(IdentityCodeProblem.Format);

    [Theory]
    [InlineData("310290", "-")]
    [InlineData("290201", "A")]
    [InlineData("290200", "-")]
    [InlineData("000190", "-")]
    [InlineData("320190", "-")]
    [InlineData("011390", "-")]
    [InlineData("010090", "-")]
    [InlineData("310490", "Y")]
    public void A_date_that_is_not_in_the_calendar_is_an_impossible_date(string datePart, string sign) =>
        PersonalIdentityCode.Check(WithCheckCharacter(datePart, sign, "123"), Today).Problem.ShouldBe(IdentityCodeProblem.ImpossibleDate);

    [Fact]
    public void Twenty_ninth_of_February_1900_is_impossible_but_in_2000_it_is_a_date()
    {
        PersonalIdentityCode.Check(WithCheckCharacter("290200", "-", "123"), Today).Problem.ShouldBe(IdentityCodeProblem.ImpossibleDate);
        PersonalIdentityCode.Check(WithCheckCharacter("290200", "A", "123"), Today).Problem.ShouldBe(IdentityCodeProblem.None);
    }

    [Theory]
    [InlineData("231126", "A")]
    [InlineData("010127", "B")]
    [InlineData("010199", "C")]
    public void A_birth_date_after_today_is_refused(string datePart, string sign) =>
        PersonalIdentityCode.Check(WithCheckCharacter(datePart, sign, "123"), Today).Problem.ShouldBe(IdentityCodeProblem.FutureDate);

    [Fact]
    public void A_child_born_today_is_accepted() =>
        PersonalIdentityCode.Check(WithCheckCharacter("221126", "A", "123"), Today).Problem.ShouldBe(IdentityCodeProblem.None);

    [Theory]
    [InlineData("010190-123N")]
    [InlineData("150615A234Y")]
    [InlineData("291288Y465T")]
    [InlineData("291282Y456T")]
    public void A_wrong_check_character_is_reported_as_such(string code) =>
        PersonalIdentityCode.Check(code, Today).Problem.ShouldBe(IdentityCodeProblem.CheckCharacter);

    [Fact]
    public void Every_century_sign_gives_its_century_and_every_other_character_is_refused()
    {
        var centuries = "+".ToDictionary(c => c, _ => 1800);
        foreach (var c in "-YXWVU")
        {
            centuries[c] = 1900;
        }

        foreach (var c in "ABCDEF")
        {
            centuries[c] = 2000;
        }

        for (var c = (char)32; c < 127; c++)
        {
            var check = PersonalIdentityCode.Check(WithCheckCharacter("150610", c.ToString(), "234"), Today);
            if (centuries.TryGetValue(char.ToUpperInvariant(c), out var century))
            {
                check.BirthDate.ShouldBe(new DateOnly(century + 10, 6, 15), $"sign '{c}'");
            }
            else
            {
                check.Problem.ShouldBe(IdentityCodeProblem.Format, $"sign '{c}'");
            }
        }
    }

    [Fact]
    public void Temporary_codes_with_individual_numbers_900_to_999_are_accepted()
    {
        foreach (var individual in new[] { "900", "950", "999" })
        {
            PersonalIdentityCode.Check(WithCheckCharacter("010190", "-", individual), Today).IsValid.ShouldBeTrue(individual);
        }
    }

    [Fact]
    public void Every_individual_number_from_002_to_999_is_accepted_with_its_own_check_character_and_refused_with_any_other()
    {
        const string alphabet = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        for (var individual = 2; individual <= 999; individual++)
        {
            var number = individual.ToString("000", CultureInfo.InvariantCulture);
            var right = WithCheckCharacter("070387", "-", number);
            PersonalIdentityCode.Check(right, Today).IsValid.ShouldBeTrue(right);
            var wrong = right[..10] + alphabet[(alphabet.IndexOf(right[10], StringComparison.Ordinal) + 1) % alphabet.Length];
            PersonalIdentityCode.Check(wrong, Today).Problem.ShouldBe(IdentityCodeProblem.CheckCharacter, wrong);
        }
    }

    /// <summary>
    /// A fictional code with its check character, computed here independently of the class under test: the nine digits
    /// as a long, remainder by 31.
    /// </summary>
    private static string WithCheckCharacter(string datePart, string sign, string individualNumber)
    {
        const string alphabet = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        var remainder = long.Parse(datePart + individualNumber, CultureInfo.InvariantCulture) % 31;
        return datePart + sign + individualNumber + alphabet[(int)remainder];
    }
}
