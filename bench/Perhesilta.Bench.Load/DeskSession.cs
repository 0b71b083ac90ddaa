using System.Net;
using OtpNet;

namespace Perhesilta.Bench.Load;

/// <summary>
/// A service guide signed in as in a browser: the sign-in form with its anti-forgery token, then the authenticator
/// code. The server accepts each code only once per account, so every session is a different guide.
/// </summary>
internal sealed class DeskSession(HttpClient client, string email, IReadOnlyList<Guid> openContacts)
{
    public HttpClient Client { get; } = client;

    public string Email { get; } = email;

    /// <summary>Open contacts of the guide's area: the ones the guide may open.</summary>
    public IReadOnlyList<Guid> OpenContacts { get; } = openContacts;

    public async Task SignInAsync(string password, string totpSecret)
    {
        var afterPassword = await SubmitAsync("/account/sign-in", "Input.Email", [new("Input.Email", Email), new("Input.Password", password)]);
        var twoFactor = afterPassword.Headers.Location?.OriginalString;
        if (twoFactor?.StartsWith("/account/two-factor", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"{Email}: the password step answered {(int)afterPassword.StatusCode} {twoFactor}, not the authenticator step.");
        }

        var code = new Totp(Base32Encoding.ToBytes(totpSecret)).ComputeTotp(DateTime.UtcNow);
        var signedIn = await SubmitAsync(twoFactor, "Input.Code", [new("Input.Code", code)]);
        if (signedIn.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther) || signedIn.Headers.Location?.OriginalString.StartsWith("/account", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"{Email}: the authenticator step answered {(int)signedIn.StatusCode} {signedIn.Headers.Location}.");
        }

        using var desk = await Client.GetAsync("/desk");
        if (desk.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{Email}: /desk answered {(int)desk.StatusCode} after signing in.");
        }
    }

    /// <summary>Posts the page's form that holds <paramref name="field"/>, with its hidden fields (the anti-forgery token) and the given values.</summary>
    private async Task<HttpResponseMessage> SubmitAsync(string url, string field, List<KeyValuePair<string, string>> values)
    {
        var form = Html.FormWith(await Client.GetStringAsync(url), field) ?? throw new InvalidOperationException($"{url} has no form with {field}.");
        var fields = Html.HiddenFields(form).Concat(values).ToList();
        var action = Html.Attribute(form[..(form.IndexOf('>', StringComparison.Ordinal) + 1)], "action");
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(action.Length > 0 ? action : url, content);
    }
}
