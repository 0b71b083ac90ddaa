using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Perhesilta.Features.ServiceDirectory.Search;

/// <summary>The reasons' wording in one language, read once from <see cref="SearchText"/>.</summary>
internal sealed record SearchWording(CultureInfo Culture, string LeadsFormat, string WordsFormat, string ServesFormat, string ServesManyFormat, string AgesFormat)
{
    public static SearchWording For(IStringLocalizer<SearchText> text, string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return new SearchWording(
                culture, text["Reason.Leads"], text["Reason.Words"], text["Reason.Serves"], text["Reason.ServesMany"], text["Reason.Ages"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>"ahdistus → Lasten ja nuorten perustason mielenterveyspalvelut".</summary>
    public string Leads(string what, string serviceType) => string.Format(Culture, LeadsFormat, what, serviceType);

    public string Words(IEnumerable<string> words) => string.Format(Culture, WordsFormat, string.Join(", ", words));

    public string Serves(string municipality) => string.Format(Culture, ServesFormat, municipality);

    public string ServesMany(int count) => string.Format(Culture, ServesManyFormat, count);

    public string Ages(int min, int max) => string.Format(Culture, AgesFormat, min, max);
}
