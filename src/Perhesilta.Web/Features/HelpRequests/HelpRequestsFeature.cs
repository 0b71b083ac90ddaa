using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.Http;

namespace Perhesilta.Features.HelpRequests;

public static class HelpRequestsFeature
{
    /// <summary>The rate-limiting policy of the public ways in: the forms' POSTs and the API, per client address.</summary>
    public const string RateLimitPolicy = "help-requests";

    /// <summary>The public forms, the JSON API, the status page and the staff form for phone, e-mail and walk-in contacts.</summary>
    public static IServiceCollection AddHelpRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HelpRequestOptions>(configuration.GetSection(HelpRequestOptions.Section));
        services.AddScoped<SubmitHelpRequest>();
        services.AddScoped<HelpRequestMail>();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicy, http =>
            {
                // Showing the form costs nothing; only sending is limited.
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var settings = http.RequestServices.GetRequiredService<IOptions<HelpRequestOptions>>().Value;
                return ClientRateLimit.PerClientAddress(http, settings.RateLimitPermits, settings.RateLimitWindowSeconds);
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                // A page gets the localized error page through the status-code pages; the API a problem document.
                if (IsApi(context.HttpContext.Request))
                {
                    await WriteProblemAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Api.TooManyRequests");
                }
            };
        });
        return services;
    }

    /// <summary>The rate limiter and the request body limit; after routing, so that they know the endpoint.</summary>
    public static IApplicationBuilder UseHelpRequestProtection(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        app.Use(async (http, next) =>
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<HelpRequestBodyLimitAttribute>() is null)
            {
                await next(http);
                return;
            }

            var limit = http.RequestServices.GetRequiredService<IOptions<HelpRequestOptions>>().Value.MaxRequestBodyBytes;
            if (http.Request.ContentLength > limit)
            {
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                if (IsApi(http.Request))
                {
                    await WriteProblemAsync(http, StatusCodes.Status413PayloadTooLarge, "Api.TooLarge");
                }

                return;
            }

            // A body without a declared length is cut off by the server at the same limit.
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            await next(http);
        });
        return app;
    }

    public static IEndpointRouteBuilder MapHelpRequests(this IEndpointRouteBuilder endpoints)
    {
        SubmitHelpRequestEndpoint.Map(endpoints);
        return endpoints;
    }

    internal static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    internal static async Task WriteProblemAsync(HttpContext http, int status, string titleKey)
    {
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<HelpRequestText>>();
        await Results.Problem(statusCode: status, title: text[titleKey]).ExecuteAsync(http);
    }
}

/// <summary>Marks the endpoints whose request body is limited to <see cref="HelpRequestOptions.MaxRequestBodyBytes"/>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class HelpRequestBodyLimitAttribute : Attribute;
