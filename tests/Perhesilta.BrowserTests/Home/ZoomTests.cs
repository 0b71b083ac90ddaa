using Perhesilta.BrowserTests.Infrastructure;
using Shouldly;

namespace Perhesilta.BrowserTests.Home;

/// <summary>
/// WCAG 1.4.10 Reflow: at 400 % zoom of a 1280 px wide window the page is 320 CSS pixels wide and must be
/// readable without scrolling sideways.
/// </summary>
public sealed class ZoomTests(BrowserHost host)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/pyyda-apua")]
    [InlineData("/account/sign-in")]
    public async Task At_400_percent_zoom_the_page_needs_no_horizontal_scrolling(string path)
    {
        await using var context = await host.NewContextAsync(width: 320, height: 256);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"{path} is {widths[0]} px wide in a {widths[1]} px window");
    }
}
