using System.Text.Json;
using System.Text.RegularExpressions;
using Perhesilta.Features.Demo;
using Perhesilta.UnitTests.Infrastructure;
using Shouldly;

namespace Perhesilta.UnitTests.Operations;

/// <summary>
/// The README's promise: its Quick start holds exactly two commands, one that runs the system on
/// http://localhost:5000 and one that runs every test, which is also what CI runs; the demo accounts it lists are
/// the ones the application creates.
/// </summary>
public sealed partial class ReadmeContractTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));

    [Fact]
    public void The_quick_start_has_exactly_the_run_command_and_the_test_command()
    {
        var section = QuickStart().Match(Readme);
        section.Success.ShouldBeTrue("README.md has no '## Quick start' section");

        var commands = FencedBlock().Matches(section.Groups[1].Value)
            .SelectMany(block => block.Groups[1].Value.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToList();

        commands.ShouldBe(["scripts/run", "scripts/test"]);
    }

    [Fact]
    public void The_run_command_runs_the_web_project()
    {
        var run = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "scripts", "run"));

        run[0].ShouldBe("#!/usr/bin/env bash");
        run.Select(l => l.Trim()).ShouldContain("exec dotnet run --project src/Perhesilta.Web -- \"$@\"");
    }

    [Fact]
    public void CI_runs_the_README_test_command()
    {
        var ci = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, ".ci", "run"));

        ci[0].ShouldBe("#!/usr/bin/env bash");
        ci.Select(l => l.Trim()).ShouldContain("exec scripts/test");
    }

    [Fact]
    public void No_launch_profile_or_setting_moves_the_run_command_off_port_5000()
    {
        // dotnet run would apply a launch profile's applicationUrl over Kestrel's default http://localhost:5000.
        File.Exists(Path.Combine(RepositoryFiles.WebProject, "Properties", "launchSettings.json")).ShouldBeFalse();

        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.WebProject, "appsettings.json")));
        var keys = settings.RootElement.EnumerateObject().Select(p => p.Name.ToUpperInvariant()).ToList();
        keys.ShouldNotContain("KESTREL");
        keys.ShouldNotContain("URLS");
        keys.ShouldNotContain("HTTP_PORTS");
    }

    [Fact]
    public void The_README_lists_every_demo_account_with_the_demo_password_and_TOTP_secret()
    {
        foreach (var account in DemoData.Accounts)
        {
            Readme.ShouldContain($"| {account.Email} |");
        }

        Readme.ShouldContain(DemoData.Password);
        Readme.ShouldContain(DemoData.TotpSecret);
        var firstSignIn = DemoData.Accounts.Single(a => !a.SecondFactor);
        Readme.ShouldContain($"| {firstSignIn.Email} | Service guide, Koillismaa | sets up TOTP at first sign-in |");
    }

    [GeneratedRegex(@"^##\s+Quick start\s*\n(.*?)(?=^##\s|\z)", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex QuickStart();

    [GeneratedRegex(@"```[^\n]*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
