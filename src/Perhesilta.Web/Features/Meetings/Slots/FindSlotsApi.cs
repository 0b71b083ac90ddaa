using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Perhesilta.Platform.Http;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Meetings.Slots;

/// <summary>The slot-finding API's rate limit, from the <c>Meetings</c> section.</summary>
public sealed class SlotApiOptions
{
    /// <summary>Requests allowed per client address in <see cref="SlotApiRateLimitWindowSeconds"/>.</summary>
    public int SlotApiRateLimitPermits { get; set; } = 120;

    public int SlotApiRateLimitWindowSeconds { get; set; } = 60;
}

/// <summary>
/// <c>POST /api/v1/meetings/find-slots</c>: like the calendar API it answers from what it is given and reads no one's
/// data, so it is open to all and limited per client address.
/// </summary>
public static class FindSlotsApi
{
    public const string RateLimitPolicy = "meeting-slots-api";

    public static IServiceCollection AddMeetingSlotsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SlotApiOptions>(configuration.GetSection(MeetingOptions.Section));
        services.AddRateLimiter(options => options.AddPolicy(RateLimitPolicy, http =>
        {
            var settings = http.RequestServices.GetRequiredService<IOptions<SlotApiOptions>>().Value;
            return ClientRateLimit.PerClientAddress(http, settings.SlotApiRateLimitPermits, settings.SlotApiRateLimitWindowSeconds);
        }));
        services.AddScoped<FindSlots>();
        return services;
    }

    public static IEndpointRouteBuilder MapMeetingSlotsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/meetings/find-slots", HandleAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicy)
            .WithName(nameof(FindSlots))
            .WithTags("Meetings")
            .WithSummary("The earliest common times of a meeting, from the participants' busy times.")
            .WithDescription("Slots of durationMinutes between from and to, starting on a grid of stepMinutes counted from midnight "
                + "Finnish time (Europe/Helsinki, daylight saving included), within workingHours on working days only (weekends, "
                + "Finnish public holidays, Midsummer Eve and Christmas Eve, and the county's closure days are skipped), where every "
                + "required participant is free. Earliest first; each slot lists the ids of all participants free for the whole slot. "
                + "Slots overlap: every grid point that fits is a slot. Errors are a problem with the JSON path of each wrong field, "
                + "in the language of lang= (fi, sv or en) or else of the request.")
            // The handler reads the body itself (to name a broken field), so the document is told of it here.
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var schema = await context.GetOrCreateSchemaAsync(typeof(FindSlotsRequest), cancellationToken: cancellationToken);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
                };
            })
            .Produces<FindSlotsResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        [Description("The language of the error messages: fi (default), sv or en.")] string? lang,
        FindSlots find,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        IStringLocalizer<SharedText> shared,
        IStringLocalizer<SlotsText> text,
        CancellationToken cancellationToken)
    {
        if (ApiLanguage.Refusal(lang, shared) is { } refusal)
        {
            return Problem(new Dictionary<string, string[]> { ["lang"] = [refusal] }, text);
        }

        return lang is null
            ? await FindAsync(request, find, json, text, cancellationToken)
            : await InCulture.RunAsync(lang, () => FindAsync(request, find, json, text, cancellationToken));
    }

    private static async Task<IResult> FindAsync(
        HttpRequest request,
        FindSlots find,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        IStringLocalizer<SlotsText> text,
        CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: text["Api.UnsupportedMediaType"]);
        }

        FindSlotsRequest? input;
        try
        {
            input = await JsonSerializer.DeserializeAsync<FindSlotsRequest>(request.Body, json.Value.SerializerOptions, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Broken JSON, a value of the wrong type, or bytes that are not UTF-8: the path names where.
            var path = (ex as JsonException)?.Path is { Length: > 2 } p ? p[2..] : "$";
            return Problem(new Dictionary<string, string[]> { [path] = [text["Api.InvalidJson"]] }, text);
        }

        if (input is null)
        {
            return Problem(new Dictionary<string, string[]> { ["$"] = [text["Api.InvalidJson"]] }, text);
        }

        var answer = find.Handle(input);
        return answer.Value is { } value ? Results.Ok(value) : Problem(answer.Errors, text);
    }

    private static IResult Problem(IReadOnlyDictionary<string, string[]> errors, IStringLocalizer<SlotsText> text) =>
        Results.ValidationProblem(errors, title: text["Api.BadRequest"]);
}
