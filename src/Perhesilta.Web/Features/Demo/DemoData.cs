using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Demo;

/// <summary>
/// Fictional demo content for the embedded default, so that anyone can try Perhesilta. On when <c>Demo:Enabled</c>
/// is true, or when it is unset and the database is the embedded SQLite; never on otherwise.
/// </summary>
public static class DemoData
{
    public const string Password = "Perhesilta-demo-2026";

    /// <summary>The base32 TOTP secret of every demo account; add it to any authenticator app.</summary>
    public const string TotpSecret = "PERHESILTADEMOSECRETKEYFORSTAFF2";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("ohjaaja@perhesilta.example", "Olli Ohjaaja", StaffRoles.ServiceGuide, ["oulu", "oulunkaari"], SecondFactor: true),
        new("ohjaaja.raahe@perhesilta.example", "Raili Rantanen", StaffRoles.ServiceGuide, ["raahe", "ylivieska"], SecondFactor: true),
        new("ammattilainen@perhesilta.example", "Pia Perhetyö", StaffRoles.Professional, ["oulu"], SecondFactor: true),
        new("esihenkilo@perhesilta.example", "Eero Esihenkilö", StaffRoles.Manager, ["oulu", "oulunkaari", "koillismaa", "raahe", "haapavesi-siikalatva", "nivala-haapajarvi", "ylivieska"], SecondFactor: true),
        new("yllapitaja@perhesilta.example", "Ylva Ylläpitäjä", StaffRoles.Administrator, [], SecondFactor: true),
        new("hakemisto@perhesilta.example", "Hanna Hakemisto", StaffRoles.DirectoryEditor, [], SecondFactor: true),
        new("uusi.ohjaaja@perhesilta.example", "Uuno Uusi", StaffRoles.ServiceGuide, ["koillismaa"], SecondFactor: false),
        new("kuraattori@perhesilta.example", "Kaija Kuraattori", StaffRoles.Professional, ["oulu"], SecondFactor: true),
        new("perheneuvola@perhesilta.example", "Petri Psykologi", StaffRoles.Professional, ["oulu"], SecondFactor: true),
        new("neuvola@perhesilta.example", "Terhi Terveydenhoitaja", StaffRoles.Professional, ["oulu"], SecondFactor: true),
    ];

    public static bool IsEnabled(IConfiguration configuration)
    {
        var explicitSetting = configuration.GetValue<bool?>("Demo:Enabled");
        var provider = configuration.GetValue<string>("Database:Provider") ?? DatabaseProviders.Sqlite;
        return explicitSetting ?? string.Equals(provider, DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase);
    }

    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        if (IsEnabled(configuration))
        {
            services.AddScoped<IDataSeeder, DemoDirectorySeeder>();
            services.AddScoped<IDataSeeder, DemoStaffSeeder>();
            services.AddScoped<IDataSeeder, DemoContactsSeeder>();
            services.AddScoped<IDataSeeder, DemoDeskSeeder>();
            services.AddScoped<IDataSeeder, DemoAreaSettingsSeeder>();
            services.AddScoped<IDataSeeder, DemoReferralsSeeder>();
            services.AddScoped<IDataSeeder, DemoDeadlinesSeeder>();
            services.AddScoped<IDataSeeder, DemoAvailabilitySeeder>();
            services.AddScoped<IDataSeeder, DemoMeetingsSeeder>();
            services.AddHostedService<DemoBanner>();
        }

        return services;
    }

    public sealed record DemoAccount(string Email, string DisplayName, string Role, string[] AreaCodes, bool SecondFactor);
}

/// <summary>
/// Creates the demo staff accounts once; an existing account is left as it is, except that one still without a second
/// factor gets its way to set one up opened again at each start, so that the demo of a first sign-in keeps working.
/// </summary>
internal sealed class DemoStaffSeeder(
    UserManager<StaffUser> users,
    IUserStore<StaffUser> store,
    RoleManager<IdentityRole> roles,
    SetupPaths setupPaths,
    TimeProvider clock) : IDataSeeder
{
    public int Order => 100;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var areas = await db.Set<Area>().ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        foreach (var account in DemoData.Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is { } existing)
            {
                if (!existing.TwoFactorEnabled)
                {
                    setupPaths.OpenSecondFactorSetup(existing);
                    Check(await users.UpdateAsync(existing));
                }

                continue;
            }

            var user = new StaffUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            if (!account.SecondFactor)
            {
                setupPaths.OpenSecondFactorSetup(user);
            }

            Check(await users.CreateAsync(user, DemoData.Password));
            Check(await users.AddToRoleAsync(user, account.Role));
            if (account.SecondFactor)
            {
                await ((IUserAuthenticatorKeyStore<StaffUser>)store).SetAuthenticatorKeyAsync(user, DemoData.TotpSecret, cancellationToken);
                Check(await users.UpdateAsync(user));
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }

            foreach (var code in account.AreaCodes)
            {
                db.Add(new StaffArea { UserId = user.Id, AreaId = areas[code] });
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Creating demo data failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
