using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Demo;

/// <summary>
/// The demo directory: every service type of the taxonomy available to every municipality — the county's units per
/// municipality or per area, the municipalities' own services, fictional NGOs and parishes, Kela and debt advice —
/// in fi/sv/en, with addresses, opening hours and check dates (some over a year old, for the stale list). Created
/// once, when the directory is empty, as seeded versions (<see cref="DirectoryChangeSource.Seed"/>).
/// </summary>
internal sealed class DemoDirectorySeeder(TimeProvider clock) : IDataSeeder
{
    public int Order => 50;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<DirectoryService>().AnyAsync(cancellationToken))
        {
            return;
        }

        var catalogue = DemoDirectoryCatalogue.Load();
        var municipalities = await db.Set<Municipality>().AsNoTracking().Include(m => m.Area).OrderBy(m => m.Code).ToListAsync(cancellationToken);
        var types = await db.Set<ServiceType>().AsNoTracking().ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var builder = new DemoDirectoryBuilder(catalogue, municipalities, types, DateOnly.FromDateTime(now));
        var directory = builder.Build();
        // Everything is new, so there are no changes to detect: scanning some ten thousand tracked rows at every Add
        // and again at the save would cost more than the save itself.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var record in directory.Organizations.Cast<IVersionedDirectoryRecord>().Concat(directory.Locations).Concat(directory.Services))
            {
                db.Add(record);
                DirectoryHistory.Record(db, record, DirectoryChangeSource.Seed, null, now);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
