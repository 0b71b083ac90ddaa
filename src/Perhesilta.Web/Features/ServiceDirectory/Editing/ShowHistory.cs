using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.ServiceDirectory.Editing;

public sealed record HistoryEntry(int Version, string ChangedAt, string ChangedBy, bool IsFirst, bool IsRemoval, IReadOnlyList<FieldChange> Changes);

public sealed record RecordHistory(string Name, bool Exists, IReadOnlyList<HistoryEntry> Versions);

public sealed record RecordVersion(string Name, int Version, string ChangedAt, string ChangedBy, bool IsRemoval, IReadOnlyList<SnapshotField> Fields);

/// <summary>A record's versions, newest first: who (an editor's name, the HSDS import or the demo data), when in Finnish time, and what changed.</summary>
public sealed class ShowHistory(PerhesiltaDbContext db, IStringLocalizer<EditingText> text)
{
    /// <summary>Null when the record never existed; a removed record's history is still shown.</summary>
    public async Task<RecordHistory?> HandleAsync(DirectoryRecordKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        var changes = await ChangesAsync(kind, id, cancellationToken);
        if (changes.Count == 0)
        {
            return null;
        }

        var (reader, authors) = await ReaderAsync(changes, cancellationToken);
        var entries = new List<HistoryEntry>();
        for (var i = changes.Count - 1; i >= 0; i--)
        {
            var change = changes[i];
            entries.Add(new HistoryEntry(
                change.Version,
                HelsinkiTime.Format(change.ChangedAt),
                SaveConflicts.Author(change.Source, change.ChangedByUserId, authors, text),
                i == 0,
                change.IsRemoval,
                i == 0 ? [] : reader.Changes(changes[i - 1].Snapshot, change.Snapshot)));
        }

        return new RecordHistory(NameOf(changes[^1].Snapshot), !changes[^1].IsRemoval, entries);
    }

    public async Task<RecordVersion?> VersionAsync(DirectoryRecordKind kind, Guid id, int version, CancellationToken cancellationToken = default)
    {
        var changes = (await ChangesAsync(kind, id, cancellationToken)).Where(c => c.Version == version).ToList();
        if (changes.Count == 0)
        {
            return null;
        }

        var change = changes[0];
        var (reader, authors) = await ReaderAsync(changes, cancellationToken);
        return new RecordVersion(
            NameOf(change.Snapshot),
            change.Version,
            HelsinkiTime.Format(change.ChangedAt),
            SaveConflicts.Author(change.Source, change.ChangedByUserId, authors, text),
            change.IsRemoval,
            reader.Read(change.Snapshot));
    }

    private async Task<List<DirectoryChange>> ChangesAsync(DirectoryRecordKind kind, Guid id, CancellationToken cancellationToken) =>
        await db.Set<DirectoryChange>().AsNoTracking().Where(c => c.RecordKind == kind && c.RecordId == id).OrderBy(c => c.Version).ToListAsync(cancellationToken);

    private async Task<(SnapshotReader Reader, IReadOnlyDictionary<string, string> Authors)> ReaderAsync(List<DirectoryChange> changes, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        foreach (var change in changes)
        {
            var snapshot = JsonNode.Parse(change.Snapshot)!.AsObject();
            AddId(ids, snapshot["organizationId"]);
            foreach (var location in snapshot["locations"]?.AsArray() ?? [])
            {
                AddId(ids, location);
            }

            foreach (var hours in snapshot["openingHours"]?.AsArray() ?? [])
            {
                AddId(ids, hours?["locationId"]);
            }
        }

        var organizations = await db.Set<DirectoryOrganization>().AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Name.Fi, o.Name.Sv, o.Name.En }).ToListAsync(cancellationToken);
        var locations = await db.Set<DirectoryLocation>().AsNoTracking().Where(l => ids.Contains(l.Id))
            .Select(l => new { l.Id, l.Name.Fi, l.Name.Sv, l.Name.En }).ToListAsync(cancellationToken);
        var municipalities = await db.Set<Municipality>().AsNoTracking().ToListAsync(cancellationToken);
        var types = await db.Set<ServiceType>().AsNoTracking().ToListAsync(cancellationToken);
        var names = new DirectoryNames(
            municipalities.ToDictionary(m => m.Code, m => m.LocalName()),
            types.ToDictionary(t => t.Code, t => t.LocalName()),
            organizations.ToDictionary(o => o.Id, o => LocalizedText.Of(o.Fi, o.Sv, o.En).Local()),
            locations.ToDictionary(l => l.Id, l => LocalizedText.Of(l.Fi, l.Sv, l.En).Local()));
        var authors = await SaveConflicts.AuthorNamesAsync(db, changes.Select(c => c.ChangedByUserId), cancellationToken);
        return (new SnapshotReader(names, text), authors);
    }

    private static void AddId(HashSet<Guid> ids, JsonNode? node)
    {
        if (node is not null && Guid.TryParse(node.ToString(), out var id))
        {
            ids.Add(id);
        }
    }

    private static string NameOf(string snapshot)
    {
        var name = JsonNode.Parse(snapshot)!["name"];
        return LocalizedText.Of(name?["fi"]?.ToString(), name?["sv"]?.ToString(), name?["en"]?.ToString()).Local();
    }
}
