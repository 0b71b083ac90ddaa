using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

/// <summary>Authenticator keys and recovery codes are encrypted at rest; keys stored in plain text before still work and get encrypted.</summary>
public abstract class AuthenticatorKeyProtectionTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_stored_authenticator_key_and_recovery_codes_are_not_readable_and_still_sign_in()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var codes = await app.NewRecoveryCodesAsync(staff.Id);

        var key = await RawTokenAsync(staff.Id, AuthenticatorTokens.AuthenticatorKey);
        var recovery = await RawTokenAsync(staff.Id, AuthenticatorTokens.RecoveryCodes);

        key.ShouldStartWith(AuthenticatorTokens.Prefix);
        key.ShouldNotContain(staff.TotpSecret!, Case.Insensitive);
        recovery.ShouldStartWith(AuthenticatorTokens.Prefix);
        codes.ShouldAllBe(code => !recovery.Contains(code, StringComparison.OrdinalIgnoreCase));

        using var browser = app.NewBrowser();
        (await browser.SignInAsync(staff)).Location.ShouldBe("/staff");
    }

    [Fact]
    public async Task A_key_stored_in_plain_text_before_still_signs_in_and_is_encrypted_at_start_up()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        await app.WithDbAsync(async db =>
        {
            var token = await db.UserTokens.SingleAsync(t => t.UserId == staff.Id && t.Name == AuthenticatorTokens.AuthenticatorKey);
            token.Value = staff.TotpSecret;
            return await db.SaveChangesAsync();
        });
        (await RawTokenAsync(staff.Id, AuthenticatorTokens.AuthenticatorKey)).ShouldBe(staff.TotpSecret);

        using (var before = app.NewBrowser())
        {
            (await before.SignInAsync(staff)).Location.ShouldBe("/staff");
        }

        // What the application runs at every start (and the migrate command): the start-up seeders.
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            foreach (var seeder in services.GetServices<IDataSeeder>().Where(s => s.GetType().Name == "ProtectAuthenticatorTokens"))
            {
                await seeder.SeedAsync(db, CancellationToken.None);
            }
        });

        var stored = await RawTokenAsync(staff.Id, AuthenticatorTokens.AuthenticatorKey);
        stored.ShouldStartWith(AuthenticatorTokens.Prefix);
        stored.ShouldNotContain(staff.TotpSecret!, Case.Insensitive);
        using var after = app.NewBrowser();
        (await after.SignInAsync(staff)).Location.ShouldBe("/staff");
    }

    private Task<string> RawTokenAsync(string userId, string name) =>
        app.WithDbAsync(async db => (await db.UserTokens.AsNoTracking()
            .SingleAsync(t => t.UserId == userId && t.LoginProvider == AuthenticatorTokens.LoginProvider && t.Name == name)).Value!);

    public sealed class OnSqlite(SqliteApp app) : AuthenticatorKeyProtectionTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AuthenticatorKeyProtectionTests(app), IClassFixture<PostgresApp>;
}
