namespace Perhesilta.Platform.Text;

public static class TextServices
{
    /// <summary>
    /// The text analyzer for search. It opens a small pool of Voikko handles (one per core, 2–8) when it is first
    /// needed; if libvoikko or its Finnish dictionary is missing, that first use fails with a message saying what to
    /// install. It is not checked at start-up, so that the rest of the system runs on a machine without Voikko.
    /// </summary>
    public static IServiceCollection AddText(this IServiceCollection services) =>
        services.AddSingleton(_ => new TextAnalyzer(new Voikko(Math.Clamp(Environment.ProcessorCount, 2, 8)), EverydayWords.Load()));
}
