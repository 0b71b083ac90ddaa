using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;

namespace Perhesilta.Features.ServiceDirectory;

/// <summary>The codes a directory record may use: the county's municipalities and the taxonomy's service types.</summary>
public sealed class DirectoryCodes(IReadOnlySet<string> municipalities, IReadOnlySet<string> serviceTypes)
{
    public IReadOnlySet<string> Municipalities { get; } = municipalities;

    public IReadOnlySet<string> ServiceTypes { get; } = serviceTypes;

    public static async Task<DirectoryCodes> LoadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var municipalities = await db.Set<Municipality>().AsNoTracking().Select(m => m.Code).ToListAsync(cancellationToken);
        var types = await db.Set<ServiceType>().AsNoTracking().Select(t => t.Code).ToListAsync(cancellationToken);
        return new DirectoryCodes(municipalities.ToHashSet(StringComparer.Ordinal), types.ToHashSet(StringComparer.Ordinal));
    }
}
