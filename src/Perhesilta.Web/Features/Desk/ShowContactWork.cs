using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

public sealed record TimelineItem(ActionKind Kind, DateTime PerformedAt, int? DurationMinutes, string? Note, string PerformedBy, int? VisitNumber, bool PastModel, bool ReachedFamily)
{
    /// <summary>For an action about a service of the directory: the service, named in the reader's language.</summary>
    public (Guid Id, string Name)? Service { get; init; }
}

public sealed record RouteItem(StatutoryRouteKind Kind, DateTime MadeAt, string MadeBy, string ToUnit, string Basis, string? ConsentGivenBy, ConsentMethod? ConsentMethod, DateTime RecordedAt);

public sealed record ClosingItem(ContactOutcome? Outcome, string? Service, bool? HelpedWithOneContact, string? Note, string ClosedBy, DateTime ClosedAt);

/// <summary>The work done for a contact, for the contact page: the timeline, the statutory routes and the closing.</summary>
public sealed record ContactWork(
    Guid ContactId,
    bool Closed,
    IReadOnlyList<TimelineItem> Actions,
    IReadOnlyList<RouteItem> Routes,
    ClosingItem? Closing,
    DateTime? FirstReachedAt,
    ElapsedTime? TimeToFirstContact,
    int ReceptionVisitsInModel);

/// <summary>Loads the work done for a contact the caller has already been allowed to see.</summary>
public sealed class ShowContactWork(PerhesiltaDbContext db, WorkingTime workingTime, IOptions<DeskOptions> options)
{
    public async Task<ContactWork> HandleAsync(Contact contact, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var actions = await (
            from a in db.Set<ContactAction>().AsNoTracking()
            where a.ContactId == contact.Id
            join u in db.Users on a.PerformedByUserId equals u.Id
            orderby a.PerformedAt, a.RecordedAt
            select new { Action = a, u.DisplayName }).ToListAsync(cancellationToken);
        var serviceIds = actions.Select(x => x.Action.ServiceId).OfType<Guid>().Distinct().ToList();
        var services = await db.Set<DirectoryService>().AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var routes = await (
            from r in db.Set<StatutoryRoute>().AsNoTracking()
            where r.ContactId == contact.Id
            join u in db.Users on r.MadeByUserId equals u.Id
            orderby r.MadeAt, r.RecordedAt
            select new RouteItem(r.Kind, r.MadeAt, u.DisplayName, r.ToUnit, r.Basis, r.ConsentGivenBy, r.ConsentMethod, r.RecordedAt)).ToListAsync(cancellationToken);
        ClosingItem? closing = null;
        if (contact is { Status: ContactStatus.Closed, ClosedAt: { } closedAt })
        {
            var closedBy = await db.Users.Where(u => u.Id == contact.ClosedByUserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
            closing = new ClosingItem(contact.Outcome, contact.OutcomeService, contact.HelpedWithOneContact, contact.ClosingNote, closedBy ?? "", closedAt);
        }

        return new ContactWork(
            contact.Id,
            contact.Status == ContactStatus.Closed,
            actions.Select(x => new TimelineItem(
                x.Action.Kind,
                x.Action.PerformedAt,
                x.Action.DurationMinutes,
                x.Action.Note,
                x.DisplayName,
                x.Action.VisitNumber,
                x.Action.VisitNumber > settings.ReceptionVisitsInModel,
                x.Action.ReachedFamily)
            {
                Service = x.Action.ServiceId is { } serviceId && services.TryGetValue(serviceId, out var name) ? (serviceId, name.Local()) : null,
            }).ToList(),
            routes,
            closing,
            contact.FirstReachedAt,
            contact.FirstReachedAt is { } reached ? workingTime.Elapsed(contact.InitiatedAt, reached) : null,
            settings.ReceptionVisitsInModel);
    }
}
