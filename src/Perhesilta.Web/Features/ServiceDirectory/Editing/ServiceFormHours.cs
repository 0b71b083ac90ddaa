using System.Globalization;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>The opening-hours rows of the service form: empty rows are skipped, each given row is remembered for placing its errors.</summary>
internal sealed partial class ServiceForm
{
    private void Hours(DirectoryService candidate, string list, List<HoursInput> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsEmpty)
            {
                continue;
            }

            var path = $"{list}[{i}].";
            var hours = new OpeningHours { ServiceId = candidate.Id, IsClosed = row.IsClosed, Note = Typed.Clean(row.Note) };
            if (list == "Weekly")
            {
                if (Typed.Clean(row.Weekday) is { } day)
                {
                    hours.Weekday = int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var weekday) ? weekday : 0;
                }
            }
            else
            {
                hours.ValidFrom = Date(path + "ValidFrom", row.ValidFrom);
                hours.ValidTo = Date(path + "ValidTo", row.ValidTo);
            }

            if (!row.IsClosed)
            {
                hours.OpensAt = Time(path + "OpensAt", row.OpensAt);
                hours.ClosesAt = Time(path + "ClosesAt", row.ClosesAt);
            }

            if (Typed.Clean(row.LocationId) is { } location)
            {
                if (Guid.TryParse(location, out var id))
                {
                    hours.LocationId = id;
                }
                else
                {
                    Add(path + "LocationId", rules["Rule.HoursUnknownLocation"]);
                }
            }

            candidate.OpeningHours.Add(hours);
            _hoursRows.Add((list, i));
        }
    }

    private DateOnly? Date(string path, string? typed)
    {
        if (Typed.TryDate(typed, out var date))
        {
            return date;
        }

        Add(path, text["Error.Date"]);
        return null;
    }

    private TimeOnly? Time(string path, string? typed)
    {
        if (Typed.TryTime(typed, out var time))
        {
            return time;
        }

        Add(path, text["Error.Time"]);
        return null;
    }
}
