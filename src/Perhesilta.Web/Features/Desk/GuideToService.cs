using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>
/// ohjaus palveluun: in one step, the guide records that they told the family about a service of the directory and
/// how to get there. It is an action of the contact like any other (<see cref="RecordAction.NewAction"/>), done now,
/// with the service it was about.
/// </summary>
public sealed class GuideToService(ContactChanges changes, PerhesiltaDbContext db, ContactClocks clocks)
{
    public async Task<ContactChangeResult> HandleAsync(Guid id, Guid version, Guid serviceId, string userId, CancellationToken cancellationToken = default)
    {
        // Only a service the family can still be guided to: a defunct or closed one would send them nowhere.
        var active = await db.Set<DirectoryService>().AnyAsync(s => s.Id == serviceId && s.Status == ServiceStatus.Active, cancellationToken);
        return await changes.ApplyCheckedAsync(id, version, userId, async (contact, now) =>
        {
            if (contact.Status == ContactStatus.Closed)
            {
                return ContactChangeResult.Refuse(WorkFormKeys.Closed);
            }

            if (!active)
            {
                return ContactChangeResult.Refuse("Suggestions.Error.ServiceUnavailable");
            }

            // Anonymous advice left no way to reach anyone: the service is named in the answer on the status page.
            if (contact.Kind == ContactKind.AnonymousAdvice)
            {
                return ContactChangeResult.Refuse("Suggestions.Error.AdviceHasNobodyToGuide");
            }

            var action = RecordAction.NewAction(contact, ActionKind.GuidedToService, now, null, null, userId, now, null);
            action.ServiceId = serviceId;
            db.Add(action);
            await clocks.ActionRecordedAsync(db, contact, action, cancellationToken);
            return null;
        }, cancellationToken);
    }
}
