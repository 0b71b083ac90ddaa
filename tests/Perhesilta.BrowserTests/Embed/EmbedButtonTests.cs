using Microsoft.Playwright;
using Perhesilta.BrowserTests.Infrastructure;
using Perhesilta.Features.Embed;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Perhesilta.BrowserTests.Embed;

/// <summary>The "ask for help" snippet on a municipality's page on another origin, under a strict Content-Security-Policy.</summary>
public sealed class EmbedButtonTests(BrowserHost host)
{
    private const string ScriptPath = EmbedFeature.ScriptPath + "?v=browser-test";

    [Fact]
    public async Task The_plain_link_opens_the_form_with_the_municipality_and_site_without_JavaScript()
    {
        await using var site = await OtherOriginSite.StartAsync(host.BaseUrl, new Dictionary<string, string>
        {
            ["/"] = "<p>" + EmbedSnippet.Link(host.BaseUrl, "564", "kunta.example", "fi") + "</p>",
            ["/script"] = "<p>" + EmbedSnippet.Script(host.BaseUrl, ScriptPath, "564", null, "fi") + "</p>",
        });
        await using var context = await host.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pyydä apua" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(host.BaseUrl + "/pyyda-apua?kunta=564&lahde=kunta.example");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pyydä apua");

        await page.GotoAsync(site.BaseUrl + "/script");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Pyydä apua" });
        await Expect(link).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("perhesilta-apua-button"));
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(host.BaseUrl + "/pyyda-apua?kunta=564");
    }

    [Fact]
    public async Task The_script_makes_a_styled_button_under_the_strict_policy_and_records_the_site()
    {
        await using var site = await OtherOriginSite.StartAsync(host.BaseUrl, new Dictionary<string, string>
        {
            ["/"] = "<p>" + EmbedSnippet.Script(host.BaseUrl, ScriptPath, "564", null, "fi") + "</p>",
        });
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) && !message.Text.Contains("favicon", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync(site.BaseUrl + "/");
        var button = page.GetByRole(AriaRole.Link, new() { Name = "Pyydä apua" });
        await Expect(button).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("perhesilta-apua-button"));
        await Expect(button).ToHaveCSSAsync("background-color", "rgb(0, 90, 112)");
        await Expect(button).ToHaveAttributeAsync("href", host.BaseUrl + "/pyyda-apua?kunta=564&lahde=" + Uri.EscapeDataString(site.Host));
        violations.ShouldBeEmpty();

        // After the check: axe-core itself fetches the stylesheets it inspects, which this site's connect-src refuses.
        await Axe.AssertNoViolationsAsync(page);

        await button.ClickAsync();
        await Expect(page).ToHaveURLAsync(host.BaseUrl + "/pyyda-apua?kunta=564&lahde=" + Uri.EscapeDataString(site.Host));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pyydä apua");
    }

    [Fact]
    public async Task The_button_in_Swedish_opens_the_form_in_Swedish()
    {
        await using var site = await OtherOriginSite.StartAsync(host.BaseUrl, new Dictionary<string, string>
        {
            ["/"] = "<p>" + EmbedSnippet.Script(host.BaseUrl, ScriptPath, "678", "raahe.example", "sv") + "</p>",
        });
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.BaseUrl + "/");
        var button = page.GetByRole(AriaRole.Link, new() { Name = "Be om hjälp" });
        await Expect(button).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("perhesilta-apua-button"));
        await Expect(button).ToHaveAttributeAsync("lang", "sv");
        await button.ClickAsync();

        await Expect(page).ToHaveURLAsync(host.BaseUrl + "/pyyda-apua?kunta=678&lahde=raahe.example");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Be om hjälp");
    }

    [Fact]
    public async Task Without_a_link_to_upgrade_the_script_adds_its_own_button()
    {
        await using var site = await OtherOriginSite.StartAsync(host.BaseUrl, new Dictionary<string, string>
        {
            ["/"] = $"<p><script src=\"{host.BaseUrl}{ScriptPath}\" data-kunta=\"072\" data-kieli=\"en\" defer></script></p>",
        });
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.BaseUrl + "/");

        var button = page.GetByRole(AriaRole.Link, new() { Name = "Ask for help" });
        await Expect(button).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("perhesilta-apua-button"));
        await Expect(button).ToHaveAttributeAsync("href", host.BaseUrl + "/language/en?returnUrl=" + Uri.EscapeDataString("/pyyda-apua?kunta=072&lahde=" + Uri.EscapeDataString(site.Host)));
    }
}
