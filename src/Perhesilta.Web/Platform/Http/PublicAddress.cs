using Microsoft.Extensions.Options;

namespace Perhesilta.Platform.Http;

/// <summary>
/// The site's public address (<c>App:PublicBaseUrl</c>, e.g. https://perhesilta.example), for links that leave the
/// site: status links in e-mail and API answers, the municipalities' "ask for help" snippets. Set it in production:
/// without it the address the request came to is used, and a forged Host header would end up in those links.
/// </summary>
public sealed class PublicAddress(IOptions<PublicAddressOptions> options)
{
    public string Origin(HttpRequest? request)
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/');
        }

        return request is null ? "" : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
    }
}

public static class PublicAddressServices
{
    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicAddressOptions>(o => o.PublicBaseUrl = configuration["App:PublicBaseUrl"]);
        services.AddSingleton<PublicAddress>();
        return services;
    }
}

public sealed class PublicAddressOptions
{
    public string? PublicBaseUrl { get; set; }
}
