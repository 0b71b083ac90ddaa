using System.Text.RegularExpressions;
using OtpNet;
using Perhesilta.Features.Demo;
using Perhesilta.Platform.Auth;
using Perhesilta.UnitTests.Infrastructure;
using Shouldly;

namespace Perhesilta.UnitTests.Demo;

public sealed partial class DemoDataTests
{
    [Fact]
    public void The_demo_TOTP_secret_is_valid_base32_of_160_bits()
    {
        DemoData.TotpSecret.ShouldMatch("^[A-Z2-7]+$");
        (DemoData.TotpSecret.Length % 8).ShouldBe(0, "unpadded base32 that authenticator apps accept");

        // RFC 4226 recommends a 160-bit shared secret.
        Base32Encoding.ToBytes(DemoData.TotpSecret).Length.ShouldBe(20);
        new Totp(Base32Encoding.ToBytes(DemoData.TotpSecret)).ComputeTotp().ShouldMatch("^[0-9]{6}$");
    }

    [Fact]
    public void Every_demo_account_uses_a_perhesilta_example_address()
    {
        foreach (var account in DemoData.Accounts)
        {
            account.Email.ShouldEndWith("@perhesilta.example");
        }

        DemoData.Accounts.Select(a => a.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(DemoData.Accounts.Count);
    }

    [Fact]
    public void The_demo_has_an_account_for_every_role_and_one_that_sets_up_its_second_factor_at_first_sign_in()
    {
        DemoData.Accounts.Select(a => a.Role).Distinct().ShouldBe(StaffRoles.All, ignoreOrder: true);
        DemoData.Accounts.Where(a => !a.SecondFactor).Select(a => a.Email).ShouldBe(["uusi.ohjaaja@perhesilta.example"]);
    }

    [Fact]
    public void The_demo_password_meets_the_password_rules_of_staff_accounts()
    {
        // AuthServices requires at least 12 characters, with upper and lower case letters and a digit.
        DemoData.Password.Length.ShouldBeGreaterThanOrEqualTo(12);
        DemoData.Password.ShouldMatch("[A-Z]");
        DemoData.Password.ShouldMatch("[a-z]");
        DemoData.Password.ShouldMatch("[0-9]");
    }

    [Fact]
    public void The_demo_source_mentions_no_e_mail_address_outside_perhesilta_example()
    {
        var folder = Path.Combine(RepositoryFiles.WebProject, "Features", "Demo");
        var addresses = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => EmailAddress().Matches(File.ReadAllText(file)).Select(m => m.Value))
            .ToList();

        addresses.ShouldNotBeEmpty();
        addresses.Where(a => !a.EndsWith("@perhesilta.example", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();
}
