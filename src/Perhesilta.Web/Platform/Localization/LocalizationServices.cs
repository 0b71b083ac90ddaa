using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

[assembly: RootNamespace("Perhesilta")]

namespace Perhesilta.Platform.Localization;

/// <summary>Finnish (the default), Swedish and English; the choice is kept in a cookie and set by <c>/language/{code}</c>.</summary>
public static class LocalizationServices
{
    public const string CookieName = ".Perhesilta.Culture";

    /// <summary>The languages, each with the culture whose dates and numbers it uses (all as in Finland).</summary>
    public static readonly IReadOnlyList<SiteLanguage> Languages =
    [
        new("fi", "fi-FI", "Suomi"),
        new("sv", "sv-FI", "Svenska"),
        new("en", "en-FI", "English"),
    ];

    public static SiteLanguage Current => Find(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? Languages[0];

    public static SiteLanguage? Find(string? code) =>
        Languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    public static IServiceCollection AddPerhesiltaLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Select(l => new CultureInfo(l.Culture)).ToList();
            options.DefaultRequestCulture = new RequestCulture(cultures[0]);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = CookieName }];
        });
        return services;
    }

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        // A plain link, so that the switch works without JavaScript and from every page.
        endpoints.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext http, IStringLocalizer<SharedText> text) =>
        {
            var language = Find(code);
            if (language is null)
            {
                return Results.Text(text["Language.Unknown", code], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            http.Response.Cookies.Append(
                CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.Culture)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = http.Request.IsHttps,
                });
            var target = !string.IsNullOrEmpty(returnUrl) && IsLocal(returnUrl) ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}

public sealed record SiteLanguage(string Code, string Culture, string NativeName);
