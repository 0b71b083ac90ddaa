namespace Perhesilta.Features.Embed;

public static class EmbedFeature
{
    public const string ScriptPath = "/embed/button.js";

    /// <summary>
    /// The administrator's page of "ask for help" snippets; they point to the site's public address
    /// (<see cref="Platform.Http.PublicAddress"/>).
    /// </summary>
    public static IServiceCollection AddEmbedButton(this IServiceCollection services) => services;
}
