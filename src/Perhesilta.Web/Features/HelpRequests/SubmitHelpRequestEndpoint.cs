using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Perhesilta.Features.HelpRequests;

/// <summary>What the API answers: the asker's reference code, private status link and the response date.</summary>
public sealed record HelpRequestReceipt(string ReferenceCode, string StatusUrl, DateOnly RespondBy);

/// <summary>
/// <c>POST /api/v1/help-requests</c>: another channel (e.g. a national chat handing a case over) submits the same
/// help request as the form. The <c>Idempotency-Key</c> header makes a resend return the contact made the first time.
/// </summary>
internal static class SubmitHelpRequestEndpoint
{
    public const int MaxIdempotencyKeyLength = 80;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v1/help-requests", HandleAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(HelpRequestsFeature.RateLimitPolicy)
            .WithMetadata(new HelpRequestBodyLimitAttribute())
            .WithName(nameof(SubmitHelpRequest))
            .WithTags("HelpRequests")
            .WithSummary("Submit a help request on behalf of a family, a young person or a professional.")
            // The body is read by the handler (to answer 415 and broken JSON itself), so the document is told of it here:
            // Accepts() would make routing answer a wrong content type before the endpoint's own rules apply.
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var schema = await context.GetOrCreateSchemaAsync(typeof(HelpRequestInput), cancellationToken: cancellationToken);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
                };
            })
            .Produces<HelpRequestReceipt>(StatusCodes.Status201Created)
            .Produces<HelpRequestReceipt>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        SubmitHelpRequest submit,
        HelpRequestMail mail,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        IStringLocalizer<HelpRequestText> text,
        CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: text["Api.UnsupportedMediaType"]);
        }

        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxIdempotencyKeyLength || !idempotencyKey.All(IsKeyCharacter))
        {
            return Problem(text, "Idempotency-Key", text["Api.IdempotencyKey", MaxIdempotencyKeyLength]);
        }

        HelpRequestInput? input;
        try
        {
            input = await JsonSerializer.DeserializeAsync<HelpRequestInput>(request.Body, json.Value.SerializerOptions, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Broken JSON, a value of the wrong type or an unknown enum name, or bytes that are not UTF-8.
            var path = (ex as JsonException)?.Path is { Length: > 2 } p ? p[2..] : "$";
            return Problem(text, path, text["Api.InvalidJson"]);
        }

        if (input is null)
        {
            return Problem(text, "$", text["Api.InvalidJson"]);
        }

        input.IdempotencyKey = null;
        input.ChildAgesText = null;
        input.CallbackWindow = null;
        var result = await submit.HandleAsync(input, new SubmissionContext(ContactChannel.Api, HelpRequestValidation.AllKinds, "api:" + idempotencyKey), cancellationToken: cancellationToken);
        if (result.Errors.Any)
        {
            var errors = result.Errors.All.ToDictionary(e => e.Field, e => new[] { text[e.Key, e.Args].Value });
            return Results.ValidationProblem(errors, title: text["Api.ValidationTitle"]);
        }

        var contact = result.Contact!;
        var receipt = new HelpRequestReceipt(contact.ReferenceCode, mail.StatusUrl(result.StatusToken!), contact.RespondBy);
        return result.Replayed ? Results.Ok(receipt) : Results.Created(receipt.StatusUrl, receipt);
    }

    private static IResult Problem(IStringLocalizer<HelpRequestText> text, string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: text["Api.ValidationTitle"]);

    private static bool IsKeyCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}
