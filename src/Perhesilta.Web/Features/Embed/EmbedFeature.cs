namespace Perhesilta.Features.Embed;

public static class EmbedFeature
{
    public const string ScriptPath = "/embed/button.js";

    /// <summary>
    /// The administrator's page of "ask for help" snippets. <c>App:PublicBaseUrl</c> (e.g. https://perhesilta.example)
    /// is the address the snippets point to; unset, the address the administrator uses is taken.
    /// </summary>
    public static IServiceCollection AddEmbedButton(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmbedOptions>(options => options.PublicBaseUrl = configuration["App:PublicBaseUrl"]);
        return services;
    }
}

public sealed class EmbedOptions
{
    public string? PublicBaseUrl { get; set; }
}
