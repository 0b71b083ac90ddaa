using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Auth;

public static class AuthServices
{
    public const string SessionMinutesKey = "Auth:SessionMinutes";
    public const int DefaultSessionMinutes = 30;

    /// <summary>Staff identity: ASP.NET Core Identity with lockout, a mandatory second factor and a short session.</summary>
    public static IServiceCollection AddStaffIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var sessionMinutes = configuration.GetValue(SessionMinutesKey, DefaultSessionMinutes);
        if (sessionMinutes <= 0)
        {
            throw new InvalidOperationException($"{SessionMinutesKey} must be a positive number of minutes, not {sessionMinutes}.");
        }

        services
            .AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Tokens.AuthenticatorTokenProvider = ReplayProofAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<PerhesiltaDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ReplayProofAuthenticatorTokenProvider>(ReplayProofAuthenticatorTokenProvider.Name)
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".Perhesilta.Staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(sessionMinutes);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            StaffCookieEvents.Configure(options.Events);
        });

        // A deactivated account or a reset second factor changes the security stamp; existing sessions end within a minute.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.OnRefreshingPrincipal = StaffCookieEvents.KeepAuthenticationMethods;
        });
        DirectorySignIn.AddIfConfigured(services, configuration);
        services.AddAuthorization(AuthPolicies.Add);
        return services;
    }
}
