using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Records;

/// <summary>Who an agreed action can be given to.</summary>
internal static class MeetingRecordChoices
{
    /// <summary>
    /// The meeting's participants (a professional or guide using Perhesilta gets it on their task list; a family member
    /// or an outsider is named), then the guides of the contact's area who were not there, e.g. the contact's own guide.
    /// </summary>
    public static async Task<IReadOnlyList<ResponsibleChoice>> ResponsibleAsync(PerhesiltaDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var choices = meeting.Participants
            .OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => new ResponsibleChoice(ResponsibleChoice.OfParticipant(p.Id), p.Name, p.UserId, p.Id))
            .ToList();
        var present = meeting.Participants.Select(p => p.UserId).OfType<string>().ToHashSet();
        var guides = await GuideRoles.ActiveGuides(db)
            .Where(u => db.Set<StaffArea>().Any(a => a.UserId == u.Id && a.AreaId == meeting.AreaId))
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(cancellationToken);
        choices.AddRange(guides.Where(g => !present.Contains(g.Id))
            .OrderBy(g => g.DisplayName, StringComparer.CurrentCulture)
            .Select(g => new ResponsibleChoice(ResponsibleChoice.OfUser(g.Id), g.DisplayName, g.Id, null)));
        return choices;
    }
}
