using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Account;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Operations;
using Shouldly;

namespace Perhesilta.IntegrationTests.Account;

public abstract class CreateAdministratorTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_command_is_registered_under_its_name()
    {
        app.Services.GetServices<IAdminCommand>().OfType<CreateAdministrator>().Single().Name.ShouldBe("create-admin");
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Create_admin_makes_an_administrator_with_a_temporary_password_printed_once()
    {
        var email = $"admin-{Guid.NewGuid():N}@test.perhesilta.example";
        var (exit, output, error) = await RunAsync("--email", email, "--name", "Aino Ylläpitäjä");

        exit.ShouldBe(0, error);
        var password = output.Split('\n').Single(l => l.StartsWith("Temporary password", StringComparison.Ordinal)).Split(": ")[1].Trim();
        password.Length.ShouldBe(20);

        await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByEmailAsync(email)).ShouldNotBeNull();
            user.DisplayName.ShouldBe("Aino Ylläpitäjä");
            user.MustChangePassword.ShouldBeTrue();
            user.TwoFactorEnabled.ShouldBeFalse();
            (await users.IsInRoleAsync(user, StaffRoles.Administrator)).ShouldBeTrue();
        });

        // The first sign-in leads to setting up the authenticator, then to choosing a password of one's own.
        using var browser = app.NewBrowser();
        (await browser.SignInAsync(email, password, null)).Location.ShouldBe("/account/setup-authenticator");
    }

    [Fact]
    public async Task Create_admin_refuses_an_existing_email_and_changes_nothing()
    {
        var staff = await app.CreateStaffAsync(StaffRoles.ServiceGuide);
        var before = await app.UserAsync(staff.Id);

        var (exit, output, error) = await RunAsync("--email", staff.Email, "--name", "Toinen Henkilö");

        exit.ShouldBe(1);
        error.ShouldContain($"An account with the e-mail address {staff.Email} already exists");
        output.ShouldBeEmpty();
        var after = await app.UserAsync(staff.Id);
        after.DisplayName.ShouldBe(before.DisplayName);
        after.PasswordHash.ShouldBe(before.PasswordHash);
    }

    [Theory]
    [InlineData("--email", "not-an-address", "--name", "Nimi")]
    [InlineData("--email", "someone@test.perhesilta.example")]
    public async Task Create_admin_explains_missing_or_bad_arguments(params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);

        exit.ShouldBe(2);
        error.ShouldNotBeEmpty();
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await new CreateAdministrator(output, error).RunAsync(app.Services, args, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    public sealed class OnSqlite(SqliteApp app) : CreateAdministratorTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CreateAdministratorTests(app), IClassFixture<PostgresApp>;
}
