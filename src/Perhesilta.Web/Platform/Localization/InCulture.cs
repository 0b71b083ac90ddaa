using System.Globalization;

namespace Perhesilta.Platform.Localization;

/// <summary>Makes text in a given language outside of the request's own, e.g. an e-mail or a reason the system stores.</summary>
public static class InCulture
{
    public static T Run<T>(string culture, Func<T> action)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }

    /// <summary>As <see cref="Run{T}"/>, for work that awaits: the language holds across its awaits.</summary>
    public static async Task<T> RunAsync<T>(string culture, Func<Task<T>> action)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return await action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }
}

/// <summary>
/// The <c>lang=</c> query parameter of the public JSON APIs: fi, sv or en chooses the language of their texts and
/// error messages; without it they answer in the request's own language (cookie or Accept-Language, else Finnish).
/// </summary>
public static class ApiLanguage
{
    public static readonly IReadOnlyList<string> Supported = ["fi", "sv", "en"];

    /// <summary>The message for a <paramref name="lang"/> that is not supported, in the request's language; null when it is fine or absent.</summary>
    public static string? Refusal(string? lang, Microsoft.Extensions.Localization.IStringLocalizer<SharedText> text) =>
        lang is null || Supported.Contains(lang, StringComparer.Ordinal) ? null : text["Api.Language", lang].Value;
}
