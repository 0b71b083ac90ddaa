using Perhesilta.Features.Desk;
using Shouldly;

namespace Perhesilta.UnitTests.Desk;

public sealed class MappingValidationTests
{
    private static readonly string[] Topics = ["school", "sleep"];

    [Fact]
    public void Every_whole_age_is_checked_against_the_range_of_the_role()
    {
        for (var age = -5; age <= 130; age++)
        {
            foreach (var role in Enum.GetValues<FamilyRole>())
            {
                var max = role == FamilyRole.Child ? 25 : 120;
                var errors = MappingValidation.Validate(WithMember(role, age.ToString(System.Globalization.CultureInfo.InvariantCulture)), Topics);
                errors.Any.ShouldBe(age < 0 || age > max, $"{role} {age}");
            }
        }
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData(" 12 ", 12)]
    [InlineData("1.5", null)]
    [InlineData("+3", null)]
    [InlineData("seitsemän", null)]
    [InlineData("", null)]
    public void An_age_is_a_whole_number_of_years_as_typed(string typed, int? age) => MappingValidation.AgeOf(typed).ShouldBe(age);

    [Fact]
    public void Empty_rows_are_skipped_and_a_row_with_anything_in_it_needs_a_role()
    {
        var input = new MappingInput { Members = [new MemberInput(), new MemberInput { Description = "isä" }] };

        var error = MappingValidation.Validate(input, Topics).All.ShouldHaveSingleItem();

        (error.Field, error.Key).ShouldBe(("members-1-role", "Mapping.Error.MemberRole"));
    }

    [Fact]
    public void Only_known_topics_are_accepted()
    {
        MappingValidation.Validate(new MappingInput { TopicCodes = ["school"] }, Topics).Any.ShouldBeFalse();
        MappingValidation.Validate(new MappingInput { TopicCodes = ["school", "astrology"] }, Topics).All.ShouldHaveSingleItem().Field.ShouldBe("topics");
    }

    [Fact]
    public void Text_is_kept_with_its_line_breaks_but_trimmed_and_empty_text_is_none() =>
        (MappingValidation.Clean(" a\r\nb "), MappingValidation.Clean("   ")).ShouldBe(("a\nb", null));

    private static MappingInput WithMember(FamilyRole role, string age) => new() { Members = [new MemberInput { Role = role, Age = age }] };
}
