using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Meetings.Availability;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Scheduling;

namespace Perhesilta.Features.Meetings.Slots;

/// <summary>A participant's availability for the slot finder, with their other meetings kept apart to name the conflict.</summary>
internal sealed record ParticipantCalendar(MeetingParticipant Participant, WeeklyHours? Hours, List<TimeInterval> Busy, List<TimeInterval> Meetings)
{
    public SlotParticipant ForFinder(bool required) => new(Participant.Id, required, Hours, [.. Busy, .. Meetings]);
}

/// <summary>
/// The participants' availability from the database: a Perhesilta user has working hours (their own per weekday, else
/// the county's default Monday to Friday), busy times (entered and imported) and the other meetings they are invited to
/// and have not declined; a family member has the family's wishes; anyone else has no calendar and counts as free.
/// </summary>
internal static class MeetingCalendars
{
    private const int Noon = 12 * 60;

    public static async Task<List<ParticipantCalendar>> LoadAsync(
        PerhesiltaDbContext db, Meeting meeting, MeetingOptions options, DateTime rangeStart, DateTime rangeEnd, CancellationToken cancellationToken)
    {
        var userIds = meeting.Participants.Where(p => p.UserId is not null).Select(p => p.UserId!).Distinct().ToList();
        var hours = await db.Set<StaffWorkingHours>().AsNoTracking()
            .Where(h => userIds.Contains(h.UserId))
            .ToListAsync(cancellationToken);
        var busy = await db.Set<StaffBusyTime>().AsNoTracking()
            .Where(b => userIds.Contains(b.UserId) && b.StartsAt < rangeEnd && b.EndsAt > rangeStart)
            .Select(b => new { b.UserId, b.StartsAt, b.EndsAt })
            .ToListAsync(cancellationToken);
        var meetings = await (
                from p in db.Set<MeetingParticipant>()
                join m in db.Set<Meeting>() on p.MeetingId equals m.Id
                where p.UserId != null && userIds.Contains(p.UserId) && p.Response != ParticipantResponse.Declined
                    && m.Id != meeting.Id && m.Status == MeetingStatus.Invited && m.StartsAt < rangeEnd && m.EndsAt > rangeStart
                select new { p.UserId, StartsAt = m.StartsAt!.Value, EndsAt = m.EndsAt!.Value })
            .ToListAsync(cancellationToken);

        var family = FamilyHours(meeting);
        return [.. meeting.Participants.Select(participant => participant switch
        {
            { UserId: { } userId } => new ParticipantCalendar(
                participant,
                WorkingHours(hours.Where(h => h.UserId == userId).ToList(), options),
                [.. busy.Where(b => b.UserId == userId).Select(b => new TimeInterval(b.StartsAt, b.EndsAt))],
                [.. meetings.Where(m => m.UserId == userId).Select(m => new TimeInterval(m.StartsAt, m.EndsAt))]),
            { Kind: ParticipantKind.FamilyMember } => new ParticipantCalendar(participant, family, [], []),
            _ => new ParticipantCalendar(participant, null, [], []),
        })];
    }

    /// <summary>
    /// The hours every slot must lie within: the county's default working hours when no required participant has
    /// working hours of their own (a meeting of the family and outside professionals is still held in office hours).
    /// </summary>
    public static WeeklyHours? Frame(IEnumerable<ParticipantCalendar> calendars, MeetingOptions options) =>
        calendars.Any(c => c.Participant.Required && c.Participant.UserId is not null) ? null : DefaultHours(options);

    /// <summary>The afternoon (from 12:00 Finnish time) within a frame.</summary>
    public static WeeklyHours Afternoon(WeeklyHours? frame) =>
        frame is null
            ? WeeklyHours.On(WeeklyHours.EveryDay, new DayWindow(Noon, DayWindow.MinutesPerDay))
            : new WeeklyHours(WeeklyHours.EveryDay.SelectMany(day => frame.On(day)
                .Where(w => w.End > Noon)
                .Select(w => (day, w with { Start = Math.Max(w.Start, Noon) }))));

    private static WeeklyHours WorkingHours(List<StaffWorkingHours> rows, MeetingOptions options) =>
        rows.Count == 0 ? DefaultHours(options) : new WeeklyHours(rows.Select(r => (r.Day, DayWindow.From(r.Start, r.End))));

    private static WeeklyHours DefaultHours(MeetingOptions options) =>
        WeeklyHours.On(WeeklyHours.MondayToFriday, DayWindow.From(options.DefaultWorkStart, options.DefaultWorkEnd));

    /// <summary>The family's wishes: the weekdays they named, in the parts of the day they named (morning = before noon).</summary>
    private static WeeklyHours FamilyHours(Meeting meeting)
    {
        var days = WeekdayFlags.Where(d => meeting.FamilyWeekdays.HasFlag(d.Flag)).Select(d => d.Day).ToList();
        var parts = new List<DayWindow>();
        if (meeting.FamilyDayParts.HasFlag(DayParts.Morning))
        {
            parts.Add(new DayWindow(0, Noon));
        }

        if (meeting.FamilyDayParts.HasFlag(DayParts.Afternoon))
        {
            parts.Add(new DayWindow(Noon, DayWindow.MinutesPerDay));
        }

        return WeeklyHours.On(days, [.. parts]);
    }

    private static readonly (Weekdays Flag, DayOfWeek Day)[] WeekdayFlags =
    [
        (Weekdays.Monday, DayOfWeek.Monday),
        (Weekdays.Tuesday, DayOfWeek.Tuesday),
        (Weekdays.Wednesday, DayOfWeek.Wednesday),
        (Weekdays.Thursday, DayOfWeek.Thursday),
        (Weekdays.Friday, DayOfWeek.Friday),
    ];
}
