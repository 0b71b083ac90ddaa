using System.Net;
using System.Text.Json;

namespace Perhesilta.Bench.Load;

/// <summary>
/// The desk benchmark: service guides of the busiest area sign in once, then the queue page and the pages of their
/// area's open contacts are requested, each at a fixed rate and then with a few concurrent senders. Any answer other
/// than 200 is an error, and an error fails the run.
/// </summary>
internal static class DeskRun
{
    public static async Task<int> RunAsync(Options options)
    {
        using var data = JsonDocument.Parse(await File.ReadAllTextAsync(options.Value("data", "desk-bench.json")));
        var password = data.RootElement.GetProperty("password").GetString()!;
        var secret = data.RootElement.GetProperty("totpSecret").GetString()!;
        var guides = data.RootElement.GetProperty("guides").EnumerateArray()
            .Select(g => (Email: g.GetProperty("email").GetString()!, Area: g.GetProperty("areaId").GetInt32(), Open: g.GetProperty("openContacts").EnumerateArray().Select(c => c.GetGuid()).ToList()))
            .ToList();

        // The busiest area is the worst case: the longest queue.
        var busiest = guides.MaxBy(g => g.Open.Count).Area;
        var chosen = guides.Where(g => g.Area == busiest).Take(options.Number("sessions", 8)).ToList();
        var sessions = new List<DeskSession>();
        foreach (var guide in chosen)
        {
            var session = new DeskSession(NewClient(options.Url), guide.Email, guide.Open);
            await session.SignInAsync(password, secret);
            sessions.Add(session);
        }

        Console.Error.WriteLine($"Signed in {sessions.Count} guides of area {busiest}, whose queue has {chosen[0].Open.Count} open contacts.");
        var queuePaths = options.Value("queue-paths", "/desk,/desk?sort=respond-by,/desk?pageNumber=2").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var queue = new PageTarget(sessions, (session, n) => queuePaths[n % queuePaths.Length]);
        var contact = new PageTarget(sessions, (session, n) => $"/desk/contacts/{session.OpenContacts[Random.Shared.Next(session.OpenContacts.Count)]}");

        // The contact page first: a slow queue would otherwise leave work behind that the contact figures pay for.
        var warmUp = TimeSpan.FromSeconds(options.WarmUpSeconds);
        var seconds = TimeSpan.FromSeconds(options.Seconds);
        var peakSeconds = TimeSpan.FromSeconds(options.Number("peak-seconds", 20));
        var concurrency = options.Concurrency;
        var runs = new (string Name, PageTarget Target, int Rate)[]
        {
            ("contact", contact, options.Number("contact-rate", 20)),
            ("queue", queue, options.Number("queue-rate", 10)),
        };
        var pages = options.Value("pages", "contact,queue").Split(',', StringSplitOptions.TrimEntries);
        foreach (var (name, target, rate) in runs.Where(r => pages.Contains(r.Name)))
        {
            await Measurement.WarmUpAsync(target, warmUp, workers: 4);
            var atRate = await Measurement.RunAsync(target, rate, 0, seconds);
            Console.WriteLine(Output.Report(options.Label, name, $"rate {rate}/s", atRate));
            var atPeak = await Measurement.RunAsync(target, 0, concurrency, peakSeconds);
            Console.WriteLine(Output.Report(options.Label, name, $"concurrency {concurrency}", atPeak));
        }

        var failed = queue.Failures + contact.Failures > 0;
        if (failed)
        {
            Console.Error.WriteLine("The desk answered with errors (see above): the run failed.");
        }

        return failed ? 1 : 0;
    }

    private static HttpClient NewClient(string baseUrl) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>GETs a page as one of the signed-in guides in turn and reads it whole; only 200 counts as done.</summary>
    private sealed class PageTarget(List<DeskSession> sessions, Func<DeskSession, int, string> path) : ITarget
    {
        private int _next;
        private int _reported;

        /// <summary>Every failure, the warm-up's included.</summary>
        public int Failures => _reported;

        public async Task<bool> SendAsync(CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _next);
            var session = sessions[n % sessions.Count];
            var url = path(session, n / sessions.Count);
            try
            {
                using var response = await session.Client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }

                Report($"{session.Email} GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Report($"{session.Email} GET {url}: {e.Message}");
            }

            return false;
        }

        private void Report(string failure)
        {
            if (Interlocked.Increment(ref _reported) <= 10)
            {
                Console.Error.WriteLine(failure);
            }
        }
    }
}
