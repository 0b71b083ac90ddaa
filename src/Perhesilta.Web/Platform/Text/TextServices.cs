namespace Perhesilta.Platform.Text;

public static class TextServices
{
    /// <summary>
    /// The text analyzer for search. It opens a small pool of Voikko handles (one per core, 2–8) when the application
    /// starts, and refuses to start if libvoikko or its Finnish dictionary is missing.
    /// </summary>
    public static IServiceCollection AddText(this IServiceCollection services)
    {
        services.AddSingleton(_ => new TextAnalyzer(new Voikko(Math.Clamp(Environment.ProcessorCount, 2, 8)), EverydayWords.Load()));
        services.AddHostedService<TextStartupCheck>();
        return services;
    }
}

/// <summary>Creates the analyzer before the server listens, so a missing libvoikko stops start-up with its message.</summary>
internal sealed class TextStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<TextAnalyzer>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
