using System.Globalization;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory;

/// <summary>
/// A search as typed into the public finder or the API, unchecked. Field names are those of the API's query
/// parameters (q, municipality, age, topic, lang, limit), which the finder's form uses too.
/// </summary>
public sealed class SearchServicesInput
{
    public string? Text { get; set; }

    public string? Municipality { get; set; }

    /// <summary>The ages as typed; a service fits when it serves any of them.</summary>
    public IReadOnlyList<string?> Ages { get; set; } = [];

    public IReadOnlyList<string?> Topics { get; set; } = [];

    /// <summary>"fi", "sv" or "en"; Finnish when not given.</summary>
    public string? Language { get; set; }

    public string? Limit { get; set; }
}

public sealed record SearchServicesResult(FormErrors Errors, IReadOnlyList<ServiceSearchHit> Hits, ServiceSearchQuery? Query);

/// <summary>
/// Checks a search (a known municipality, ages 0–120, some text or a topic, text no longer than
/// <see cref="DirectoryLimits.Query"/>, known topics, fi/sv/en, a sensible limit) and runs it. Errors are keys of
/// <see cref="Search.SearchText"/> by field; nothing is searched when there are any.
/// </summary>
public sealed class SearchServices(ServiceSearch search, ReferenceCache reference, PerhesiltaDbContext db)
{
    public const int DefaultLimit = 10;

    public const int MaxLimit = 50;

    public static class Fields
    {
        public const string Text = "q";
        public const string Municipality = "municipality";
        public const string Age = "age";
        public const string Topic = "topic";
        public const string Language = "lang";
        public const string Limit = "limit";
    }

    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en"];

    public async Task<SearchServicesResult> HandleAsync(SearchServicesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FormErrors();
        var snapshot = await reference.GetAsync(db, cancellationToken);

        var text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
        var topics = input.Topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (text is null && topics.Count == 0)
        {
            errors.Add(Fields.Text, "Error.Empty");
        }
        else if (text is not null && text.Length > DirectoryLimits.Query)
        {
            errors.Add(Fields.Text, "Error.TooLong", DirectoryLimits.Query);
        }

        var municipality = string.IsNullOrWhiteSpace(input.Municipality) ? null : input.Municipality.Trim();
        if (municipality is not null && snapshot.Municipality(municipality) is null)
        {
            errors.Add(Fields.Municipality, "Error.Municipality");
        }

        var ages = new List<int>();
        foreach (var typed in input.Ages.Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= DirectoryLimits.MaxAge)
            {
                ages.Add(age);
            }
            else
            {
                errors.Add(Fields.Age, "Error.Age");
            }
        }

        if (topics.Any(t => !snapshot.IsTopic(t)))
        {
            errors.Add(Fields.Topic, "Error.Topic");
        }

        var language = string.IsNullOrWhiteSpace(input.Language) ? "fi" : input.Language.Trim();
        if (!Languages.Contains(language, StringComparer.Ordinal))
        {
            errors.Add(Fields.Language, "Error.Language");
        }

        var limit = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(input.Limit)
            && !(int.TryParse(input.Limit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= MaxLimit))
        {
            errors.Add(Fields.Limit, "Error.Limit", MaxLimit);
        }

        if (errors.Any)
        {
            return new SearchServicesResult(errors, [], null);
        }

        var query = new ServiceSearchQuery(text, language, municipality, ages, topics, limit);
        return new SearchServicesResult(errors, await search.SearchAsync(query, cancellationToken), query);
    }
}
