using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Mail;

namespace Perhesilta.Features.SentMail;

/// <summary>
/// FindSentMail: the outbox for administrators, newest first, optionally one status only. Recipients are masked, so
/// the list shows no client data; opening a message is what is logged.
/// </summary>
public sealed class FindSentMail(PerhesiltaDbContext db)
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, DateTime CreatedAt, string Purpose, OutgoingMailStatus Status, int Attempts, string MaskedTo);

    /// <summary>The rows of the page; <see cref="StatusInvalid"/> when the status filter named no status.</summary>
    public sealed record Result(IReadOnlyList<Row> Rows, int Page, bool HasNextPage, bool StatusInvalid);

    public async Task<Result> HandleAsync(string? status, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var query = db.Set<OutgoingMail>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<OutgoingMailStatus>(status.Trim(), ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted))
            {
                return new Result([], page, false, StatusInvalid: true);
            }

            query = query.Where(m => m.Status == wanted);
        }

        var mails = await query
            .OrderByDescending(m => m.CreatedAt)
            .ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(m => new { m.Id, m.CreatedAt, m.Purpose, m.Status, m.Attempts, m.To })
            .ToListAsync(cancellationToken);
        var rows = mails.Take(PageSize)
            .Select(m => new Row(m.Id, m.CreatedAt, m.Purpose, m.Status, m.Attempts, MaskedAddress.Of(m.To)))
            .ToList();
        return new Result(rows, page, mails.Count > PageSize, StatusInvalid: false);
    }
}
