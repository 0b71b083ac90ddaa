using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>The statutory route form as typed.</summary>
public sealed class RouteInput
{
    public string? Kind { get; set; }

    public string? Date { get; set; }

    public string? Time { get; set; }

    public string? ToUnit { get; set; }

    public string? Basis { get; set; }

    public string? ConsentGivenBy { get; set; }

    public string? ConsentMethod { get; set; }

    public Guid Version { get; set; }
}

/// <summary>
/// A guide records a request or notification made from a contact (SHL 35 §, LSL 25 §, 25 a §, 25 c §): when, to which
/// unit, on what basis, and for a request with consent who consented and how. The statutory clocks count from the
/// recorded moment (and start with it, <see cref="ContactClocks.RouteMade"/>), so the route is written once; creating it is access-logged as well as the contact's change.
/// </summary>
public sealed class RecordStatutoryRoute(ContactChanges changes, PerhesiltaDbContext db, IAccessLog log, ContactClocks clocks)
{
    public const int UnitLength = 200;

    /// <summary>The unit that receives the notifications of the area (set by the administrator), offered as the default.</summary>
    public async Task<string?> DefaultUnitAsync(int areaId, CancellationToken cancellationToken = default) =>
        await db.Set<Area>().Where(a => a.Id == areaId).Select(a => a.NotificationReceivingUnit).SingleOrDefaultAsync(cancellationToken);

    public async Task<WorkFormResult> HandleAsync(Guid id, RouteInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        var kind = WorkFields.Choice<StatutoryRouteKind>(errors, "kind", input.Kind, "Route.Error.KindRequired");
        var madeAt = WorkFields.HelsinkiMoment(errors, input.Date, input.Time, "made");
        var unit = WorkFields.Text(errors, "to-unit", input.ToUnit, UnitLength, "Route.Error.UnitRequired", "Route.Error.UnitTooLong");
        var basis = WorkFields.Text(errors, "basis", input.Basis, ContactLimits.Description, "Route.Error.BasisRequired", "Route.Error.BasisTooLong");
        string? consentGivenBy = null;
        ConsentMethod? consentMethod = null;
        if (kind == StatutoryRouteKind.ConsentedAssessmentRequest)
        {
            consentGivenBy = WorkFields.Text(errors, "consent-given-by", input.ConsentGivenBy, ContactLimits.ShortText, "Route.Error.ConsentGivenByRequired", "Route.Error.ConsentGivenByTooLong");
            consentMethod = WorkFields.Choice<ConsentMethod>(errors, "consent-method", input.ConsentMethod, "Route.Error.ConsentMethodRequired");
        }

        StatutoryRoute? route = null;
        var change = await changes.ApplyAsync(id, input.Version, userId, (contact, now) =>
        {
            if (contact.Status == ContactStatus.Closed)
            {
                return ContactChangeResult.Refuse(WorkFormKeys.Closed);
            }

            if (madeAt is { } at)
            {
                WorkFields.WithinContact(errors, at, contact.InitiatedAt, now, "made");
            }

            if (errors.Any)
            {
                return ContactChangeResult.Refuse(WorkFormKeys.FieldErrors);
            }

            route = new StatutoryRoute
            {
                ContactId = contact.Id,
                Kind = kind!.Value,
                MadeAt = madeAt!.Value,
                MadeByUserId = userId,
                ToUnit = unit!,
                Basis = basis!,
                ConsentGivenBy = consentGivenBy,
                ConsentMethod = consentMethod,
                RecordedAt = now,
            };
            db.Add(route);
            log.Add(db, AccessAction.Create, "StatutoryRoute", route.Id.ToString());
            clocks.RouteMade(db, contact, route);
            return null;
        }, cancellationToken);
        return new WorkFormResult(change, errors);
    }
}
