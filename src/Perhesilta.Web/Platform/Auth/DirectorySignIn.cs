using Microsoft.AspNetCore.Identity;

namespace Perhesilta.Platform.Auth;

/// <summary>
/// Optional sign-in through the county's staff directory (OpenID Connect), configured by
/// <c>Authentication:Oidc:Authority</c>, <c>ClientId</c> and <c>ClientSecret</c>. It only signs in existing, active
/// Perhesilta accounts whose e-mail matches the directory's; it never creates one.
/// </summary>
public static class DirectorySignIn
{
    public const string Scheme = "Directory";
    public const string Section = "Authentication:Oidc";

    /// <summary>The local page the directory's answer finally lands on (after the handler's own callback path).</summary>
    public const string ReturnPath = "/account/directory-sign-in";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:Authority"]) && !string.IsNullOrWhiteSpace(configuration[$"{Section}:ClientId"]);

    internal static void AddIfConfigured(IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return;
        }

        var section = configuration.GetSection(Section);
        services.AddAuthentication().AddOpenIdConnect(Scheme, options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = section["Authority"];
            options.ClientId = section["ClientId"];
            options.ClientSecret = section["ClientSecret"];
            options.ResponseType = "code";
            options.UsePkce = true;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Scope.Add("email");
            options.SaveTokens = false;
            options.GetClaimsFromUserInfoEndpoint = true;

            // Keep the directory's own claim names ("email", "amr") rather than the legacy SOAP-style URIs.
            options.MapInboundClaims = false;
            options.ClaimActions.Remove("amr");
            options.CallbackPath = "/signin-oidc";
        });
    }
}
