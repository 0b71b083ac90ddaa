using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>One recorded event as the history shows it; <see cref="Corrected"/> when a later event replaced it.</summary>
public sealed record ClockEventView(Guid Id, ClockEventKind Kind, DateTime OccurredAt, string? Reason, Guid? Corrects, bool Corrected, string? RecordedBy, DateTime RecordedAt);

/// <summary>A clock with what its panel shows: the contact it runs for, who answers for it and its history.</summary>
public sealed record ClockView(DeadlineClock Clock, string ContactReference, string? Responsible, IReadOnlyList<ClockEventView> Events)
{
    /// <summary>The events that still count, which a guide may correct.</summary>
    public IReadOnlyList<ClockEventView> Effective => Events.Where(e => !e.Corrected).ToList();
}

/// <summary>Loads the clocks of a contact, or of all the contacts of a family, for a caller already allowed to see them.</summary>
public sealed class ShowClocks(PerhesiltaDbContext db)
{
    public Task<IReadOnlyList<ClockView>> OfContactAsync(Guid contactId, CancellationToken cancellationToken = default) =>
        LoadAsync(db.Set<DeadlineClock>().Where(c => c.ContactId == contactId), cancellationToken);

    /// <summary>The clocks of the family's contacts, also of those linked to it after their clocks started.</summary>
    public Task<IReadOnlyList<ClockView>> OfFamilyAsync(Guid familyId, CancellationToken cancellationToken = default) =>
        LoadAsync(db.Set<DeadlineClock>().Where(c => c.FamilyId == familyId || db.Set<Contact>().Any(x => x.Id == c.ContactId && x.FamilyId == familyId)), cancellationToken);

    public async Task<ClockView?> OneAsync(Guid contactId, Guid clockId, CancellationToken cancellationToken = default) =>
        (await LoadAsync(db.Set<DeadlineClock>().Where(c => c.Id == clockId && c.ContactId == contactId), cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<ClockView>> LoadAsync(IQueryable<DeadlineClock> query, CancellationToken cancellationToken)
    {
        var clocks = await query.AsNoTracking().Include(c => c.Events)
            .OrderBy(c => c.StartedAt).ThenBy(c => c.Rule)
            .ToListAsync(cancellationToken);
        var contactIds = clocks.Select(c => c.ContactId).Distinct().ToList();
        var references = await db.Set<Contact>().Where(c => contactIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ReferenceCode, cancellationToken);
        var userIds = clocks.SelectMany(c => c.Events.Select(e => e.RecordedByUserId).Append(c.ResponsibleUserId)).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return clocks.Select(c =>
        {
            var corrected = c.Events.Select(e => e.CorrectsEventId).OfType<Guid>().ToHashSet();
            var events = c.Events.OrderBy(e => e.RecordedAt).ThenBy(e => e.OccurredAt)
                .Select(e => new ClockEventView(e.Id, e.Kind, e.OccurredAt, e.Reason, e.CorrectsEventId, corrected.Contains(e.Id), e.RecordedByUserId is { } by ? names.GetValueOrDefault(by) : null, e.RecordedAt))
                .ToList();
            return new ClockView(c, references[c.ContactId], c.ResponsibleUserId is { } responsible ? names.GetValueOrDefault(responsible) : null, events);
        }).ToList();
    }
}
