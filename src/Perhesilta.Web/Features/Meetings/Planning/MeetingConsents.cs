using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Referrals;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>When inviting to a meeting needs the family's consent recorded for it.</summary>
internal static class MeetingConsents
{
    /// <summary>
    /// Whether inviting these participants needs the family's consent for the meeting: a professional from outside the
    /// guidance team does, unless the family already consented (and has not withdrawn it) to sharing with their service
    /// in a referral of this contact.
    /// </summary>
    public static async Task<bool> NeededAsync(PerhesiltaDbContext db, Guid contactId, IEnumerable<MeetingParticipant> participants, CancellationToken cancellationToken)
    {
        var outsiders = participants.Where(p => p.Kind == ParticipantKind.Professional).ToList();
        if (outsiders.Count == 0)
        {
            return false;
        }

        if (outsiders.Any(p => p.ServiceId is null))
        {
            return true;
        }

        var services = outsiders.Select(p => p.ServiceId!.Value).Distinct().ToList();
        var covered = await db.Set<Referral>()
            .Where(r => r.ContactId == contactId && services.Contains(r.ServiceId) && r.Consents.Any(c => c.WithdrawnAt == null))
            .Select(r => r.ServiceId).Distinct().ToListAsync(cancellationToken);
        return services.Except(covered).Any();
    }
}
