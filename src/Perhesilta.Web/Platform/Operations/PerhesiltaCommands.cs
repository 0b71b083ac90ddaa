using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Operations;

/// <summary>An administrative command run instead of the web server, e.g. <c>dotnet Perhesilta.Web.dll migrate</c>.</summary>
public interface IAdminCommand
{
    string Name { get; }

    /// <summary>Runs the command; the return value is the process exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken);
}

public static class PerhesiltaCommands
{
    public static IServiceCollection AddAdminCommand<T>(this IServiceCollection services)
        where T : class, IAdminCommand => services.AddSingleton<IAdminCommand, T>();

    /// <summary>Runs the command named by the first argument, if any, and reports whether one ran.</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var command = args.Length == 0 ? null : app.Services.GetServices<IAdminCommand>().FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            return false;
        }

        Environment.ExitCode = await command.RunAsync(app.Services, args[1..], CancellationToken.None);
        return true;
    }
}

/// <summary><c>migrate</c>: brings the database up to date and loads the reference data (the production route).</summary>
internal sealed class MigrateCommand : IAdminCommand
{
    public string Name => "migrate";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        await DatabaseInitializer.InitializeAsync(services, migrate: true, cancellationToken);
        await Console.Out.WriteLineAsync("The database is up to date.");
        return 0;
    }
}
