using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Perhesilta.BrowserTests.Infrastructure;

/// <summary>Runs axe-core in the page and fails on any WCAG 2.1 A or AA violation, listing each with its targets.</summary>
public static class Axe
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"axe-core found {result.Violations.Length} WCAG 2.1 A/AA violation(s) on {page.Url}:");
        foreach (var violation in result.Violations)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }
}
