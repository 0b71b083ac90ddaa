using Perhesilta.Features.ServiceDirectory;

namespace Perhesilta.Features.Demo;

/// <summary>The demo directory's weekly opening hours by pattern, with the exceptions of the coming holidays.</summary>
internal static class DemoOpeningHours
{
    public static IEnumerable<OpeningHours> For(string pattern, Guid serviceId, Guid? locationId, DateOnly today)
    {
        var weekly = pattern switch
        {
            "clinic" => Days(1, 5, 8, 0, 16, 0),
            "school" => Days(1, 5, 8, 0, 15, 0),
            "office" => Days(1, 4, 8, 30, 15, 30).Append((5, new TimeOnly(8, 30), new TimeOnly(14, 0))),
            "evening" => Days(1, 4, 14, 0, 20, 0).Append((5, new TimeOnly(14, 0), new TimeOnly(22, 0))),
            "morning" => Days(2, 4, 9, 0, 12, 0),
            "allday" => Days(1, 7, 0, 0, 23, 59),
            "helpline" => Days(1, 7, 18, 0, 22, 0),
            _ => throw new InvalidOperationException($"Unknown opening-hours pattern {pattern} in the demo directory."),
        };
        var note = pattern == "helpline" ? LocalizedText.Of("Puhelin ja chat", "Telefon och chatt", "Phone and chat") : new LocalizedText();
        foreach (var (day, opens, closes) in weekly)
        {
            yield return new OpeningHours { ServiceId = serviceId, LocationId = locationId, Weekday = day, OpensAt = opens, ClosesAt = closes, Note = note.Copy() };
        }

        if (pattern is "allday")
        {
            yield break;
        }

        var christmas = new DateOnly(today.Month == 12 && today.Day > 26 ? today.Year + 1 : today.Year, 12, 24);
        yield return Closed(serviceId, locationId, christmas, christmas.AddDays(2), LocalizedText.Of("Joulu", "Jul", "Christmas"));
        var midsummerEve = Midsummer(today.Year) >= today ? Midsummer(today.Year) : Midsummer(today.Year + 1);
        if (pattern is "school")
        {
            // The school summer holiday includes Midsummer.
            var summer = new DateOnly(midsummerEve.Year, 6, 1);
            yield return Closed(serviceId, locationId, summer, new DateOnly(summer.Year, 8, 9), LocalizedText.Of("Koulujen kesäloma", "Skolornas sommarlov", "School summer holiday"));
        }
        else
        {
            yield return Closed(serviceId, locationId, midsummerEve, midsummerEve, LocalizedText.Of("Juhannusaatto", "Midsommarafton", "Midsummer Eve"));
        }
    }

    private static IEnumerable<(int Day, TimeOnly Opens, TimeOnly Closes)> Days(int first, int last, int openHour, int openMinute, int closeHour, int closeMinute) =>
        Enumerable.Range(first, last - first + 1).Select(d => (d, new TimeOnly(openHour, openMinute), new TimeOnly(closeHour, closeMinute)));

    private static OpeningHours Closed(Guid serviceId, Guid? locationId, DateOnly from, DateOnly to, LocalizedText note) =>
        new() { ServiceId = serviceId, LocationId = locationId, ValidFrom = from, ValidTo = to, IsClosed = true, Note = note };

    /// <summary>Midsummer Eve: the Friday between 19 and 25 June.</summary>
    private static DateOnly Midsummer(int year)
    {
        var day = new DateOnly(year, 6, 19);
        while (day.DayOfWeek != DayOfWeek.Friday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
