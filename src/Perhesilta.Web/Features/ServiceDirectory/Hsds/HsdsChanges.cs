using Microsoft.EntityFrameworkCore;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>
/// Brings a stored record to what an import read, when the two differ: compared by their history snapshots
/// (<see cref="DirectoryHistory.SnapshotOf"/>), so a record that says the same is left alone, version and all.
/// </summary>
internal static class HsdsChanges
{
    /// <returns>The record to version, or null when nothing changed; and whether it is new.</returns>
    public static (IVersionedDirectoryRecord? Saved, bool IsNew) Apply(DbContext db, DirectoryOrganization read, DirectoryOrganization? stored) =>
        Apply(db, read, stored, DirectoryRecords.CopyContent);

    public static (IVersionedDirectoryRecord? Saved, bool IsNew) Apply(DbContext db, DirectoryLocation read, DirectoryLocation? stored) =>
        Apply(db, read, stored, DirectoryRecords.CopyContent);

    public static (IVersionedDirectoryRecord? Saved, bool IsNew) Apply(DbContext db, DirectoryService read, DirectoryService? stored) =>
        Apply(db, read, stored, (r, s) => DirectoryRecords.CopyContent(db, r, s));

    private static (IVersionedDirectoryRecord? Saved, bool IsNew) Apply<T>(DbContext db, T read, T? stored, Action<T, T> copy)
        where T : class, IVersionedDirectoryRecord
    {
        if (stored is null)
        {
            db.Add(read);
            return (read, true);
        }

        if (DirectoryHistory.SnapshotOf(read) == DirectoryHistory.SnapshotOf(stored))
        {
            return (null, false);
        }

        copy(read, stored);
        return (stored, false);
    }
}
