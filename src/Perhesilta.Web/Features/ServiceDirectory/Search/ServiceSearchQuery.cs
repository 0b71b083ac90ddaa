namespace Perhesilta.Features.ServiceDirectory;

/// <summary>What a family or a guide is looking for.</summary>
/// <param name="Text">The need in the asker's own words; may be blank when <paramref name="Topics"/> are given.</param>
/// <param name="Language">"fi", "sv" or "en": the language of the text, and of the answer's names and reasons unless <paramref name="AnswerLanguage"/> says otherwise.</param>
/// <param name="MunicipalityCode">Only services serving this municipality are found; null = any municipality.</param>
/// <param name="Ages">A service fits when it serves any of these ages; empty = any age.</param>
/// <param name="Topics">Taxonomy topic codes chosen by the user or mapped by the guide.</param>
/// <param name="Limit">The most hits returned.</param>
/// <param name="AnswerLanguage">
/// The language of the names and reasons when it is not the text's: a guide reading a Swedish-speaking family's own
/// words still reads the suggestions in the language of their own screen.
/// </param>
public sealed record ServiceSearchQuery(
    string? Text, string Language, string? MunicipalityCode, IReadOnlyList<int> Ages, IReadOnlyList<string> Topics, int Limit, string? AnswerLanguage = null);

/// <summary>A service found, best first, with why it was found in the query's language.</summary>
/// <param name="Reasons">Short texts, e.g. "ahdistus → Lasten ja nuorten perustason mielenterveyspalvelut", "Palvelee: Kempele", "Ikä 0–17 v".</param>
public sealed record ServiceSearchHit(
    Guid ServiceId, string Name, IReadOnlyList<string> ServiceTypes, IReadOnlyList<string> Municipalities, double Score, IReadOnlyList<string> Reasons);
