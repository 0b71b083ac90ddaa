using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Demo;

/// <summary>
/// Gives each demo area a fictional unit that receives notifications, so that a professional's notification shows
/// where it was routed. The emergency social services number is left empty on purpose: a made-up number could be
/// someone's real one, and families must never be sent to it.
/// </summary>
internal sealed class DemoAreaSettingsSeeder : IDataSeeder
{
    // After the reference data (which creates the areas); an administrator's later choice is left as it is.
    public int Order => 110;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        foreach (var area in await db.Set<Area>().Where(a => a.NotificationReceivingUnit == null).ToListAsync(cancellationToken))
        {
            area.NotificationReceivingUnit = $"Perhepalvelujen alkuarviotiimi ({area.NameFi}) – demo";
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
