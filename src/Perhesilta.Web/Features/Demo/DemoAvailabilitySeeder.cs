using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Meetings.Availability;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Demo;

/// <summary>
/// Gives the demo guides and professionals working hours and busy times, so that the proposed meeting times look like
/// those of a real week: guides have a weekly team meeting and a training day typed by hand; professionals have an
/// imported calendar with recurring home visits. A person who already has hours or busy times is left as they are.
/// </summary>
internal sealed class DemoAvailabilitySeeder(CalendarFeeds feeds, TimeProvider clock) : IDataSeeder
{
    // Before the demo meetings (150), whose proposed times read these hours and busy times.
    public int Order => 145;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        var roles = await db.Roles.Where(r => r.Name == StaffRoles.ServiceGuide || r.Name == StaffRoles.Professional)
            .ToDictionaryAsync(r => r.Id, r => r.Name!, cancellationToken);
        var people = await db.UserRoles.Where(ur => roles.Keys.Contains(ur.RoleId))
            .Join(db.Users, ur => ur.UserId, u => u.Id, (ur, u) => new { u.Id, u.Email, ur.RoleId })
            .Where(p => p.Email!.EndsWith("@perhesilta.example"))
            .OrderBy(p => p.Email)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));
        // The next Monday after today: the demo's weeks start there.
        var monday = today.AddDays((((int)DayOfWeek.Monday - (int)today.DayOfWeek + 6) % 7) + 1);
        var index = 0;
        foreach (var person in people)
        {
            index++;
            if (await db.Set<StaffWorkingHours>().AnyAsync(h => h.UserId == person.Id, cancellationToken)
                || await db.Set<StaffBusyTime>().AnyAsync(b => b.UserId == person.Id, cancellationToken))
            {
                continue;
            }

            var professional = roles[person.RoleId] == StaffRoles.Professional;
            var (start, end) = professional ? (new TimeOnly(8, 30), new TimeOnly(15, 30)) : (new TimeOnly(8, 0), new TimeOnly(16, 0));
            foreach (var day in WorkingHoursInput.Week.Where(d => d is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
            {
                var dayEnd = day == DayOfWeek.Friday && !professional ? new TimeOnly(14, 0) : end;
                db.Add(new StaffWorkingHours { UserId = person.Id, Day = day, Start = start, End = dayEnd });
            }

            if (professional)
            {
                await db.SaveChangesAsync(cancellationToken);
                var text = HomeVisits(monday, index);
                var reading = feeds.Read(text);
                if (reading.Error is null)
                {
                    var feed = new CalendarFeed { UserId = person.Id, Kind = CalendarFeedKind.File, FileName = "kalenteri.ics" };
                    await feeds.SaveGoodAsync(feed, text, reading.Busy, isNew: true, cancellationToken);
                }

                continue;
            }

            // The guides' weekly team meeting on Tuesdays for eight weeks, and a training day in the second week.
            for (var week = 0; week < 8; week++)
            {
                var tuesday = monday.AddDays((7 * week) + 1);
                db.Add(Busy(person.Id, tuesday, new TimeOnly(9, 0), new TimeOnly(10, 30), "Tiimipalaveri"));
            }

            var training = monday.AddDays(7 + 2 + (index % 2));
            db.Add(Busy(person.Id, training, new TimeOnly(8, 0), new TimeOnly(16, 0), "Koulutuspäivä"));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static StaffBusyTime Busy(string userId, DateOnly day, TimeOnly from, TimeOnly to, string note) => new()
    {
        UserId = userId,
        StartsAt = HelsinkiTime.ToUtc(day.ToDateTime(from)),
        EndsAt = HelsinkiTime.ToUtc(day.ToDateTime(to)),
        Source = BusySource.Manual,
        Note = note,
    };

    /// <summary>A professional's calendar as their calendar program would export it: recurring home visits in Finnish time.</summary>
    private static string HomeVisits(DateOnly monday, int index)
    {
        var first = monday.AddDays(index % 2).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var skipped = monday.AddDays((index % 2) + 14).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var days = index % 2 == 0 ? "MO,WE" : "TU,TH";
        return string.Join("\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Perhesilta demo//FI",
            "BEGIN:VEVENT",
            $"UID:kotikaynnit-{index}@perhesilta.example",
            "DTSTAMP:20260101T000000Z",
            $"DTSTART;TZID=Europe/Helsinki:{first}T090000",
            $"DTEND;TZID=Europe/Helsinki:{first}T113000",
            $"RRULE:FREQ=WEEKLY;BYDAY={days};COUNT=40",
            $"EXDATE;TZID=Europe/Helsinki:{skipped}T090000",
            "SUMMARY:Kotikäynnit",
            "END:VEVENT",
            "BEGIN:VEVENT",
            $"UID:tiimi-{index}@perhesilta.example",
            "DTSTAMP:20260101T000000Z",
            $"DTSTART;TZID=Europe/Helsinki:{monday.AddDays(4).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}T130000",
            $"DTEND;TZID=Europe/Helsinki:{monday.AddDays(4).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}T143000",
            "RRULE:FREQ=WEEKLY;COUNT=20",
            "SUMMARY:Tiimikokous",
            "END:VEVENT",
            "END:VCALENDAR",
            "");
    }
}
