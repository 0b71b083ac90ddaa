using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.ServiceDirectory.Search;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Text;

namespace Perhesilta.Features.ServiceDirectory;

/// <summary>
/// Finds the active services that fit a need (see <see cref="ServiceRanking"/>), from an in-memory index of the
/// directory. Saves through this process's DbContext drop the index at once (<see cref="ServiceSearchInvalidation"/>);
/// a change saved by another instance is noticed within <see cref="TimeToLive"/>: after that a cheap look at the
/// directory's change history decides whether to rebuild. Searches wait for a rebuild in progress rather than see
/// the directory as it was before a change they may have just made.
/// </summary>
public sealed class ServiceSearch : IDisposable
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    private readonly IServiceScopeFactory scopes;
    private readonly TextAnalyzer analyzer;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly Lazy<ServiceRanking> ranking;
    private readonly Dictionary<string, SearchWording> wordings = new(StringComparer.Ordinal);
    private long version;
    private Entry? current;

    internal ServiceSearch(IServiceScopeFactory scopes, TextAnalyzer analyzer, TimeProvider clock, IStringLocalizer<SearchText> text)
    {
        this.scopes = scopes;
        this.analyzer = analyzer;
        this.clock = clock;
        ranking = new Lazy<ServiceRanking>(() => new ServiceRanking(analyzer, EverydayWords.Load().ToDictionary(c => c.Id, StringComparer.Ordinal)));
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            wordings[language] = SearchWording.For(text, language);
        }
    }

    public async ValueTask<IReadOnlyList<ServiceSearchHit>> SearchAsync(ServiceSearchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var index = await IndexAsync(ct);
        var language = TextLanguages.Parse(query.Language).Code();
        var answer = query.AnswerLanguage is null ? language : TextLanguages.Parse(query.AnswerLanguage).Code();
        return ranking.Value.Rank(index, query with { Language = language, AnswerLanguage = answer }, wordings[answer]);
    }

    public void Dispose() => building.Dispose();

    /// <summary>Drops the index; the next search rebuilds it.</summary>
    public void Invalidate() => Interlocked.Increment(ref version);

    internal async ValueTask<SearchIndex> IndexAsync(CancellationToken ct)
    {
        var seen = Volatile.Read(ref current);
        if (seen is not null && seen.Version == Interlocked.Read(ref version) && clock.GetUtcNow() - seen.CheckedAt is var age && age < TimeToLive && age >= TimeSpan.Zero)
        {
            return seen.Index;
        }

        await building.WaitAsync(ct);
        try
        {
            // The version is read before the database: a change saved while loading makes this index stale at once.
            var wanted = Interlocked.Read(ref version);
            seen = Volatile.Read(ref current);
            var now = clock.GetUtcNow();
            if (seen is not null && seen.Version == wanted && now - seen.CheckedAt < TimeToLive && now >= seen.CheckedAt)
            {
                return seen.Index;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
            var fingerprint = await FingerprintAsync(db, ct);
            var index = seen is not null && seen.Version == wanted && seen.Fingerprint == fingerprint
                ? seen.Index
                : new SearchIndex(await SearchSourceLoader.LoadAsync(db, ct), analyzer);
            Volatile.Write(ref current, new Entry(index, wanted, now, fingerprint));
            return index;
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>Every saved change of the directory adds a <see cref="DirectoryChange"/>: their number and the latest time tell whether anything changed.</summary>
    private static async Task<(int, DateTime?)> FingerprintAsync(PerhesiltaDbContext db, CancellationToken ct)
    {
        var changes = db.Set<DirectoryChange>().AsNoTracking();
        return (await changes.CountAsync(ct), await changes.MaxAsync(c => (DateTime?)c.ChangedAt, ct));
    }

    private sealed record Entry(SearchIndex Index, long Version, DateTimeOffset CheckedAt, (int, DateTime?) Fingerprint);
}
