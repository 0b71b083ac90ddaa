using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OtpNet;

namespace Perhesilta.IntegrationTests.Infrastructure;

/// <summary>
/// Uses the server-rendered pages as a browser without JavaScript would: GET a page, parse its HTML, fill a form
/// and POST it with every field the form carries (the anti-forgery token among them).
/// </summary>
public sealed class PageClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private static readonly ConcurrentDictionary<string, long> LastTimeStep = new();

    public HttpClient Http { get; } = http;

    public async Task<Page> GetAsync(string url)
    {
        var response = await Http.GetAsync(url);
        return await Page.ReadAsync(response);
    }

    /// <summary>GETs the page and follows redirects within the site until a page answers.</summary>
    public async Task<Page> GetFollowingAsync(string url) => await FollowAsync(await Http.GetAsync(url));

    /// <summary>Submits the form chosen by <paramref name="formSelector"/> with its own fields overridden by <paramref name="values"/>.</summary>
    public async Task<Page> SubmitAsync(Page page, string formSelector, IDictionary<string, string>? values = null, string? submitterName = null)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Url}.");
        var fields = FormFields(form, submitterName);
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        return await PostAsync(ActionOf(form, page.Url), fields);
    }

    /// <summary>Sends a GET form as a browser does: its fields, overridden by <paramref name="values"/>, as the query of its action.</summary>
    public async Task<Page> SubmitGetAsync(Page page, string formSelector, IDictionary<string, string>? values = null)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Url}.");
        var fields = FormFields(form, null);
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            // In place, so that the address has the fields in the form's order, as a browser sends them.
            var at = fields.FindIndex(f => f.Key == key);
            fields.RemoveAll(f => f.Key == key);
            fields.Insert(at < 0 ? fields.Count : at, new(key, value));
        }

        var action = ActionOf(form, page.Url).Split('?')[0];
        return await GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(action, fields.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value))));
    }

    public async Task<Page> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        var response = await Http.PostAsync(url, content);
        return await Page.ReadAsync(response);
    }

    /// <summary>Follows redirects (as a browser would) and returns the page finally shown.</summary>
    public async Task<Page> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 10 && IsRedirect(response.StatusCode); hops++)
        {
            var location = response.Headers.Location!;
            response = await Http.GetAsync(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        }

        return await Page.ReadAsync(response);
    }

    public async Task<Page> FollowAsync(Page page) => page.IsRedirect ? await GetFollowingAsync(page.Location!) : page;

    /// <summary>Signs in through the sign-in and second-factor pages, as a person would.</summary>
    public async Task<Page> SignInAsync(TestStaff staff) => await SignInAsync(staff.Email, staff.Password, staff.TotpSecret);

    public async Task<Page> SignInAsync(string email, string password, string? totpSecret)
    {
        var signIn = await GetAsync("/account/sign-in");
        var afterPassword = await SubmitAsync(signIn, "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        if (totpSecret is null || afterPassword.Location?.StartsWith("/account/two-factor", StringComparison.Ordinal) != true)
        {
            return afterPassword;
        }

        var twoFactor = await GetAsync(afterPassword.Location);
        return await SubmitAsync(twoFactor, "main form", new Dictionary<string, string> { ["Input.Code"] = await NextCodeAsync(email, totpSecret) });
    }

    /// <summary>
    /// A valid authenticator code of <paramref name="secret"/> that <paramref name="account"/> has not used in this
    /// test run. The server accepts a code only once per account, so a second sign-in within the same 30 seconds takes
    /// the next time step (accepted as clock drift) and a third waits for the clock. Tracked per account, not per
    /// secret: the demo accounts share one secret, and tests signing in as two of them at once must not run out of
    /// codes.
    /// </summary>
    public static async Task<string> NextCodeAsync(string account, string secret)
    {
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        var key = account.ToUpperInvariant() + "\n" + secret;
        while (true)
        {
            var now = DateTime.UtcNow;
            var step = (long)(now - DateTime.UnixEpoch).TotalSeconds / 30;
            var last = LastTimeStep.GetValueOrDefault(key, long.MinValue);
            var chosen = Math.Max(step, last + 1);
            if (chosen <= step + 1 && (last == long.MinValue ? LastTimeStep.TryAdd(key, chosen) : LastTimeStep.TryUpdate(key, chosen, last)))
            {
                return totp.ComputeTotp(now.AddSeconds((chosen - step) * 30));
            }

            if (chosen > step + 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(totp.RemainingSeconds() + 1));
            }
        }
    }

    public void Dispose() => Http.Dispose();

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    private static string ActionOf(IHtmlFormElement form, string pageUrl)
    {
        var action = form.GetAttribute("action");
        return string.IsNullOrEmpty(action) ? pageUrl : action;
    }

    private static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form, string? submitterName)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    if (input.Type is "submit" or "button" or "image")
                    {
                        continue;
                    }

                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        fields.Add(new(select.Name!, option.Value));
                    }

                    break;
                case IHtmlButtonElement button when submitterName is not null && button.Name == submitterName:
                    fields.Add(new(button.Name!, button.Value));
                    break;
            }
        }

        return fields;
    }
}

/// <summary>A response and, where it is HTML, its parsed document.</summary>
public sealed class Page
{
    private Page(HttpResponseMessage response, string body, IHtmlDocument document)
    {
        Response = response;
        Body = body;
        Document = document;
    }

    public HttpResponseMessage Response { get; }

    public string Body { get; }

    public IHtmlDocument Document { get; }

    public HttpStatusCode Status => Response.StatusCode;

    public string Url => Response.RequestMessage?.RequestUri?.PathAndQuery ?? "/";

    public bool IsRedirect => (int)Status is >= 300 and < 400;

    /// <summary>Where a redirect points, as a path within the site.</summary>
    public string? Location => Response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : null;

    public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim() ?? "";

    public static async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var document = await new HtmlParser().ParseDocumentAsync(body);
        return new Page(response, body, document);
    }
}
