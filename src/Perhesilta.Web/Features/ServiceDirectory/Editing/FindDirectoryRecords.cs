using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>The directory front's search: services or organisations by name, organisation kind, service type, municipality and status.</summary>
public sealed record DirectoryQuery(
    bool Organizations, string? Text, OrganizationKind? Kind, string? ServiceType, string? Municipality, ServiceStatus? Status, int Page);

public sealed record DirectoryRow(Guid Id, LocalizedText Name, string Organization, OrganizationKind Kind, ServiceStatus? Status, DateOnly? CheckedOn, int Count);

public sealed record DirectoryPage(IReadOnlyList<DirectoryRow> Rows, int Total, int PageNumber, int PageCount, int StaleCount);

public sealed class FindDirectoryRecords(PerhesiltaDbContext db, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<DirectoryPage> HandleAsync(DirectoryQuery query, CancellationToken cancellationToken = default)
    {
        var text = Typed.Clean(query.Text);
        var staleBefore = DirectoryDates.StaleBefore(DirectoryDates.Today(clock));
        var stale = await db.Set<DirectoryService>().CountAsync(s => s.Status == ServiceStatus.Active && s.CheckedOn < staleBefore, cancellationToken);
        if (query.Organizations)
        {
            var organizations = db.Set<DirectoryOrganization>().AsNoTracking();
            if (query.Kind is { } kind)
            {
                organizations = organizations.Where(o => o.Kind == kind);
            }

            if (query.Municipality is { } municipality)
            {
                organizations = organizations.Where(o => o.MunicipalityCode == municipality || o.Services.Any(s => s.Municipalities.Any(m => m.MunicipalityCode == municipality)));
            }

            var rows = await organizations
                .Select(o => new { o.Id, o.Name.Fi, o.Name.Sv, o.Name.En, o.Kind, Services = o.Services.Count })
                .ToListAsync(cancellationToken);
            return Paged([.. rows.Select(o => new DirectoryRow(o.Id, LocalizedText.Of(o.Fi, o.Sv, o.En), "", o.Kind, null, null, o.Services))], text, query.Page, stale);
        }

        var services = db.Set<DirectoryService>().AsNoTracking();
        if (query.Kind is { } serviceKind)
        {
            services = services.Where(s => s.Organization!.Kind == serviceKind);
        }

        if (query.ServiceType is { } type)
        {
            services = services.Where(s => s.ServiceTypes.Any(t => t.ServiceTypeCode == type));
        }

        if (query.Municipality is { } served)
        {
            services = services.Where(s => s.Municipalities.Any(m => m.MunicipalityCode == served));
        }

        if (query.Status is { } status)
        {
            services = services.Where(s => s.Status == status);
        }

        var found = await services
            .Select(s => new
            {
                s.Id,
                s.Name.Fi,
                s.Name.Sv,
                s.Name.En,
                OrgFi = s.Organization!.Name.Fi,
                OrgSv = s.Organization.Name.Sv,
                OrgEn = s.Organization.Name.En,
                s.Organization.Kind,
                s.Status,
                s.CheckedOn,
                Municipalities = s.Municipalities.Count,
            })
            .ToListAsync(cancellationToken);
        return Paged(
            [.. found.Select(s => new DirectoryRow(
                s.Id, LocalizedText.Of(s.Fi, s.Sv, s.En), LocalizedText.Of(s.OrgFi, s.OrgSv, s.OrgEn).Local(), s.Kind, s.Status, s.CheckedOn, s.Municipalities))],
            text,
            query.Page,
            stale);
    }

    /// <summary>
    /// The name search and the order run here, after the database has applied the filters: a directory holds some
    /// thousands of records, and so Ä and Ö fold the same on SQLite as on PostgreSQL and the order is the reader's alphabetical one.
    /// </summary>
    private static DirectoryPage Paged(List<DirectoryRow> rows, string? text, int requested, int stale)
    {
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase);
        var matching = rows
            .Where(r => text is null || new[] { r.Name.Fi, r.Name.Sv, r.Name.En }.Any(n => n?.Contains(text, StringComparison.CurrentCultureIgnoreCase) == true))
            .OrderBy(r => r.Name.Local(), comparer)
            .ThenBy(r => r.Id)
            .ToList();
        var pages = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(requested, 1, pages);
        return new DirectoryPage([.. matching.Skip((page - 1) * PageSize).Take(PageSize)], matching.Count, page, pages, stale);
    }
}
