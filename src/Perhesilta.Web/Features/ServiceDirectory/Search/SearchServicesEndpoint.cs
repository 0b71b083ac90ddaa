using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Perhesilta.Features.ServiceDirectory.Search;

/// <summary>The answer of <c>GET /api/v1/services/search</c>: the services found, best first.</summary>
public sealed record ServiceSearchResponse(IReadOnlyList<ServiceSearchItem> Items);

public sealed record ServiceSearchItem(
    Guid Id, string Name, IReadOnlyList<string> ServiceTypes, IReadOnlyList<string> Municipalities, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// <c>GET /api/v1/services/search?q=…&amp;municipality=CODE&amp;age=YEARS&amp;lang=fi|sv|en&amp;limit=N</c>: the public
/// finder's search for other systems, e.g. a national digital family centre. Open to all, limited per client address.
/// </summary>
internal static class SearchServicesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/services/search", HandleAsync)
            .AllowAnonymous()
            .RequireRateLimiting(DirectoryApiRateLimit.Policy)
            .WithName(nameof(SearchServices))
            .WithTags("ServiceDirectory")
            .WithSummary("Find the services that fit a family's need in a municipality, for a child's age.")
            .WithDescription("Text in the asker's own words (Finnish inflections, compounds, everyday words and typos are understood) or topic codes; "
                + "only active services that serve the municipality and any of the ages are returned, best first, each with the reasons it was found.")
            .Produces<ServiceSearchResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> HandleAsync(
        [FromQuery(Name = SearchServices.Fields.Text)] string? q,
        [FromQuery(Name = SearchServices.Fields.Municipality)] string? municipality,
        [FromQuery(Name = SearchServices.Fields.Age)] string[]? age,
        [FromQuery(Name = SearchServices.Fields.Topic)] string[]? topic,
        [FromQuery(Name = SearchServices.Fields.Language)] string? lang,
        [FromQuery(Name = SearchServices.Fields.Limit)] string? limit,
        SearchServices search,
        IStringLocalizer<SearchText> text,
        CancellationToken cancellationToken)
    {
        var input = new SearchServicesInput
        {
            Text = q,
            Municipality = municipality,
            Ages = age ?? [],
            Topics = topic ?? [],
            Language = lang,
            Limit = limit,
        };
        var result = await search.HandleAsync(input, cancellationToken);
        if (result.Errors.Any)
        {
            // The messages are in the language asked for, when it is one of ours; else in the request's language.
            var previous = CultureInfo.CurrentUICulture;
            if (lang is not null && SearchServices.Languages.Contains(lang, StringComparer.Ordinal))
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(lang);
            }

            try
            {
                var errors = result.Errors.All.ToDictionary(e => e.Field, e => new[] { text[e.Key, e.Args].Value });
                return Results.ValidationProblem(errors, title: text["Api.ValidationTitle"]);
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }

        return Results.Ok(new ServiceSearchResponse(
            [.. result.Hits.Select(h => new ServiceSearchItem(h.ServiceId, h.Name, h.ServiceTypes, h.Municipalities, h.Score, h.Reasons))]));
    }
}
