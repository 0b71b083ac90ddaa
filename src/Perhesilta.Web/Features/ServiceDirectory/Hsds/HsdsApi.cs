using System.Globalization;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.AccessLog;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>
/// The HSDS 3.0 API (the Open Referral API reference): <c>/api/v1/hsds/services</c>, <c>/organizations</c> and
/// <c>/locations</c>, each a paged list (<c>page</c>, <c>per_page</c>) or one record by id. Public, since the directory
/// holds no client data, and rate-limited. <c>lang=fi|sv|en</c> chooses the language of the main text fields; the
/// other languages go along as translation attributes. Plus the staff's export of the whole directory or of one organisation.
/// </summary>
internal static class HsdsApi
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 200;

    private static readonly Dictionary<string, ServiceStatus?> Statuses = new(StringComparer.Ordinal)
    {
        ["active"] = ServiceStatus.Active,
        ["inactive"] = ServiceStatus.Inactive,
        ["defunct"] = ServiceStatus.Defunct,
        ["temporarily closed"] = ServiceStatus.TemporarilyClosed,
        ["all"] = null,
    };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // The bodies are HSDS 3.0 records (the schemas in schema/), not types of this application; the document names the errors.
        var api = endpoints.MapGroup("/api/v1/hsds")
            .AllowAnonymous()
            .RequireRateLimiting(DirectoryApiRateLimit.Policy)
            .WithTags("HSDS")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/services", async (string? page, string? per_page, string? lang, string? status, FindHsdsRecords find, IStringLocalizer<HsdsText> text, CancellationToken ct) =>
            Statuses.TryGetValue(status ?? "active", out var chosen)
                ? await ListAsync(page, per_page, lang, text, query => find.ServicesAsync(query, chosen, ct))
                : Problem(text, "status", text["Api.Status", string.Join(", ", Statuses.Keys)]))
            .WithName("ListHsdsServices")
            .WithSummary("A page of services (HSDS 3.0), fully nested; the active ones unless status says otherwise.");

        api.MapGet("/services/{id}", async (string id, string? lang, FindHsdsRecords find, IStringLocalizer<HsdsText> text, CancellationToken ct) =>
            await OneAsync(id, lang, text, (guid, language) => find.ServiceAsync(guid, language, ct)))
            .WithName("ShowHsdsService")
            .WithSummary("One service (HSDS 3.0) with its organisation, locations and schedules.");

        api.MapGet("/organizations", (string? page, string? per_page, string? lang, FindHsdsRecords find, IStringLocalizer<HsdsText> text, CancellationToken ct) =>
            ListAsync(page, per_page, lang, text, query => find.OrganizationsAsync(query, ct)))
            .WithName("ListHsdsOrganizations")
            .WithSummary("A page of organisations (HSDS 3.0).");

        api.MapGet("/organizations/{id}", async (string id, string? lang, FindHsdsRecords find, IStringLocalizer<HsdsText> text, CancellationToken ct) =>
            await OneAsync(id, lang, text, (guid, language) => find.OrganizationAsync(guid, language, ct)))
            .WithName("ShowHsdsOrganization")
            .WithSummary("One organisation (HSDS 3.0).");

        api.MapGet("/locations", (string? page, string? per_page, string? lang, FindHsdsRecords find, IStringLocalizer<HsdsText> text, CancellationToken ct) =>
            ListAsync(page, per_page, lang, text, query => find.LocationsAsync(query, ct)))
            .WithName("ListHsdsLocations")
            .WithSummary("A page of locations (HSDS 3.0).");

        api.MapGet("/locations/{id}", async (string id, string? lang, FindHsdsRecords find, IStringLocalizer<HsdsText> text, CancellationToken ct) =>
            await OneAsync(id, lang, text, (guid, language) => find.LocationAsync(guid, language, ct)))
            .WithName("ShowHsdsLocation")
            .WithSummary("One location (HSDS 3.0).");

        endpoints.MapGet("/api/v1/hsds/export", async (string? organization, ExportHsds export, IStringLocalizer<HsdsText> text, TimeProvider clock, CancellationToken ct) =>
        {
            Guid? id = null;
            if (!string.IsNullOrEmpty(organization))
            {
                if (!Guid.TryParse(organization, out var parsed))
                {
                    return Problem(text, "organization", text["Api.NotAnId"]);
                }

                id = parsed;
            }

            var package = await export.HandleAsync(id, ct);
            if (package is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Api.NotFound"]);
            }

            var name = $"perhesilta-hsds-{(id is null ? "directory" : "organization-" + id.Value.ToString("N")[..8])}-{clock.GetUtcNow():yyyy-MM-dd}.json";
            return Results.File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(package, HsdsJson.Options), "application/json", name);
        })
            .RequireAuthorization(HsdsFeature.Policy)
            .WithNoClientData()
            .WithTags("HSDS")
            .WithName(nameof(ExportHsds))
            .WithSummary("The whole directory, or one organisation, as an HSDS 3.0 package (staff only).");
    }

    private static async Task<IResult> ListAsync<T>(string? page, string? perPage, string? lang, IStringLocalizer<HsdsText> text, Func<HsdsQuery, Task<HsdsPage<T>>> find) =>
        Query(page, perPage, lang) is { } query
            ? Results.Json(await find(query), HsdsJson.Options)
            : BadQuery(page, perPage, lang, text);

    private static HsdsQuery? Query(string? page, string? perPage, string? lang) =>
        Number(page, 1, int.MaxValue) is { } p && Number(perPage, DefaultPerPage, MaxPerPage) is { } n && Language(lang) is { } language
            ? new HsdsQuery(p, n, language)
            : null;

    /// <summary>Names the first parameter that is wrong; only called when <see cref="Query"/> refused.</summary>
    private static IResult BadQuery(string? page, string? perPage, string? lang, IStringLocalizer<HsdsText> text)
    {
        if (Number(page, 1, int.MaxValue) is null)
        {
            return Problem(text, "page", text["Api.Page"]);
        }

        return Number(perPage, DefaultPerPage, MaxPerPage) is null
            ? Problem(text, "per_page", text["Api.PerPage", MaxPerPage])
            : Problem(text, "lang", text["Api.Language"]);
    }

    private static async Task<IResult> OneAsync<T>(string id, string? lang, IStringLocalizer<HsdsText> text, Func<Guid, string, Task<T?>> find)
        where T : class
    {
        if (!Guid.TryParse(id, out var guid))
        {
            return Problem(text, "id", text["Api.NotAnId"]);
        }

        if (Language(lang) is not { } language)
        {
            return Problem(text, "lang", text["Api.Language"]);
        }

        return await find(guid, language) is { } record
            ? Results.Json(record, HsdsJson.Options)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Api.NotFound"]);
    }

    private static int? Number(string? value, int missing, int max) =>
        value is null ? missing
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n
        : null;

    private static string? Language(string? lang) => lang switch
    {
        null or "" => HsdsVocabulary.MainLanguage,
        "fi" or "sv" or "en" => lang,
        _ => null,
    };

    private static IResult Problem(IStringLocalizer<HsdsText> text, string parameter, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, title: text["Api.BadRequest"]);
}
