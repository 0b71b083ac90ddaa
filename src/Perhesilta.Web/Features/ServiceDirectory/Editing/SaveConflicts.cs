using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>Someone saved the record after the editor opened it: who, when, and the version now saved.</summary>
public sealed record SaveConflict(string ChangedBy, string ChangedAt, int CurrentVersion);

/// <summary>
/// Saves an edited directory record as a new version, unless someone else saved it after the editor opened the form
/// (optimistic concurrency on <see cref="IVersionedDirectoryRecord.Version"/>): then nothing is saved and the editor
/// is told who changed it and when, with their own input still in the form.
/// </summary>
public sealed class SaveConflicts(PerhesiltaDbContext db, IStringLocalizer<EditingText> text)
{
    /// <summary>Records the version and saves; null when saved, the conflict when the record had moved on from <paramref name="openedVersion"/>.</summary>
    public async Task<SaveConflict?> SaveAsync(IVersionedDirectoryRecord record, int openedVersion, string userId, DateTime now, CancellationToken cancellationToken)
    {
        var kind = DirectoryHistory.KindOf(record);
        var entry = db.Entry(record);
        if (entry.State != EntityState.Added)
        {
            if (record.Version != openedVersion)
            {
                return await DescribeAsync(kind, record.Id, cancellationToken);
            }

            // The database compares the version too, so a save that overtakes this one between the check and the write is caught.
            entry.Property(r => r.Version).OriginalValue = openedVersion;
        }

        DirectoryHistory.Record(db, record, DirectoryChangeSource.Editor, userId, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return await DescribeAsync(kind, record.Id, cancellationToken);
        }
    }

    public async Task<SaveConflict> DescribeAsync(DirectoryRecordKind kind, Guid id, CancellationToken cancellationToken)
    {
        var latest = await db.Set<DirectoryChange>().AsNoTracking()
            .Where(c => c.RecordKind == kind && c.RecordId == id)
            .OrderByDescending(c => c.Version)
            .Select(c => new { c.Version, c.ChangedAt, c.Source, c.ChangedByUserId })
            .FirstAsync(cancellationToken);
        var names = await AuthorNamesAsync(db, [latest.ChangedByUserId], cancellationToken);
        return new SaveConflict(Author(latest.Source, latest.ChangedByUserId, names, text), HelsinkiTime.Format(latest.ChangedAt), latest.Version);
    }

    /// <summary>The display names of the staff who made changes.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> AuthorNamesAsync(PerhesiltaDbContext db, IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        return await db.Set<StaffUser>().AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    /// <summary>Who made a change: the editor's name, or the import or the demo data that made it.</summary>
    public static string Author(DirectoryChangeSource source, string? userId, IReadOnlyDictionary<string, string> names, IStringLocalizer<EditingText> text) => source switch
    {
        DirectoryChangeSource.Import => text["Author.Import"],
        DirectoryChangeSource.Seed => text["Author.Seed"],
        _ => userId is not null && names.TryGetValue(userId, out var name) ? name : text["Author.Unknown"],
    };
}
