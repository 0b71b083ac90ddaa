using Microsoft.Extensions.Localization;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;
using Perhesilta.Platform.Scheduling;

namespace Perhesilta.Features.Meetings.Slots;

/// <summary>The slots found, or why the request was refused (field → messages).</summary>
public sealed record FindSlotsAnswer(FindSlotsResponse? Value, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// The slot finder for systems whose calendars live elsewhere: the caller gives everyone's busy times, and gets the
/// earliest slots on the grid where every required participant is free, within the working hours of the county's
/// working days (Finnish time), with the ids of everyone free.
/// </summary>
public sealed class FindSlots(FinnishCalendar calendar, IStringLocalizer<SlotsText> text)
{
    public FindSlotsAnswer Handle(FindSlotsRequest request)
    {
        var reader = new FindSlotsReader(text);
        if (reader.Read(request, calendar.IsWorkingDay) is not { } read)
        {
            return new FindSlotsAnswer(null, reader.Errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        var ids = read.Query.Participants.Select((p, i) => (p.Id, Given: read.Ids[i])).ToDictionary(p => p.Id, p => p.Given);
        var slots = SlotFinder.Find(read.Query, read.Limit)
            .Select(slot => new FoundSlotAnswer(Finnish(slot.StartsAt), Finnish(slot.EndsAt), [.. slot.Free.Select(id => ids[id])]))
            .ToList();
        return new FindSlotsAnswer(new FindSlotsResponse(slots), new Dictionary<string, string[]>());
    }

    private static DateTimeOffset Finnish(DateTime utc) => TimeZoneInfo.ConvertTime(new DateTimeOffset(utc, TimeSpan.Zero), HelsinkiTime.Zone);
}
