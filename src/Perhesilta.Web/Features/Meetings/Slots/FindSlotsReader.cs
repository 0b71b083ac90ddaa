using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.Scheduling;

namespace Perhesilta.Features.Meetings.Slots;

/// <summary>Checks a <see cref="FindSlotsRequest"/> field by field and reads it into the slot finder's terms.</summary>
internal sealed partial class FindSlotsReader(IStringLocalizer<SlotsText> text)
{
    public const int MaxParticipants = 50;
    public const int MaxBusyTimes = 50_000;
    public const int MaxRangeDays = 366;
    public const int MaxStepMinutes = 60;
    public const int MaxLimit = 100;
    public const int DefaultLimit = 5;
    public const int DefaultStepMinutes = 15;

    // The working-day calendar is checked for these years (Platform/Calendar).
    private const int FirstYear = 2000;
    private const int LastYear = 2100;

    private const int MaxErrors = 50;

    public Dictionary<string, List<string>> Errors { get; } = [];

    /// <summary>The request as a query and the participants' ids in its order; null when <see cref="Errors"/> says why not.</summary>
    public (SlotQuery Query, IReadOnlyList<JsonElement> Ids, int Limit)? Read(FindSlotsRequest request, Func<DateOnly, bool> isWorkingDay)
    {
        var duration = request.DurationMinutes;
        if (duration is null)
        {
            Add("durationMinutes", "Api.Missing", "durationMinutes");
        }
        else if (duration is < 1 or > MeetingLimits.MaxDurationMinutes)
        {
            Add("durationMinutes", "Api.Duration", duration, MeetingLimits.MaxDurationMinutes);
        }

        var from = Time("from", request.From);
        var to = Time("to", request.To);
        if (from is { } start && to is { } end)
        {
            if (end <= start)
            {
                Add("to", "Api.ToNotAfterFrom", request.From!, request.To!);
            }
            else if (end - start > TimeSpan.FromDays(MaxRangeDays))
            {
                Add("to", "Api.RangeTooLong", MaxRangeDays);
            }
        }

        var hours = Hours(request.WorkingHours);
        var step = request.StepMinutes ?? DefaultStepMinutes;
        if (step is < 1 or > MaxStepMinutes)
        {
            Add("stepMinutes", "Api.Step", step, MaxStepMinutes);
        }

        var limit = request.Limit ?? DefaultLimit;
        if (limit < 1)
        {
            Add("limit", "Api.Limit", limit);
        }

        var participants = Participants(request.Participants, hours);
        if (Errors.Count > 0)
        {
            return null;
        }

        var query = new SlotQuery(from!.Value, to!.Value, duration!.Value, step, isWorkingDay, participants);
        return (query, [.. request.Participants!.Select(p => p.Id)], Math.Min(limit, MaxLimit));
    }

    private List<SlotParticipant> Participants(IReadOnlyList<FindSlotsParticipant>? participants, WeeklyHours? hours)
    {
        var read = new List<SlotParticipant>();
        if (participants is null || participants.Count == 0)
        {
            Add("participants", "Api.NoParticipants");
            return read;
        }

        if (participants.Count > MaxParticipants)
        {
            Add("participants", "Api.TooManyParticipants", participants.Count, MaxParticipants);
            return read;
        }

        var busyCount = participants.Sum(p => p.Busy?.Count ?? 0);
        if (busyCount > MaxBusyTimes)
        {
            Add("participants", "Api.TooManyBusy", busyCount, MaxBusyTimes);
            return read;
        }

        if (!participants.Any(p => p.Required ?? true))
        {
            Add("participants", "Api.NoRequiredParticipant");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < participants.Count; i++)
        {
            var participant = participants[i];
            var field = $"participants[{i}]";
            if (participant.Id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                Add(field + ".id", "Api.ParticipantId");
            }
            else if (!ids.Add(participant.Id.GetRawText()))
            {
                Add(field + ".id", "Api.DuplicateId", participant.Id.GetRawText());
            }

            var busy = new List<TimeInterval>(participant.Busy?.Count ?? 0);
            for (var b = 0; b < (participant.Busy?.Count ?? 0) && Errors.Count < MaxErrors; b++)
            {
                var entry = participant.Busy![b];
                var start = Time($"{field}.busy[{b}].start", entry?.Start);
                var end = Time($"{field}.busy[{b}].end", entry?.End);
                if (start is not null && end is not null && end <= start)
                {
                    Add($"{field}.busy[{b}].end", "Api.BusyEndNotAfterStart");
                }
                else if (start is not null && end is not null)
                {
                    busy.Add(new TimeInterval(start.Value, end.Value));
                }
            }

            read.Add(new SlotParticipant(Guid.NewGuid(), participant.Required ?? true, hours, busy));
        }

        return read;
    }

    private WeeklyHours? Hours(FindSlotsWorkingHours? hours)
    {
        var start = ClockTime("workingHours.start", hours?.Start ?? "08:00");
        var end = ClockTime("workingHours.end", hours?.End ?? "16:00");
        if (start is null || end is null)
        {
            return null;
        }

        if (end <= start)
        {
            Add("workingHours.end", "Api.HoursEndNotAfterStart", hours!.Start!, hours.End!);
            return null;
        }

        return WeeklyHours.On(WeeklyHours.EveryDay, new DayWindow(start.Value, end.Value));
    }

    private int? ClockTime(string field, string value)
    {
        if (value == "24:00")
        {
            return DayWindow.MinutesPerDay;
        }

        if (ClockPattern().IsMatch(value) && TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return (time.Hour * 60) + time.Minute;
        }

        Add(field, "Api.ClockTime", field, value);
        return null;
    }

    /// <summary>An instant from ISO 8601 that states its offset (a time without one would be ambiguous), as UTC.</summary>
    private DateTime? Time(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Api.Missing", field);
            return null;
        }

        if (!TimePattern().IsMatch(value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            Add(field, "Api.Time", field, value);
            return null;
        }

        if (time.Year is < FirstYear or > LastYear)
        {
            Add(field, "Api.TimeOutOfRange", field, FirstYear, LastYear);
            return null;
        }

        return time.UtcDateTime;
    }

    private void Add(string field, string key, params object[] args)
    {
        if (Errors.Count < MaxErrors || Errors.ContainsKey(field))
        {
            (Errors.TryGetValue(field, out var messages) ? messages : Errors[field] = []).Add(text[key, args]);
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^\d{2}:\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();
}
