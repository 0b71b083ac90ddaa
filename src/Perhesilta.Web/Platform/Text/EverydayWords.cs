using System.Text.Json;
using System.Text.Json.Serialization;

namespace Perhesilta.Platform.Text;

/// <summary>One concept of everyday-words.json: how people say it, and what the directory calls it.</summary>
internal sealed record EverydayConcept(
    string Id,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> ServiceTypes,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Terms,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases);

/// <summary>
/// The product's own everyday-language layer (Platform/Text/everyday-words.json): everyday, dialect and slang
/// expressions in fi/sv/en mapped to the directory's terms and to taxonomy topic and service-type codes.
/// </summary>
internal static class EverydayWords
{
    public const string ResourceName = "Perhesilta.Platform.Text.everyday-words.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<EverydayConcept> Load()
    {
        using var stream = typeof(EverydayWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<EverydayFile>(stream, Options)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return file.Concepts;
    }

    private sealed record EverydayFile(string About, IReadOnlyList<EverydayConcept> Concepts);
}

/// <summary>A phrase of the layer found in a text, for explaining a search result ("ahistaa → ahdistus").</summary>
/// <param name="Phrase">The phrase as written in the layer.</param>
/// <param name="Concept">The concept's identifier.</param>
/// <param name="Terms">The concept's terms in the analysed language.</param>
internal sealed record EverydayMatch(string Phrase, string Concept, IReadOnlyList<string> Terms);

/// <summary>The analysis of a text.</summary>
/// <param name="Terms">Distinct search terms, in order of appearance, the everyday layer's terms last.</param>
/// <param name="Topics">Taxonomy topic codes named by everyday phrases found in the text.</param>
/// <param name="ServiceTypes">Taxonomy service-type codes named by everyday phrases found in the text.</param>
/// <param name="Everyday">The everyday phrases found.</param>
internal sealed record TextAnalysis(
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> ServiceTypes,
    IReadOnlyList<EverydayMatch> Everyday);
