using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Auth;

public static class AuthServices
{
    public const string SessionMinutesKey = "Auth:SessionMinutes";
    public const int DefaultSessionMinutes = 30;

    /// <summary>
    /// Staff identity: ASP.NET Core Identity with a mandatory second factor, server-side sessions with an idle and an
    /// absolute lifetime, sign-in throttling by client address and account, and strong passwords.
    /// </summary>
    public static IServiceCollection AddStaffIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        auth.Validate();
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        var sessionMinutes = auth.SessionMinutes;

        services
            .AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                // Wrong second-factor codes lock the account (whoever types them knows its password); wrong passwords
                // do not: SignInThrottle refuses them by client address and account.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Tokens.AuthenticatorTokenProvider = ReplayProofAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<PerhesiltaDbContext>()
            .AddUserStore<StaffUserStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ReplayProofAuthenticatorTokenProvider>(ReplayProofAuthenticatorTokenProvider.Name)
            .AddPasswordValidator<StrongPasswordValidator>()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>();
        services.AddScoped<StaffSessions>();
        services.AddScoped<SignInThrottle>();
        services.AddSingleton<SetupPaths>();
        services.AddScoped<IDataSeeder, ProtectAuthenticatorTokens>();

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

        // Sessions end at once through StaffSessions; the security stamp, checked every minute, brings role changes
        // into the cookie and ends sessions whose stamp changed by any other route.
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
