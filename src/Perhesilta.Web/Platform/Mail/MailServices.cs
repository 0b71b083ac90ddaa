using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Perhesilta.Features.SentMail;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Mail;

public static class MailServices
{
    /// <summary>
    /// The outbox, its background sender and the transport that <c>Mail:Transport</c> names: <c>folder</c> by default on
    /// the embedded SQLite, <c>smtp</c> otherwise. Settings are checked when the host starts, so a command such as
    /// <c>migrate</c> runs without mail settings.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .PostConfigure<DatabaseOptions, IHostEnvironment>((options, database, environment) =>
            {
                options.Transport = string.IsNullOrWhiteSpace(options.Transport)
                    ? (database.IsSqlite ? MailTransports.Folder : MailTransports.Smtp)
                    : options.Transport.Trim();
                options.Folder = Path.GetFullPath(options.Folder, environment.ContentRootPath);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidation>();
        services.AddSingleton<MailSignal>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<MailDispatcher>();
        services.TryAddSingleton<IMailTransport>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<MailOptions>>().Value;
            return options.UsesSmtp ? new SmtpMailTransport(options.Smtp) : new FolderMailTransport(options.Folder);
        });

        // The administrators' sent-mail pages (Features/SentMail) read this outbox; registered here with it.
        services.AddScoped<FindSentMail>();
        services.AddScoped<ResendMail>();
        services.AddHostedService<MailSender>();
        return services;
    }
}

/// <summary>Refuses to start with mail settings that could not deliver, naming the setting to fix.</summary>
internal sealed class MailOptionsValidation : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var errors = new List<string>();
        if (!options.UsesSmtp && !options.UsesFolder)
        {
            errors.Add($"Mail:Transport must be '{MailTransports.Smtp}' or '{MailTransports.Folder}', not '{options.Transport}'.");
        }

        if (options.UsesSmtp && string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            errors.Add("Mail:Transport is 'smtp' (the default on PostgreSQL) but Mail:Smtp:Host is not set. Set Mail:Smtp:Host, or Mail:Transport=folder to write mail into Mail:Folder.");
        }

        if (!MimeKit.MailboxAddress.TryParse(options.From, out _))
        {
            errors.Add($"Mail:From is not a valid address such as \"Perhesilta <no-reply@hyvinvointialue.fi>\".");
        }

        if (options.PollInterval <= TimeSpan.Zero || options.Lease <= TimeSpan.Zero)
        {
            errors.Add("Mail:PollInterval and Mail:Lease must be positive times such as 00:00:05.");
        }

        if (options.MaxAttempts < 1 || options.BatchSize < 1)
        {
            errors.Add("Mail:MaxAttempts and Mail:BatchSize must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
