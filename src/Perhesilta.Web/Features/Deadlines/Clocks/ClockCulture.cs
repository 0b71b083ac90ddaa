using System.Globalization;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>Runs a piece of text-making in a given language, outside of any request's culture (e.g. an e-mail or a stored reason).</summary>
internal static class ClockCulture
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
