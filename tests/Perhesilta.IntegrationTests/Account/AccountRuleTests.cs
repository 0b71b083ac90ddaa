using Perhesilta.Features.Account;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

/// <summary>The pure rules of the account feature: no application or database needed.</summary>
public sealed class AccountRuleTests
{
    [Theory]
    [InlineData("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp")]
    [InlineData("ABCDEF", "abcd ef")]
    [InlineData("ABCD", "abcd")]
    [InlineData("", "")]
    public void An_authenticator_key_is_shown_in_groups_of_four(string key, string shown) =>
        AuthenticatorKey.Format(key).ShouldBe(shown);

    [Fact]
    public void The_authenticator_uri_names_Perhesilta_as_issuer_and_the_account()
    {
        var uri = AuthenticatorKey.Uri("olli.ohjaaja@perhesilta.example", "jbsw y3dp ehpk 3pxp");

        uri.ShouldBe("otpauth://totp/Perhesilta:olli.ohjaaja%40perhesilta.example?secret=JBSWY3DPEHPK3PXP&issuer=Perhesilta&algorithm=SHA1&digits=6&period=30");
    }

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData("123 456", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData(" 123456 ", "123456")]
    [InlineData("12345", null)]
    [InlineData("1234567", null)]
    [InlineData("12345a", null)]
    [InlineData("１２３４５６", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Only_six_ascii_digits_count_as_an_authenticator_code(string? typed, string? code) =>
        TotpCode.Normalize(typed).ShouldBe(code);

    [Fact]
    public void Temporary_passwords_are_long_random_and_meet_the_password_rules()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => CreateAdministrator.NewPassword()).ToList();

        passwords.Distinct().Count().ShouldBe(200);
        foreach (var password in passwords)
        {
            password.Length.ShouldBe(20);
            password.ShouldContain(c => char.IsAsciiLetterUpper(c));
            password.ShouldContain(c => char.IsAsciiLetterLower(c));
            password.ShouldContain(c => char.IsAsciiDigit(c));
            password.IndexOfAny(['0', 'O', '1', 'l', 'I']).ShouldBe(-1);
        }
    }
}
