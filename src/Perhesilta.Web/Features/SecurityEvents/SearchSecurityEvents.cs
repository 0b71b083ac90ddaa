using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.SecurityEvents;

/// <summary>
/// SearchSecurityEvents: an administrator finds security events by account (as the one who acted or the one changed),
/// by event and by time range (dates in Finnish time), newest first, a page at a time.
/// </summary>
public sealed class SearchSecurityEvents(PerhesiltaDbContext db)
{
    public const int PageSize = 50;

    /// <summary>What the administrator chose, kept as text so that the form shows it back even when it is invalid.</summary>
    public sealed class Input
    {
        public string? AccountId { get; set; }

        public string? Code { get; set; }

        public string? From { get; set; }

        public string? To { get; set; }

        public int Page { get; set; } = 1;
    }

    public sealed record Row(
        DateTime OccurredAt,
        string Code,
        SecurityOutcome Outcome,
        string? AccountId,
        string? AccountName,
        string? TargetAccountId,
        string? TargetName,
        string? ClientAddress,
        string? Detail);

    /// <summary>The rows of the page, or the errors (field name → text key) when the input was refused.</summary>
    public sealed record Result(IReadOnlyList<Row> Rows, int Page, bool HasNextPage, IReadOnlyDictionary<string, string> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public async Task<Result> HandleAsync(Input input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var accountId = Blank(input.AccountId);
        var code = Blank(input.Code);
        var from = ParseDate(input.From, nameof(Input.From), "Search.Error.FromInvalid", errors);
        var to = ParseDate(input.To, nameof(Input.To), "Search.Error.ToInvalid", errors);
        if (from is not null && to is not null && to < from)
        {
            errors[nameof(Input.To)] = "Search.Error.ToBeforeFrom";
        }

        if (code is not null && !SecurityEventCodes.All.Contains(code))
        {
            errors[nameof(Input.Code)] = "Search.Error.EventUnknown";
        }

        if (accountId is not null && !await db.Users.AnyAsync(u => u.Id == accountId, cancellationToken))
        {
            errors[nameof(Input.AccountId)] = "Search.Error.AccountUnknown";
        }

        var page = Math.Max(1, input.Page);
        if (errors.Count > 0)
        {
            return new Result([], page, false, errors);
        }

        var query = db.Set<SecurityEvent>().AsNoTracking();
        if (accountId is not null)
        {
            query = query.Where(e => e.AccountId == accountId || e.TargetAccountId == accountId);
        }

        if (code is not null)
        {
            query = query.Where(e => e.Code == code);
        }

        if (from is not null)
        {
            var start = HelsinkiTime.DayInUtc(from.Value).Start;
            query = query.Where(e => e.OccurredAt >= start);
        }

        if (to is not null)
        {
            var end = HelsinkiTime.DayInUtc(to.Value).End;
            query = query.Where(e => e.OccurredAt < end);
        }

        var events = await query
            .OrderByDescending(e => e.OccurredAt)
            .ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var shown = events.Take(PageSize).ToList();
        var ids = shown.SelectMany(e => new[] { e.AccountId, e.TargetAccountId }).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var rows = shown
            .Select(e => new Row(
                e.OccurredAt,
                e.Code,
                e.Outcome,
                e.AccountId,
                e.AccountId is null ? null : names.GetValueOrDefault(e.AccountId),
                e.TargetAccountId,
                e.TargetAccountId is null ? null : names.GetValueOrDefault(e.TargetAccountId),
                e.ClientAddress,
                e.Detail))
            .ToList();
        return new Result(rows, page, events.Count > PageSize, errors);
    }

    /// <summary>The staff accounts to choose from, by name.</summary>
    public async Task<IReadOnlyList<(string Id, string DisplayName, string? Email)>> PeopleAsync(CancellationToken cancellationToken)
    {
        var people = await db.Users.Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        return [.. people.OrderBy(p => p.DisplayName, comparer).ThenBy(p => p.Email, StringComparer.Ordinal).Select(p => (p.Id, p.DisplayName, p.Email))];
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? ParseDate(string? value, string field, string errorKey, Dictionary<string, string> errors)
    {
        var text = Blank(value);
        if (text is null)
        {
            return null;
        }

        if (HelsinkiTime.TryParseDate(text, out var date))
        {
            return date;
        }

        errors[field] = errorKey;
        return null;
    }
}
