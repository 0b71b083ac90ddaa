using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.HelpRequests;

public sealed record Choice(string Value, string Name);

/// <summary>
/// A page with a help-request form: the choices it offers, its errors, and the one way of sending it. The anti-forgery
/// token is checked here rather than by the framework, so that an expired form is shown again with everything typed.
/// </summary>
[IgnoreAntiforgeryToken]
public abstract class HelpRequestPageModel(PerhesiltaDbContext db, SubmitHelpRequest submit, IAntiforgery antiforgery, IStringLocalizer<HelpRequestText> text) : PageModel
{
    /// <summary>The name of the honeypot field: hidden from people, tempting for robots that fill in every field.</summary>
    public const string HoneypotName = "verkkosivu";

    [BindProperty]
    public HelpRequestInput Input { get; set; } = new();

    [BindProperty(Name = HoneypotName)]
    public string? Honeypot { get; set; }

    public FormErrors Errors { get; private set; } = new();

    public IReadOnlyList<Choice> Municipalities { get; private set; } = [];

    public IReadOnlyList<Choice> Topics { get; private set; } = [];

    public IReadOnlyList<Choice> Languages { get; private set; } = [];

    /// <summary>The emergency social services number of the chosen municipality's area, when one is chosen and known.</summary>
    public string? EmergencyPhone { get; private set; }

    protected abstract ContactChannel Channel { get; }

    protected abstract IReadOnlySet<ContactKind> Kinds { get; }

    protected virtual string? RecordedByUserId => null;

    public string? ErrorFor(string field) => Errors.For(field) is { } error ? text[error.Key, error.Args].Value : null;

    public string? ErrorIdFor(string field) => Errors.For(field) is null ? null : field + "-error";

    public string Message(FormError error) => text[error.Key, error.Args];

    /// <summary>Checks the fields that only this page has, before the use case checks the rest.</summary>
    protected virtual void CheckOwnFields(FormErrors errors)
    {
    }

    protected async Task ShowFormAsync(string? municipality, CancellationToken cancellationToken)
    {
        Input.IdempotencyKey = Guid.NewGuid().ToString("N");
        await LoadChoicesAsync(cancellationToken);
        if (municipality is not null && Municipalities.Any(m => m.Value == municipality))
        {
            Input.MunicipalityCode = municipality;
            await LoadEmergencyPhoneAsync(cancellationToken);
        }
    }

    protected async Task<IActionResult> SendAsync(Func<SubmitHelpRequestResult, IActionResult> onSaved, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-cache, no-store";
        var errors = new FormErrors();
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            errors.Add("help-request-form", "Error.Form.Expired");
        }
        else if (!string.IsNullOrEmpty(Honeypot))
        {
            // Answered plainly rather than with a pretended success: a person who somehow filled it learns why.
            errors.Add(HoneypotName, "Error.Honeypot");
        }
        else if (Input.IdempotencyKey is not { Length: 32 } key || !key.All(char.IsAsciiHexDigit))
        {
            errors.Add("help-request-form", "Error.Form.Tampered");
        }

        if (errors.Any)
        {
            return await ShowErrorsAsync(errors, cancellationToken);
        }

        CheckOwnFields(errors);

        // Values that the form's own choices cannot produce (an edited option, a date that is no date).
        foreach (var (key, entry) in ModelState)
        {
            if (entry.Errors.Count > 0 && key.StartsWith("Input.", StringComparison.Ordinal))
            {
                var name = key["Input.".Length..];
                var isDate = name is nameof(HelpRequestInput.CallbackDate) or nameof(HelpRequestInput.ConsentGivenOn);
                errors.Add(char.ToLowerInvariant(name[0]) + name[1..], isDate ? "Error.Date.Invalid" : "Error.Value.Unknown");
            }
        }

        var context = new SubmissionContext(Channel, Kinds, $"{Channel}:{Input.IdempotencyKey}".ToLowerInvariant(), RecordedByUserId);
        var result = await submit.HandleAsync(Input, context, errors, cancellationToken);
        return result.Errors.Any ? await ShowErrorsAsync(result.Errors, cancellationToken) : onSaved(result);
    }

    private async Task<IActionResult> ShowErrorsAsync(FormErrors errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        await LoadChoicesAsync(cancellationToken);
        await LoadEmergencyPhoneAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        var municipalities = await db.Set<Municipality>().AsNoTracking().ToListAsync(cancellationToken);
        Municipalities = municipalities.Select(m => new Choice(m.Code, m.LocalName())).OrderBy(m => m.Name, comparer).ToList();
        var topics = await db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        Topics = topics.Select(t => new Choice(t.Code, t.LocalName())).ToList();
        Languages = HelpRequestValidation.Languages.Select(code => new Choice(code, LanguageName(code))).ToList();
    }

    private async Task LoadEmergencyPhoneAsync(CancellationToken cancellationToken)
    {
        var code = Input.MunicipalityCode;
        EmergencyPhone = string.IsNullOrEmpty(code) || code.Length > 3
            ? null
            : await db.Set<Municipality>().Where(m => m.Code == code).Select(m => m.Area!.EmergencySocialServicesPhone).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Each language by its own name, as its speakers look for it.</summary>
    private static string LanguageName(string code)
    {
        if (LocalizationServices.Find(code) is { } site)
        {
            return site.NativeName;
        }

        try
        {
            var name = CultureInfo.GetCultureInfo(code).NativeName;
            return char.ToUpper(name[0], CultureInfo.GetCultureInfo(code)) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
