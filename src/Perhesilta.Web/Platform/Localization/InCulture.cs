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
}
