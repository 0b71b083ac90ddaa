using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Search;

/// <summary>
/// Drops the search index whenever this process saves any record of the directory (from the editor, an import, the
/// seeders) or the taxonomy and municipality names the index shows.
/// </summary>
internal sealed class ServiceSearchInvalidation(ServiceSearch search) : CacheInvalidation(Counts, search.Invalidate)
{
    private static bool Counts(object entity) => entity
        is DirectoryOrganization or DirectoryService or DirectoryLocation or ServiceAtLocation or OpeningHours
        or DirectoryServiceType or DirectoryServiceArea
        or ServiceType or TopicServiceType or Topic or Municipality;
}
