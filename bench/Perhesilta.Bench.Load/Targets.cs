using System.Net;
using System.Net.Http.Json;

namespace Perhesilta.Bench.Load;

/// <summary>One kind of submission: sends one and tells whether the server accepted it.</summary>
internal interface ITarget
{
    Task<bool> SendAsync(CancellationToken cancellationToken);
}

internal sealed class TargetFactory(string baseUrl) : IDisposable
{
    private readonly List<HttpClient> _clients = [];

    public async Task<ITarget> CreateAsync(string name, int sessions) => name switch
    {
        "api" => new ApiTarget(NewClient(cookies: false)),
        "baseline" => new BaselineTarget(NewClient(cookies: false)),
        "form" => await FormTarget.CreateAsync(Enumerable.Range(0, sessions).Select(_ => NewClient(cookies: true)).ToList()),
        _ => throw new ArgumentException($"Unknown target '{name}': api, form or baseline."),
    };

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }

    private HttpClient NewClient(bool cookies)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies,
            CookieContainer = new CookieContainer(),
            MaxConnectionsPerServer = 256,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        _clients.Add(client);
        return client;
    }

    /// <summary>A family's request as the fictional test families write them.</summary>
    internal static class Sample
    {
        public const string Municipality = "564";
        public const string Description = "Kuormittava syksy: 9-vuotias ei halua mennä kouluun ja nukkuu huonosti. Toivomme neuvoa, mistä saisimme apua. (Kuvitteellinen testiaineisto.)";
        public static readonly int[] Ages = [4, 9];
        public static readonly string[] Topics = ["school-bullying", "parent-coping"];
    }

    private sealed class ApiTarget(HttpClient client) : ITarget
    {
        public async Task<bool> SendAsync(CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/help-requests")
            {
                Content = JsonContent.Create(new
                {
                    kind = "familyRequest",
                    requester = "parent",
                    municipalityCode = Sample.Municipality,
                    childAges = Sample.Ages,
                    topics = Sample.Topics,
                    description = Sample.Description,
                    urgency = "soon",
                    contactMethod = "email",
                    contactName = "Testi Vanhempi",
                    email = "vanhempi@perhesilta.example",
                    preferredLanguage = "fi",
                    interpreterNeeded = false,
                    consentToContactProfessionals = true,
                }),
            };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            using var response = await client.SendAsync(request, cancellationToken);
            return response.StatusCode == HttpStatusCode.Created;
        }
    }

    private sealed class BaselineTarget(HttpClient client) : ITarget
    {
        public async Task<bool> SendAsync(CancellationToken cancellationToken)
        {
            using var response = await client.PostAsJsonAsync("/baseline/help-requests", new
            {
                municipality = Sample.Municipality,
                childrenAges = Sample.Ages,
                topics = Sample.Topics,
                description = Sample.Description,
                name = "Testi Vanhempi",
                phone = (string?)null,
                email = "vanhempi@perhesilta.example",
            }, cancellationToken);
            return response.StatusCode == HttpStatusCode.Created;
        }
    }

    /// <summary>
    /// The public form as a browser without JavaScript sends it: each session has fetched the form once (its cookie
    /// and anti-forgery token); every submission carries a new idempotency key, like a new visit would.
    /// </summary>
    private sealed class FormTarget(List<(HttpClient Client, List<KeyValuePair<string, string>> Fields)> sessions) : ITarget
    {
        private int _next;

        public static async Task<FormTarget> CreateAsync(List<HttpClient> clients)
        {
            var sessions = new List<(HttpClient, List<KeyValuePair<string, string>>)>();
            foreach (var client in clients)
            {
                var fields = Html.HiddenFields(await client.GetStringAsync("/pyyda-apua"));
                fields.AddRange(FormFields.Family);
                sessions.Add((client, fields));
            }

            return new FormTarget(sessions);
        }

        public async Task<bool> SendAsync(CancellationToken cancellationToken)
        {
            var (client, fields) = sessions[(int)((uint)Interlocked.Increment(ref _next) % sessions.Count)];
            var submission = fields.Select(f => f.Key == FormFields.IdempotencyKey ? KeyValuePair.Create(f.Key, Guid.NewGuid().ToString("N")) : f).ToList();
            using var content = new FormUrlEncodedContent(submission);
            using var response = await client.PostAsync("/pyyda-apua", content, cancellationToken);
            return response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther;
        }
    }
}
