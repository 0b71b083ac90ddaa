using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Mail;
using Shouldly;

namespace Perhesilta.IntegrationTests.Mail;

/// <summary>Mail settings that could not deliver stop the application at start-up with a message naming the setting.</summary>
public sealed class MailSettingsTests(PostgresCluster cluster)
{
    [Fact]
    public async Task On_PostgreSQL_without_mail_settings_the_application_refuses_to_start_and_asks_for_an_SMTP_host()
    {
        await using var app = new PostgresApp(cluster);
        app.Settings["Mail:Transport"] = "";

        var error = Should.Throw<OptionsValidationException>(() => app.Server);

        error.Message.ShouldContain("Mail:Transport is 'smtp' (the default on PostgreSQL) but Mail:Smtp:Host is not set.");
    }

    [Fact]
    public async Task An_unknown_transport_is_refused_at_start_up()
    {
        await using var app = new SqliteApp();
        app.Settings["Mail:Transport"] = "pigeon";

        var error = Should.Throw<OptionsValidationException>(() => app.Server);

        error.Message.ShouldContain("Mail:Transport must be 'smtp' or 'folder', not 'pigeon'.");
    }

    [Fact]
    public async Task The_embedded_SQLite_default_writes_mail_into_a_folder_without_any_mail_settings()
    {
        await using var app = new SqliteApp();
        app.Settings["Mail:Transport"] = "";

        var options = app.Services.GetRequiredService<IOptions<MailOptions>>().Value;

        options.UsesFolder.ShouldBeTrue();
        options.Folder.ShouldBe(app.MailFolder);
        app.Services.GetRequiredService<IMailTransport>().ShouldBeOfType<FolderMailTransport>().Folder.ShouldBe(app.MailFolder);
    }
}
