using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Perhesilta.Platform.Auth;

/// <summary>
/// Optional sign-in through the county's staff directory (OpenID Connect), configured by
/// <c>Authentication:Oidc:Authority</c>, <c>ClientId</c> and <c>ClientSecret</c> (and <c>Issuer</c> when the directory's
/// issuer differs from its authority). Tokens of any other issuer are refused. It only signs in existing, active
/// Perhesilta accounts, matched on the directory's stable subject once linked; it never creates one.
/// </summary>
public static class DirectorySignIn
{
    public const string Scheme = "Directory";
    public const string Section = "Authentication:Oidc";

    /// <summary>The local page the directory's answer finally lands on (after the handler's own callback path).</summary>
    public const string ReturnPath = "/account/directory-sign-in";

    private const int MaxIssuerLength = 128;

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:Authority"]) && !string.IsNullOrWhiteSpace(configuration[$"{Section}:ClientId"]);

    /// <summary>
    /// The one issuer whose tokens are accepted: <c>Authentication:Oidc:Issuer</c>, or the authority itself (as for
    /// Microsoft Entra ID's tenant endpoint and Keycloak's realm). Links to accounts are stored under it.
    /// </summary>
    public static string Issuer(IConfiguration configuration) =>
        configuration[$"{Section}:Issuer"] is { Length: > 0 } issuer ? issuer : configuration[$"{Section}:Authority"] ?? "";

    internal static void AddIfConfigured(IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return;
        }

        var section = configuration.GetSection(Section);
        var issuer = Issuer(configuration);
        if (issuer.Length > MaxIssuerLength)
        {
            // The issuer is stored as the login provider of the link, a key column of Identity's logins table.
            throw new InvalidOperationException($"{Section}:Issuer is longer than {MaxIssuerLength} characters: '{issuer}'.");
        }

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

            // Whether the directory vouches for the e-mail address, also when it says so only from its userinfo endpoint.
            options.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
            options.CallbackPath = "/signin-oidc";

            // Pinned, not only taken from whatever the metadata document says.
            options.TokenValidationParameters.ValidateIssuer = true;
            options.TokenValidationParameters.ValidIssuer = issuer;
        });
    }
}
