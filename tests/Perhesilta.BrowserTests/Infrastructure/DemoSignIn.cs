using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using Perhesilta.Features.Demo;

namespace Perhesilta.BrowserTests.Infrastructure;

/// <summary>Signs in as a demo account through the real pages, as a person with an authenticator app would.</summary>
public static class DemoSignIn
{
    private static readonly ConcurrentDictionary<string, long> LastTimeStep = new(StringComparer.OrdinalIgnoreCase);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Accounts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The session cookies of each account's first sign-in in this run, by e-mail.</summary>
    private static readonly ConcurrentDictionary<string, Cookie[]> Sessions = new(StringComparer.OrdinalIgnoreCase);

    private static readonly Regex StaffStartPage = new("/staff$");

    /// <summary>
    /// A new page of <paramref name="context"/>, signed in as <paramref name="email"/> and on the staff start page.
    /// The first time in a run an account signs in through the real pages (password and code); later contexts get a
    /// copy of that session's cookies, as a second tab of the same person would. The server accepts each code only
    /// once per account, so a third sign-in within 30 seconds would otherwise wait for the authenticator's clock,
    /// which made the suite wait minutes. If the copied session no longer lets the person in, they sign in again.
    /// </summary>
    public static async Task<IPage> SignedInPageAsync(IBrowserContext context, string email)
    {
        var page = await context.NewPageAsync();
        if (Sessions.TryGetValue(email, out var cookies))
        {
            await context.AddCookiesAsync(cookies);
            await page.GotoAsync("/staff");
            if (StaffStartPage.IsMatch(page.Url))
            {
                return page;
            }

            await context.ClearCookiesAsync();
        }

        await page.GotoAsync("/account/sign-in");
        await SubmitPasswordAsync(page, email);
        await SubmitCodeAsync(page, email);
        await Assertions.Expect(page).ToHaveURLAsync(StaffStartPage);
        Sessions[email] = [.. (await context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
            HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        })];
        return page;
    }

    /// <summary>Fills in the sign-in page the browser is on (in Finnish) and submits it.</summary>
    public static async Task SubmitPasswordAsync(IPage page, string email)
    {
        await page.GetByLabel("Sähköpostiosoite").FillAsync(email);
        await page.GetByLabel("Salasana", new() { Exact = true }).FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Jatka" }).ClickAsync();
    }

    /// <summary>
    /// Fills in the two-factor page the browser is on (in Finnish) with a fresh code and submits it. Tests running in
    /// parallel sign in to the same demo account one at a time, from choosing the code until the server has judged
    /// it: the server refuses a code older than the last one it accepted, so a later code must not overtake.
    /// </summary>
    public static async Task SubmitCodeAsync(IPage page, string email)
    {
        var account = Accounts.GetOrAdd(email, _ => new SemaphoreSlim(1, 1));
        await account.WaitAsync();
        try
        {
            await page.GetByLabel("Vahvistuskoodi").FillAsync(await NextCodeAsync(email));
            await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("/account/two-factor", StringComparison.Ordinal));
        }
        finally
        {
            account.Release();
        }
    }

    /// <summary>
    /// A valid code of the demo secret that this account has not used yet: the server accepts a code only once per
    /// account, so a second sign-in within the same 30 seconds takes the next time step (accepted as clock drift),
    /// and a third waits for the clock.
    /// </summary>
    public static async Task<string> NextCodeAsync(string email)
    {
        var totp = new Totp(Base32Encoding.ToBytes(DemoData.TotpSecret));
        while (true)
        {
            await Gate.WaitAsync();
            try
            {
                var now = DateTime.UtcNow;
                var step = (long)(now - DateTime.UnixEpoch).TotalSeconds / 30;
                var chosen = Math.Max(step, LastTimeStep.GetValueOrDefault(email, long.MinValue) + 1);
                if (chosen <= step + 1)
                {
                    LastTimeStep[email] = chosen;
                    return totp.ComputeTotp(now.AddSeconds((chosen - step) * 30));
                }
            }
            finally
            {
                Gate.Release();
            }

            await Task.Delay(TimeSpan.FromSeconds(totp.RemainingSeconds() + 1));
        }
    }
}
