using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Scheduling;

namespace Perhesilta.Features.Meetings.Slots;

/// <summary>The times proposed for a meeting.</summary>
/// <param name="Earliest">The earliest slots where every required participant is free, earliest first, none overlapping another.</param>
/// <param name="EarliestWithEveryone">The earliest slot where the optional participants are free too.</param>
/// <param name="EarliestAfternoon">The earliest slot starting at 12:00 Finnish time or later.</param>
public sealed record MeetingProposals(IReadOnlyList<ProposedSlot> Earliest, ProposedSlot? EarliestWithEveryone, ProposedSlot? EarliestAfternoon);

/// <param name="StartsAt">UTC.</param>
/// <param name="FreeParticipantIds">Every participant free at that time (all the required ones, and the optional ones who are).</param>
/// <param name="BusyOptionalParticipantIds">The optional participants who are not free.</param>
public sealed record ProposedSlot(DateTime StartsAt, DateTime EndsAt, IReadOnlyList<Guid> FreeParticipantIds, IReadOnlyList<Guid> BusyOptionalParticipantIds);

public enum ConflictKind
{
    InPast,
    NonWorkingDay,

    /// <summary>Outside a participant's working hours (or, with no participant, outside the county's default hours).</summary>
    OutsideWorkingHours,

    /// <summary>A busy time of the participant's own (entered or imported).</summary>
    Busy,

    /// <summary>Another meeting the participant is invited to and has not declined.</summary>
    AnotherMeeting,

    OutsideFamilyWishes,
}

public sealed record TimeConflict(ConflictKind Kind, Guid? ParticipantId);

/// <summary>
/// The earliest common times for a meeting (<see cref="SlotFinder"/> over the participants' calendars), and the
/// conflicts of a time chosen by hand. No access check: the page that calls it does that.
/// </summary>
public sealed class ProposeMeetingTimes(PerhesiltaDbContext db, FinnishCalendar calendar, IOptions<MeetingOptions> options, TimeProvider clock)
{
    /// <summary>How many of the earliest slots are proposed.</summary>
    public const int ProposalCount = 5;

    /// <summary>
    /// Proposals for the meeting from <paramref name="from"/> (UTC; default now, never earlier than now) over
    /// <see cref="MeetingOptions.SearchWorkingDays"/> working days; null when the meeting does not exist.
    /// </summary>
    public async Task<MeetingProposals?> HandleAsync(Guid meetingId, DateTime? from, CancellationToken cancellationToken)
    {
        if (await LoadAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return null;
        }

        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var start = from is { } given && given > now ? DateTime.SpecifyKind(given, DateTimeKind.Utc) : now;
        var firstDay = calendar.AddWorkingDays(SlotFinder.LocalDateOf(start), 0);
        var end = SlotFinder.StartOfLocalDay(calendar.AddWorkingDays(firstDay, Math.Max(settings.SearchWorkingDays - 1, 0)).AddDays(1));
        var calendars = await MeetingCalendars.LoadAsync(db, meeting, settings, start, end, cancellationToken);
        var frame = MeetingCalendars.Frame(calendars, settings);

        IReadOnlyList<ProposedSlot> Search(int limit, WeeklyHours? within, bool everyone) =>
            [.. SlotFinder.Find(
                    new SlotQuery(
                        start, end, meeting.DurationMinutes, settings.StepMinutes, calendar.IsWorkingDay,
                        [.. calendars.Select(c => c.ForFinder(c.Participant.Required))], within, everyone, NonOverlapping: true),
                    limit)
                .Select(slot => new ProposedSlot(
                    slot.StartsAt,
                    slot.EndsAt,
                    slot.Free,
                    [.. meeting.Participants.Where(p => !p.Required && !slot.Free.Contains(p.Id)).Select(p => p.Id)]))];

        var earliest = Search(ProposalCount, frame, everyone: false);
        // The earliest slots skip the grid points inside each other, so an alternative is searched for unless the first slot is one.
        var first = First(earliest);
        var withEveryone = first is { BusyOptionalParticipantIds.Count: 0 } ? first : First(Search(1, frame, everyone: true));
        var afternoon = first is not null && SlotFinder.LocalMinuteOf(first.StartsAt) >= 12 * 60
            ? first
            : First(Search(1, MeetingCalendars.Afternoon(frame), everyone: false));
        return new MeetingProposals(earliest, withEveryone, afternoon);
    }

    /// <summary>Why a start chosen by hand does not suit (empty when it suits everyone, or when the meeting does not exist).</summary>
    public async Task<IReadOnlyList<TimeConflict>> ConflictsAsync(Guid meetingId, DateTime startsAt, CancellationToken cancellationToken)
    {
        if (await LoadAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return [];
        }

        var settings = options.Value;
        var start = DateTime.SpecifyKind(startsAt, DateTimeKind.Utc);
        var end = start.AddMinutes(meeting.DurationMinutes);
        var conflicts = new List<TimeConflict>();
        if (start < clock.GetUtcNow().UtcDateTime)
        {
            conflicts.Add(new TimeConflict(ConflictKind.InPast, null));
        }

        if (!calendar.IsWorkingDay(SlotFinder.LocalDateOf(start)))
        {
            conflicts.Add(new TimeConflict(ConflictKind.NonWorkingDay, null));
        }

        var calendars = await MeetingCalendars.LoadAsync(db, meeting, settings, start, end, cancellationToken);
        if (MeetingCalendars.Frame(calendars, settings) is { } frame && !SlotFinder.WithinHours(frame, start, end))
        {
            conflicts.Add(new TimeConflict(ConflictKind.OutsideWorkingHours, null));
        }

        foreach (var (participant, hours, busy, meetings) in calendars)
        {
            if (hours is not null && !SlotFinder.WithinHours(hours, start, end))
            {
                var kind = participant.Kind == ParticipantKind.FamilyMember ? ConflictKind.OutsideFamilyWishes : ConflictKind.OutsideWorkingHours;
                conflicts.Add(new TimeConflict(kind, participant.Id));
            }

            if (SlotFinder.Overlaps(busy, start, end))
            {
                conflicts.Add(new TimeConflict(ConflictKind.Busy, participant.Id));
            }

            if (SlotFinder.Overlaps(meetings, start, end))
            {
                conflicts.Add(new TimeConflict(ConflictKind.AnotherMeeting, participant.Id));
            }
        }

        return conflicts;
    }

    private static ProposedSlot? First(IReadOnlyList<ProposedSlot> slots) => slots.Count > 0 ? slots[0] : null;

    private Task<Meeting?> LoadAsync(Guid meetingId, CancellationToken cancellationToken) =>
        db.Set<Meeting>().AsNoTracking().Include(m => m.Participants).FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
}
