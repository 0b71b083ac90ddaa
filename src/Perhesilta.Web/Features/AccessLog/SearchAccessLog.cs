using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.AccessLog;

/// <summary>
/// SearchAccessLog: an administrator finds entries by person, client record and time range (dates in Finnish time),
/// newest first. Reading the log is itself logged, with the purpose <c>audit</c>: as a view of the record searched
/// for when one is named (so the record's own history shows who looked into it), otherwise as a view of the
/// <c>AccessLog</c> record <c>search</c>.
/// </summary>
public sealed class SearchAccessLog(PerhesiltaDbContext db, IAccessLog log)
{
    public const int PageSize = 50;
    public const string LogRecordType = "AccessLog";
    public const string LogSearchId = "search";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy", "d.M.yy"];

    /// <summary>What the administrator typed, kept as text so that the form shows it back even when it is invalid.</summary>
    public sealed class Input
    {
        public string? PersonId { get; set; }

        public string? RecordType { get; set; }

        public string? RecordId { get; set; }

        public string? From { get; set; }

        public string? To { get; set; }

        public int Page { get; set; } = 1;
    }

    public sealed record Row(long Sequence, DateTime OccurredAt, string ActorUserId, string? ActorName, AccessAction Action, string RecordType, string RecordId, string Purpose);

    /// <summary>The rows of the page, or the errors (field name → text key) when the input was refused.</summary>
    public sealed record Result(IReadOnlyList<Row> Rows, int Page, bool HasNextPage, IReadOnlyDictionary<string, string> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public async Task<Result> HandleAsync(Input input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var personId = Blank(input.PersonId);
        var recordType = Blank(input.RecordType);
        var recordId = Blank(input.RecordId);
        var from = ParseDate(input.From, nameof(Input.From), "Search.Error.FromInvalid", errors);
        var to = ParseDate(input.To, nameof(Input.To), "Search.Error.ToInvalid", errors);
        if (from is not null && to is not null && to < from)
        {
            errors[nameof(Input.To)] = "Search.Error.ToBeforeFrom";
        }

        if (recordType is not null && !AccessLogCodes.IsRecordType(recordType))
        {
            errors[nameof(Input.RecordType)] = "Search.Error.RecordTypeInvalid";
        }

        if (recordId is not null && !AccessLogCodes.IsId(recordId))
        {
            errors[nameof(Input.RecordId)] = "Search.Error.RecordIdInvalid";
        }

        if (personId is not null && !await db.Users.AnyAsync(u => u.Id == personId, cancellationToken))
        {
            errors[nameof(Input.PersonId)] = "Search.Error.PersonUnknown";
        }

        var page = Math.Max(1, input.Page);
        if (errors.Count > 0)
        {
            return new Result([], page, false, errors);
        }

        var query = db.Set<AccessLogEntry>().AsNoTracking();
        if (personId is not null)
        {
            query = query.Where(e => e.ActorUserId == personId);
        }

        if (recordType is not null)
        {
            query = query.Where(e => e.RecordType == recordType);
        }

        if (recordId is not null)
        {
            query = query.Where(e => e.RecordId == recordId);
        }

        if (from is not null)
        {
            var fromUtc = HelsinkiTime.ToUtc(from.Value.ToDateTime(TimeOnly.MinValue));
            query = query.Where(e => e.OccurredAt >= fromUtc);
        }

        if (to is not null)
        {
            // The end date is inclusive: everything before the following midnight in Helsinki.
            var toUtc = HelsinkiTime.ToUtc(to.Value.AddDays(1).ToDateTime(TimeOnly.MinValue));
            query = query.Where(e => e.OccurredAt < toUtc);
        }

        var entries = await query
            .OrderByDescending(e => e.Sequence)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var shown = entries.Take(PageSize).ToList();
        var actorIds = shown.Select(e => e.ActorUserId).Distinct().ToList();
        var names = await db.Users
            .Where(u => actorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        if (recordType is not null && recordId is not null)
        {
            await log.RecordAsync(AccessAction.View, recordType, recordId, AccessPurposes.Audit, cancellationToken);
        }
        else
        {
            await log.RecordAsync(AccessAction.View, LogRecordType, LogSearchId, AccessPurposes.Audit, cancellationToken);
        }

        var rows = shown
            .Select(e => new Row(e.Sequence, e.OccurredAt, e.ActorUserId, names.GetValueOrDefault(e.ActorUserId), e.Action, e.RecordType, e.RecordId, e.Purpose))
            .ToList();
        return new Result(rows, page, entries.Count > PageSize, errors);
    }

    /// <summary>The staff accounts to choose from, by name.</summary>
    public async Task<IReadOnlyList<(string Id, string DisplayName, string? Email)>> PeopleAsync(CancellationToken cancellationToken)
    {
        var people = await db.Users.Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var finnish = StringComparer.Create(CultureInfo.GetCultureInfo("fi-FI"), ignoreCase: true);
        return [.. people.OrderBy(p => p.DisplayName, finnish).ThenBy(p => p.Email, StringComparer.Ordinal).Select(p => (p.Id, p.DisplayName, p.Email))];
    }

    /// <summary>The record types that occur in the log.</summary>
    public async Task<IReadOnlyList<string>> RecordTypesAsync(CancellationToken cancellationToken) =>
        [.. (await db.Set<AccessLogEntry>().Select(e => e.RecordType).Distinct().ToListAsync(cancellationToken)).Order(StringComparer.Ordinal)];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? ParseDate(string? value, string field, string errorKey, Dictionary<string, string> errors)
    {
        var text = Blank(value);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = errorKey;
        return null;
    }
}
