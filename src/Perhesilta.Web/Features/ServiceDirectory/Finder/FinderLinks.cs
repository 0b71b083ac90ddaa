using Microsoft.AspNetCore.WebUtilities;

namespace Perhesilta.Features.ServiceDirectory.Finder;

/// <summary>The finder's addresses: a search is its query string, so a result can be shared, bookmarked and returned to.</summary>
public static class FinderLinks
{
    public const string Finder = "/palveluhaku";

    /// <summary>The finder's fields, named in Finnish like the public route.</summary>
    public static readonly IReadOnlyList<string> Fields = ["kunta", "ika", "teksti", "aihe"];

    public static string Service(Guid id) => $"{Finder}/palvelu/{id}";

    /// <summary>The query string of the finder's own fields in <paramref name="query"/> ("" when there are none).</summary>
    public static string SearchOf(IQueryCollection query)
    {
        var values = Fields
            .Where(f => query.TryGetValue(f, out var v) && !string.IsNullOrEmpty(v.ToString()))
            .Select(f => new KeyValuePair<string, string?>(f, query[f].ToString()));
        var built = QueryHelpers.AddQueryString("", values);
        return built.Length <= 1 ? "" : built;
    }

    /// <summary>The service's page, carrying the search it was found with.</summary>
    public static string Service(Guid id, string search) => Service(id) + search;
}
